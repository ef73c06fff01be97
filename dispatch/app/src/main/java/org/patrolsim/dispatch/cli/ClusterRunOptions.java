// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.patrolsim.dispatch.cluster.ClusterAddress;
import org.patrolsim.dispatch.cluster.ClusterReplications;
import org.patrolsim.dispatch.cluster.NodeOptions;
import org.patrolsim.dispatch.sweep.LocalReplications;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command's replications run ({@code sweep}, {@code optimise}): this machine's lanes
 * ({@code --threads}), or the workers of the cluster at {@code --cluster}, joined as {@code sweep
 * --cluster} joins it.
 */
final class ClusterRunOptions {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Replications run at once on this machine (default: one per core).")
  Integer threads;

  @Option(
      names = "--cluster",
      paramLabel = "HOST:PORT[,HOST:PORT...]",
      description =
          "Run the replications on the workers of the cluster at HOST:PORT (any of several seeds)"
              + " instead of this machine.")
  String cluster;

  @Option(
      names = "--min-workers",
      defaultValue = "1",
      description =
          "With --cluster: worker nodes to wait for before starting (default ${DEFAULT-VALUE}).")
  int minWorkers;

  @Mixin ClusterNodeOptions node = new ClusterNodeOptions();

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "With --cluster: this node's port, for a firewall (default: any free port).")
  int port;

  @Option(
      names = "--cluster-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description =
          "With --cluster: the longest wait to join, for the workers, or for a worker when none is left"
              + " (default ${DEFAULT-VALUE} s).")
  int clusterTimeout;

  @Option(names = "--verbose", description = "With --cluster: show Akka's own log.")
  boolean verbose;

  /** Checks the options before any work: one line naming the option. */
  void check() {
    if (cluster == null && (minWorkers != 1 || port != 0 || node.given() || verbose)) {
      throw new CliInputError(
          "--min-workers, --host, --bind, --port, --secret-file, --keystore and --verbose go with"
              + " --cluster HOST:PORT");
    }
    if (cluster != null && threads != null) {
      throw new CliInputError(
          "--threads: the workers of --cluster run the replications (each with its own"
              + " --threads); expected one of them");
    }
    if (threads != null && threads < 1) {
      throw new CliInputError("--threads: expected at least 1, got " + threads);
    }
    if (cluster != null && clusterTimeout < 1) {
      throw new CliInputError(
          "--cluster-timeout: expected at least 1 second, got " + clusterTimeout);
    }
  }

  /** The executor: joined to the cluster (waiting for its workers), or this machine's lanes. */
  ReplicationExecutor executor(PrintWriter err) {
    check();
    if (cluster == null) {
      return LocalReplications.start(
          threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }
    List<ClusterAddress> seeds = ClusterAddress.parseAll(cluster, "--cluster");
    ClusterLogging.configure(verbose);
    Consumer<String> notices =
        line -> {
          synchronized (err) {
            err.println("patrolsim: " + line);
            err.flush();
          }
        };
    NodeOptions options = node.resolve(seeds, port, verbose, "the producer's port is --port's");
    ClusterNodeOptions.warnIfOpen(options, notices);
    return ClusterReplications.join(
        options, minWorkers, Duration.ofSeconds(clusterTimeout), notices);
  }
}
