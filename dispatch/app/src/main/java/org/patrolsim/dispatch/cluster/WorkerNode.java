// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.cluster.typed.Cluster;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.patrolsim.dispatch.sweep.ReplicationRunner;
import org.patrolsim.dispatch.sweep.SweepInputError;

/**
 * A worker node ({@code patrolsim worker}): joins the cluster at its seed (itself, for the first
 * worker), refuses itself if the cluster runs another patrolsim version, and offers {@code lanes}
 * lanes to Akka's work pulling; each lane runs one replication at a time on this node's {@link
 * ReplicationRunner}. Maps and models are loaded on first use and kept.
 */
public final class WorkerNode {
  private final ActorSystem<Void> system;
  private final ReplicationRunner runner;

  private WorkerNode(ActorSystem<Void> system, ReplicationRunner runner) {
    this.system = system;
    this.runner = runner;
  }

  /**
   * Starts a worker at {@code node} that joins the cluster of its seeds (founds it, with {@code
   * founding}) within {@code joinTimeout}; {@code notices} hears what others should know (refused
   * nodes; with verbose options, each replication started).
   */
  public static WorkerNode start(
      NodeOptions node,
      boolean founding,
      int lanes,
      Duration joinTimeout,
      Consumer<String> notices) {
    if (lanes < 1) {
      throw new SweepInputError("--threads: expected at least 1, got " + lanes);
    }
    NodeOptions options = founding ? node.founding() : node;
    ActorSystem<Void> system = ClusterNode.join(options.as(ClusterConfig.WORKER), joinTimeout);
    String seed = ClusterNode.seeds(options.seeds());
    List<String> others = ClusterNode.otherVersions(system);
    if (!others.isEmpty()) {
      String theirs = ClusterNode.theirVersion(system);
      ClusterNode.stop(system);
      throw new SweepInputError(
          "refused by the cluster at "
              + seed
              + ": this worker is patrolsim "
              + PatrolsimVersion.current()
              + ", the cluster runs patrolsim "
              + theirs
              + " ("
              + String.join(", ", others)
              + "); start a worker of the same version");
    }
    ReplicationRunner runner = new ReplicationRunner(system, lanes);
    system.systemActorOf(VersionWatch.create(notices), "version-watch", Props.empty());
    Consumer<String> starts = node.verbose() ? notices : line -> {};
    system.systemActorOf(
        SweepLanes.create(PatrolsimVersion.current(), runner, lanes, starts),
        "lanes",
        Props.empty());
    system.getWhenTerminated().whenComplete((done, e) -> runner.close());
    return new WorkerNode(system, runner);
  }

  /** This node's address, host:port. */
  public String address() {
    return ClusterNode.hostPort(Cluster.get(system).selfMember().address());
  }

  /** The lanes this node offers. */
  public int lanes() {
    return runner.lanes();
  }

  /** Blocks until the node stops (it left, was downed, or the JVM is shutting down). */
  public void awaitTermination() {
    system.getWhenTerminated().toCompletableFuture().join();
  }

  /** Leaves the cluster and stops. */
  public void stop() {
    ClusterNode.stop(system);
  }
}
