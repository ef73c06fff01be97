// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import akka.dispatch.DispatcherConfigurator;
import akka.dispatch.Dispatchers;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/**
 * Single-threaded dispatchers ("lanes") for whole replications: {@link Replications} runs its
 * worker w on lane w, so a replication's coordinator and all its entity actors share one thread and
 * a step never hops threads, while p workers use p threads. Lane i of an actor system is registered
 * on first use under the id {@code patrolsim.sim.lane-i}, configured from {@value #CONFIG}
 * (sim-core's reference.conf), and lives as long as the system.
 */
final class Lanes {

  static final String CONFIG = "patrolsim.sim.lane";

  private Lanes() {}

  /**
   * The dispatcher id of lane {@code index} of {@code system}, registering the lane if it is new.
   */
  static String lane(ActorSystem<?> system, int index) {
    String id = CONFIG + "-" + index;
    Dispatchers dispatchers = Adapter.toClassic(system).dispatchers();
    if (!dispatchers.hasDispatcher(id)) {
      Config config =
          ConfigFactory.parseString("id = \"" + id + "\"\nname = \"lane-" + index + "\"")
              .withFallback(system.settings().config().getConfig(CONFIG))
              .withFallback(dispatchers.defaultDispatcherConfig());
      // a concurrent registration of the same id wins or loses harmlessly: both describe the same
      // lane
      dispatchers.registerConfigurator(
          id, new DispatcherConfigurator(config, dispatchers.prerequisites()));
    }
    return id;
  }
}
