// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.delivery.ConsumerController;
import akka.actor.typed.receptionist.ServiceKey;
import java.util.Optional;

/**
 * The Receptionist keys of a cluster's sweeps. Every producer registers under {@link #producers}
 * with an actor named {@code sweep-<id>}; worker lanes register for that sweep's replications under
 * {@link #of}{@code (version, id)}, one set of lanes per sweep, so that several sweeps run at once,
 * each with its own work-pulling controller (a {@code ConsumerController} serves one producer at a
 * time). Both keys hold the patrolsim version, so that a producer never hands work to a lane of
 * another version, whatever else happens.
 */
final class WorkKey {
  static final String PREFIX = "sweep-";

  private WorkKey() {}

  /** The key under which lanes take the replications of sweep {@code id}. */
  static ServiceKey<ConsumerController.Command<RunReplication>> of(String version, String id) {
    return ServiceKey.create(
        ConsumerController.serviceKeyClass(), "patrolsim-replications-" + version + "-" + id);
  }

  /** The key under which every producer of {@code version} announces its sweep. */
  static ServiceKey<SweepProducer.Command> producers(String version) {
    return ServiceKey.create(SweepProducer.Command.class, "patrolsim-sweeps-" + version);
  }

  /** The actor name a producer of sweep {@code id} has. */
  static String producerName(String id) {
    return PREFIX + id;
  }

  /** The sweep id of a producer registered under {@link #producers}, from its name. */
  static Optional<String> idOf(ActorRef<?> producer) {
    String name = producer.path().name();
    return name.startsWith(PREFIX) && name.length() > PREFIX.length()
        ? Optional.of(name.substring(PREFIX.length()))
        : Optional.empty();
  }
}
