// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorRef;
import org.patrolsim.dispatch.sweep.ReplicationResult;

/**
 * What a worker reports to the producer about one replication. The producer acknowledges each
 * report with {@link Filed}; the worker confirms the replication to its {@code ConsumerController}
 * only then, so a replication whose report is not filed is redelivered, and one reported twice is
 * filed once.
 */
public sealed interface WorkerReport extends CborSerializable {

  /** The replication ran; its KPIs. */
  record Done(ReplicationResult result, String worker, ActorRef<Filed> ackTo)
      implements WorkerReport {}

  /**
   * The replication could not run: a user's mistake the worker found (a map file missing on that
   * machine, a station off the map) or a bug, with its message.
   */
  record Failed(
      int variant,
      int replication,
      boolean userError,
      String message,
      String worker,
      ActorRef<Filed> ackTo)
      implements WorkerReport {}

  /** The producer has filed the report of (variant, replication). */
  record Filed(int variant, int replication) implements CborSerializable {}
}
