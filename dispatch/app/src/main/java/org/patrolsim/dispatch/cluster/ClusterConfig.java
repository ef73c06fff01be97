// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.util.List;

/**
 * The Akka configuration of a patrolsim cluster node (docs/ARCHITECTURE.md, "Cluster"): Akka
 * Cluster on Artery TCP (or TLS, {@link ClusterSecurity}) bound to one address and announced at
 * another when asked, the seed nodes to join, the split-brain resolver (keep the oldest node's
 * side; an oldest node alone against two or more gives way) as downing provider, Jackson CBOR for
 * every message that crosses machines and Java serialization off, this build's version as {@code
 * app-version}, and a flow-control window of three replications per worker lane: one running, one
 * waiting, and the window's own rule (ask for more when half of it is left) still fires; with two,
 * Akka's ConsumerController never asks for a third message.
 */
public final class ClusterConfig {
  /** The actor system's name, the same on every node. */
  public static final String SYSTEM = "patrolsim";

  static final String WORKER = "worker";
  static final String PRODUCER = "producer";

  private ClusterConfig() {}

  /**
   * Where a node is and whom it joins.
   *
   * @param role {@value #WORKER} or {@value #PRODUCER}
   * @param host the address others reach this node at (announced)
   * @param bind the address to bind (the same as {@code host} unless behind NAT or in a container)
   * @param port the port (0: any free port)
   * @param seeds the seed nodes to join (this node first, for a worker that founds the cluster)
   * @param security the secret and TLS, or none
   * @param verbose Akka's own log at INFO instead of ERROR
   */
  record Node(
      String role,
      String host,
      String bind,
      int port,
      List<ClusterAddress> seeds,
      ClusterSecurity security,
      boolean verbose) {}

  /** A node's configuration. */
  static Config node(Node node) {
    String level = node.verbose() ? "INFO" : "ERROR";
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
                    "  remote.artery.canonical.port = " + node.port(),
                    "  cluster {",
                    "    roles = [" + node.role() + "]",
                    "    downing-provider-class = \"akka.cluster.sbr.SplitBrainResolverProvider\"",
                    "    split-brain-resolver {",
                    "      active-strategy = keep-oldest",
                    "      keep-oldest.down-if-alone = on",
                    "      stable-after = 7s",
                    "    }",
                    "    failure-detector.acceptable-heartbeat-pause = 5s",
                    "    log-info = " + (node.verbose() ? "on" : "off"),
                    "    jmx.enabled = off",
                    "  }",
                    "  reliable-delivery.consumer-controller.flow-control-window = 3",
                    "}"))
            .withValue(
                "akka.remote.artery.canonical.hostname", ConfigValueFactory.fromAnyRef(node.host()))
            .withValue(
                "akka.remote.artery.bind.hostname", ConfigValueFactory.fromAnyRef(node.bind()))
            .withValue(
                "akka.cluster.app-version",
                ConfigValueFactory.fromAnyRef(PatrolsimVersion.current()))
            .withValue(
                "akka.cluster.seed-nodes",
                ConfigValueFactory.fromIterable(
                    node.seeds().stream().map(ClusterAddress::akka).toList()));
    return config.withFallback(node.security().config()).withFallback(ConfigFactory.load());
  }
}
