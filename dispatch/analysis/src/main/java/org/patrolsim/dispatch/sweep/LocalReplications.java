// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import akka.actor.typed.ActorSystem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;

/**
 * Runs replications on this machine: one lane per thread, each taking the next task as soon as it
 * is free (in the order given, so a sweep runs variant after variant and each model is built once).
 */
public final class LocalReplications implements ReplicationExecutor {
  private final ActorSystem<Void> system;
  private final ReplicationRunner runner;

  private LocalReplications(int threads) {
    if (threads < 1) {
      throw new SweepInputError("--threads: expected at least 1, got " + threads);
    }
    this.system = DispatchRun.actorSystem(1);
    this.runner = new ReplicationRunner(system, threads);
  }

  /** Replications on {@code threads} lanes of a private actor system. */
  public static LocalReplications start(int threads) {
    return new LocalReplications(threads);
  }

  @Override
  public int parallelism() {
    return runner.lanes();
  }

  @Override
  public CompletionStage<Void> run(
      List<ReplicationTask> tasks, Consumer<ReplicationResult> results) {
    return runWithReports(
        tasks,
        task -> List.of(),
        (task, report) ->
            results.accept(
                new ReplicationResult(
                    task.variant(), task.replication(), KpiCatalogue.valuesOf(report.summary()))));
  }

  /**
   * As {@link #run}, handing each replication's events also to the {@code observers} given for its
   * task (as they come), and its report to {@code reports}.
   */
  public CompletionStage<Void> runWithReports(
      List<ReplicationTask> tasks,
      Function<ReplicationTask, List<RunObserver>> observers,
      BiConsumer<ReplicationTask, RunReport> reports) {
    ConcurrentLinkedQueue<ReplicationTask> queue = new ConcurrentLinkedQueue<>(tasks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CompletableFuture<?>[] slots = new CompletableFuture<?>[runner.lanes()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = next(queue, failure, observers, reports);
    }
    return CompletableFuture.allOf(slots)
        .handle(
            (ok, e) -> {
              if (failure.get() != null) {
                throw new CompletionException(failure.get());
              }
              return null;
            });
  }

  private CompletableFuture<Void> next(
      ConcurrentLinkedQueue<ReplicationTask> queue,
      AtomicReference<Throwable> failure,
      Function<ReplicationTask, List<RunObserver>> observers,
      BiConsumer<ReplicationTask, RunReport> reports) {
    ReplicationTask task = failure.get() == null ? queue.poll() : null;
    if (task == null) {
      return CompletableFuture.completedFuture(null);
    }
    return runner
        .report(task, observers.apply(task))
        .toCompletableFuture()
        .handle(
            (report, e) -> {
              try {
                if (e != null) {
                  failure.compareAndSet(
                      null,
                      e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
                } else {
                  reports.accept(task, report);
                }
              } catch (RuntimeException | Error broken) {
                failure.compareAndSet(null, broken);
              }
              return null;
            })
        .thenCompose(ignored -> next(queue, failure, observers, reports));
  }

  @Override
  public void close() {
    runner.close();
    system.terminate();
  }
}
