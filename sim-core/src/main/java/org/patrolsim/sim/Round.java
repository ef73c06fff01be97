// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorRef;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step's rendezvous: each entity actor leaves its outputs in its {@link EntityContext} and
 * arrives; the last to arrive tells the coordinator. One message back per step instead of one per
 * entity; the atomic countdown orders every entity's writes before the coordinator's reads.
 */
final class Round {

  private final AtomicInteger remaining;
  private final ActorRef<Coordinator.Command> coordinator;
  private final long id;

  Round(int participants, ActorRef<Coordinator.Command> coordinator, long id) {
    this.remaining = new AtomicInteger(participants);
    this.coordinator = coordinator;
    this.id = id;
  }

  void arrive() {
    if (remaining.decrementAndGet() == 0) {
      coordinator.tell(new Coordinator.RoundDone(id));
    }
  }
}
