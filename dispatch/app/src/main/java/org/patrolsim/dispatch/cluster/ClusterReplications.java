// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.ReplicationResult;
import org.patrolsim.dispatch.sweep.ReplicationTask;
import org.patrolsim.dispatch.sweep.SweepInputError;

/**
 * A sweep's replications on a cluster: this process joins the cluster at the seed as the producer
 * (role {@value ClusterConfig#PRODUCER}), checks that the workers run its patrolsim version, waits
 * for the workers it was asked for, and hands replications to them through {@link SweepProducer}.
 * Every wait is bounded by the cluster timeout and ends in one clear line.
 */
public final class ClusterReplications implements ReplicationExecutor {
  private final ActorSystem<Void> system;
  private final ActorRef<SweepProducer.Command> producer;
  private final AtomicInteger lanes;

  private ClusterReplications(
      ActorSystem<Void> system, ActorRef<SweepProducer.Command> producer, AtomicInteger lanes) {
    this.system = system;
    this.producer = producer;
    this.lanes = lanes;
  }

  /**
   * Joins the cluster of {@code node}'s seeds and waits until {@code minWorkers} worker nodes offer
   * lanes, each wait at most {@code timeout}; {@code notices} hears where this node is and what it
   * waits for.
   */
  public static ClusterReplications join(
      NodeOptions node, int minWorkers, Duration timeout, Consumer<String> notices) {
    if (minWorkers < 1) {
      throw new SweepInputError("--min-workers: expected at least 1, got " + minWorkers);
    }
    String seed = ClusterNode.seeds(node.seeds());
    ActorSystem<Void> system = ClusterNode.join(node.as(ClusterConfig.PRODUCER), timeout);
    List<String> others = ClusterNode.otherVersions(system);
    if (!others.isEmpty()) {
      String theirs = ClusterNode.theirVersion(system);
      ClusterNode.stop(system);
      throw new SweepInputError(
          "the cluster at "
              + seed
              + " runs patrolsim "
              + theirs
              + " ("
              + String.join(", ", others)
              + "), this is patrolsim "
              + PatrolsimVersion.current()
              + "; run this command with the workers' version");
    }
    system.systemActorOf(VersionWatch.create(notices), "version-watch", Props.empty());
    AtomicInteger lanes = new AtomicInteger();
    SweepProducer.WorkerQuorum quorum =
        new SweepProducer.WorkerQuorum(minWorkers, new CompletableFuture<>());
    String id = java.util.UUID.randomUUID().toString();
    String version = PatrolsimVersion.current();
    ActorRef<SweepProducer.Command> producer =
        system.systemActorOf(
            SweepProducer.create(
                WorkKey.of(version, id),
                WorkKey.producers(version),
                lanes,
                quorum,
                notices,
                timeout),
            WorkKey.producerName(id),
            Props.empty());
    notices.accept(
        "producer at "
            + ClusterNode.hostPort(akka.cluster.typed.Cluster.get(system).selfMember().address())
            + " in the cluster at "
            + seed
            + "; waiting up to "
            + timeout.toSeconds()
            + " s for "
            + minWorkers
            + " worker(s)");
    try {
      int workers = quorum.reached().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      notices.accept(workers + " worker(s) offer lanes; running the replications");
    } catch (TimeoutException e) {
      ClusterNode.stop(system);
      throw new SweepInputError(
          "fewer than the "
              + minWorkers
              + " worker(s) asked for (--min-workers) offered work"
              + " lanes in the cluster at "
              + seed
              + " within "
              + timeout.toSeconds()
              + " s ("
              + lanes.get()
              + " lane(s) seen)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ClusterNode.stop(system);
      throw new IllegalStateException("interrupted while waiting for workers", e);
    } catch (ExecutionException e) {
      ClusterNode.stop(system);
      throw new IllegalStateException(e.getCause());
    }
    return new ClusterReplications(system, producer, lanes);
  }

  @Override
  public CompletionStage<Void> run(
      List<ReplicationTask> tasks, Consumer<ReplicationResult> results) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    // if this node leaves the cluster (downed), the producer is gone: fail rather than wait forever
    system
        .getWhenTerminated()
        .whenComplete(
            (terminated, e) ->
                done.completeExceptionally(
                    new IllegalStateException(
                        "this node left the cluster before its replications were done (downed by the split-brain resolver?)")));
    producer.tell(new SweepProducer.Submit(tasks, results, done));
    return done;
  }

  @Override
  public int parallelism() {
    return lanes.get();
  }

  /** Leaves the cluster (gracefully: the workers stay for the next sweep). */
  @Override
  public void close() {
    ClusterNode.stop(system);
  }
}
