// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * A domain record emitted by an entity, with the stamp that places it in the replication's total
 * order: (time, delta, source, sequence). Records reach observers in exactly that order.
 */
public record SimRecord(long time, int delta, EntityId source, long sequence, Object payload) {}
