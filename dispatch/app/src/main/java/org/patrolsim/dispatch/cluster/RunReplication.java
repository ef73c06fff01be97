// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorRef;
import org.patrolsim.dispatch.sweep.ReplicationTask;

/**
 * The work a sweep's producer hands to a worker through Akka's work pulling: one replication, and
 * where to report it.
 *
 * @param task the replication, self-contained (scenario JSON and seed)
 * @param reportTo the producer, which acknowledges every report
 */
public record RunReplication(ReplicationTask task, ActorRef<WorkerReport> reportTo)
    implements CborSerializable {}
