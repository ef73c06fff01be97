// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.receptionist.Receptionist;
import akka.actor.typed.receptionist.ServiceKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.patrolsim.dispatch.sweep.ReplicationRunner;

/**
 * A worker node's lanes for every sweep in the cluster: it watches the producers announced under
 * {@link WorkKey#producers} and opens {@code lanes} {@link ReplicationWorker} lanes for each (and
 * closes them when its producer is gone). All of them run on the node's one {@link
 * ReplicationRunner}, whose lane pool runs {@code lanes} replications at once in the order they
 * came, so two sweeps share the node about evenly and neither waits for the other to finish.
 */
final class SweepLanes {
  private SweepLanes() {}

  private record Producers(Set<ActorRef<SweepProducer.Command>> producers) {}

  static Behavior<Object> create(
      String version, ReplicationRunner runner, int lanes, Consumer<String> starts) {
    return Behaviors.setup(
        context -> {
          ServiceKey<SweepProducer.Command> key = WorkKey.producers(version);
          context
              .getSystem()
              .receptionist()
              .tell(
                  Receptionist.subscribe(
                      key,
                      context
                          .messageAdapter(
                              Receptionist.Listing.class,
                              listing -> new Producers(listing.getAllServiceInstances(key)))
                          .unsafeUpcast()));
          Map<String, List<ActorRef<ReplicationWorker.Command>>> open = new HashMap<>();
          return Behaviors.receive(Object.class)
              .onMessage(
                  Producers.class,
                  p -> {
                    update(context, version, runner, lanes, starts, open, p.producers());
                    return Behaviors.same();
                  })
              .build();
        });
  }

  private static void update(
      ActorContext<Object> context,
      String version,
      ReplicationRunner runner,
      int lanes,
      Consumer<String> starts,
      Map<String, List<ActorRef<ReplicationWorker.Command>>> open,
      Set<ActorRef<SweepProducer.Command>> producers) {
    Set<String> ids = new HashSet<>();
    for (ActorRef<SweepProducer.Command> producer : producers) {
      WorkKey.idOf(producer).ifPresent(ids::add);
    }
    for (String id : ids) {
      if (!open.containsKey(id)) {
        List<ActorRef<ReplicationWorker.Command>> workers = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
          workers.add(
              context.spawn(
                  ReplicationWorker.create(WorkKey.of(version, id), runner, starts),
                  WorkKey.producerName(id) + "-lane-" + i));
        }
        open.put(id, workers);
      }
    }
    for (String id : new ArrayList<>(open.keySet())) {
      if (!ids.contains(id)) {
        open.remove(id).forEach(context::stop);
      }
    }
  }
}
