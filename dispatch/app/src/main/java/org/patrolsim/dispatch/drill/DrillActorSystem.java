// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.ConfigFactory;

/**
 * The actor system of a drill: the paced run on the engine's own dispatcher, the web server on
 * Akka's default one, quiet logs, and no JVM shutdown hook of Akka's own, so that Ctrl-C first ends
 * the drill and writes its outputs (the drill command's hook) before the system stops.
 */
public final class DrillActorSystem {
  private DrillActorSystem() {}

  public static ActorSystem<Void> create() {
    return ActorSystem.create(
        Behaviors.empty(),
        "patrolsim-drill",
        ConfigFactory.parseString(
                """
                akka.loglevel = WARNING
                akka.stdout-loglevel = WARNING
                akka.coordinated-shutdown.run-by-jvm-shutdown-hook = off
                akka.http.server.server-header = ""
                """)
            .withFallback(ConfigFactory.load()));
  }
}
