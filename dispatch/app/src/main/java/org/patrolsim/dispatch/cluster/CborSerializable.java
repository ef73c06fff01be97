// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

/**
 * Marks the messages that cross machines: bound to Akka's Jackson CBOR serializer in {@code
 * akka.actor.serialization-bindings} ({@link ClusterConfig}); Java serialization is off.
 */
public interface CborSerializable {}
