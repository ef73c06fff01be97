// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;

/**
 * The Akka configuration of a patrolsim cluster node (docs/ARCHITECTURE.md, "Cluster"): Akka
 * Cluster on Artery TCP bound to the given host (127.0.0.1 unless told otherwise), one seed node,
 * the split-brain resolver (keep majority) as downing provider, Jackson CBOR for every message that
 * crosses machines and Java serialization off, this build's version as {@code app-version}, and a
 * flow-control window of three replications per worker lane: one running, one waiting, and the
 * window's own rule (ask for more when half of it is left) still fires; with two, Akka's
 * ConsumerController never asks for a third message.
 */
public final class ClusterConfig {
  /** The actor system's name, the same on every node. */
  public static final String SYSTEM = "patrolsim";

  static final String WORKER = "worker";
  static final String PRODUCER = "producer";

  private ClusterConfig() {}

  /**
   * A node's configuration.
   *
   * @param role {@value #WORKER} or {@value #PRODUCER}
   * @param host the host to bind and announce
   * @param port the port to bind (0: any free port)
   * @param seed the seed node to join (itself, for the first worker)
   * @param verbose Akka's own log at INFO instead of ERROR
   */
  static Config node(String role, String host, int port, ClusterAddress seed, boolean verbose) {
    String level = verbose ? "INFO" : "ERROR";
    Config config =
        ConfigFactory.parseString(
                String.join(
                    "\n",
                    "akka {",
                    "  loglevel = " + level,
                    "  stdout-loglevel = " + level,
                    "  log-dead-letters = off",
                    "  log-dead-letters-during-shutdown = off",
                    "  actor {",
                    "    provider = cluster",
                    "    allow-java-serialization = off",
                    "    warn-about-java-serializer-usage = on",
                    "    serialization-bindings { \""
                        + CborSerializable.class.getName()
                        + "\" = jackson-cbor }",
                    "  }",
                    "  remote.artery.canonical.port = " + port,
                    "  cluster {",
                    "    roles = [" + role + "]",
                    "    downing-provider-class = \"akka.cluster.sbr.SplitBrainResolverProvider\"",
                    "    split-brain-resolver { active-strategy = keep-majority, stable-after = 7s }",
                    "    failure-detector.acceptable-heartbeat-pause = 5s",
                    "    log-info = " + (verbose ? "on" : "off"),
                    "    jmx.enabled = off",
                    "  }",
                    "  reliable-delivery.consumer-controller.flow-control-window = 3",
                    "}"))
            .withValue("akka.remote.artery.canonical.hostname", ConfigValueFactory.fromAnyRef(host))
            .withValue(
                "akka.cluster.app-version",
                ConfigValueFactory.fromAnyRef(PatrolsimVersion.current()))
            .withValue(
                "akka.cluster.seed-nodes",
                ConfigValueFactory.fromIterable(java.util.List.of(seed.akka())));
    return config.withFallback(ConfigFactory.load());
  }
}
