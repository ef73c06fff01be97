// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.cluster.ClusterAddress;
import org.patrolsim.dispatch.cluster.PatrolsimVersion;
import org.patrolsim.dispatch.cluster.WorkerNode;
import picocli.CommandLine.Command;
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
      paramLabel = "HOST:PORT",
      description = "A node of the cluster to join (its seed).")
  String join;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind and announce (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(
      names = "--port",
      description =
          "Port to bind (default " + DEFAULT_PORT + " without --join, any free" + " port with it).")
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
    ClusterAddress seed =
        join == null ? new ClusterAddress(host, bind) : ClusterAddress.parse(join, "--join");
    if (bind < 0 || bind > 65535) {
      throw new CliInputError("--port: expected 0 to 65535, got " + bind);
    }
    int lanes = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WorkerNode node =
        WorkerNode.start(
            seed,
            host,
            bind,
            lanes,
            Duration.ofSeconds(joinTimeout),
            verbose,
            line -> {
              synchronized (out) {
                out.println("patrolsim worker: " + line);
                out.flush();
              }
            });
    String address = node.address();
    out.println(
        "patrolsim worker "
            + PatrolsimVersion.current()
            + " at "
            + address
            + ", "
            + node.lanes()
            + " lane(s), "
            + (join == null ? "founding the cluster" : "in the cluster at " + seed)
            + "; Ctrl-C to stop");
    out.flush();
    err.flush();
    node.awaitTermination();
    out.println("patrolsim worker: " + address + " left the cluster");
    out.flush();
    return 0;
  }
}
