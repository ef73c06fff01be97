// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.patrolsim.dispatch.cluster.ClusterAddress;
import org.patrolsim.dispatch.cluster.NodeOptions;
import org.patrolsim.dispatch.cluster.PatrolsimVersion;
import org.patrolsim.dispatch.cluster.WorkerNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patrolsim worker}: a cluster node that runs sweep replications for producers. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description =
        "Start a worker node of a sweep cluster (Akka Cluster). Without --join it founds the cluster at"
            + " --host:--port; with --join it joins the cluster there. Stop it with Ctrl-C.")
public final class WorkerCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 2551;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--join",
      paramLabel = "HOST:PORT[,HOST:PORT...]",
      description =
          "Nodes of the cluster to join (its seeds): any one that is up lets this worker in. A"
              + " worker named among them founds the cluster when it is the first and none of the"
              + " others answers.")
  String join;

  @Mixin ClusterNodeOptions node = new ClusterNodeOptions();

  @Option(
      names = "--port",
      description =
          "Port to bind (default "
              + DEFAULT_PORT
              + " without --join, any free port with it; 0: any free port, printed when up).")
  Integer port;

  @Option(
      names = "--threads",
      description = "Replications run at once on this node (default: one per core).")
  Integer threads;

  @Option(
      names = "--join-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "How long to try to join before giving up (default ${DEFAULT-VALUE} s).")
  int joinTimeout;

  @Option(
      names = "--verbose",
      description = "Say when each replication starts, and show Akka's own log.")
  boolean verbose;

  @Override
  public Integer call() {
    ClusterLogging.configure(verbose);
    int bind = port != null ? port : join == null ? DEFAULT_PORT : 0;
    List<ClusterAddress> seeds = join == null ? List.of() : ClusterAddress.parseAll(join, "--join");
    int lanes = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> notices =
        line -> {
          synchronized (out) {
            out.println("patrolsim worker: " + line);
            out.flush();
          }
        };
    NodeOptions options = node.resolve(seeds, bind, verbose, "the port is --port's");
    ClusterAddress self = new ClusterAddress(options.host(), bind);
    boolean founding = join == null || seeds.get(0).equals(self);
    ClusterNodeOptions.warnIfOpen(options, notices);
    WorkerNode worker =
        WorkerNode.start(options, founding, lanes, Duration.ofSeconds(joinTimeout), notices);
    String address = worker.address();
    out.println(
        "patrolsim worker "
            + PatrolsimVersion.current()
            + " at "
            + address
            + ", "
            + worker.lanes()
            + " lane(s), "
            + (join == null
                ? "founding the cluster"
                : "in the cluster at "
                    + String.join(",", seeds.stream().map(String::valueOf).toList()))
            + (options.security().tls()
                ? " (TLS)"
                : options.security().secret().isPresent() ? " (secret, no TLS)" : "")
            + "; Ctrl-C to stop");
    out.flush();
    err.flush();
    worker.awaitTermination();
    out.println("patrolsim worker: " + address + " left the cluster");
    out.flush();
    return 0;
  }
}
