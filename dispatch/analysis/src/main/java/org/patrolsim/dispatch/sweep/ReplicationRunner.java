// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import akka.actor.typed.ActorSystem;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.sim.LanePool;

/**
 * Runs replication tasks on the lanes of one actor system: builds (once) the variant's city model,
 * runs the replication with its seed on a free lane, and folds the run's events into its report as
 * they come. Used by {@link LocalReplications} and by cluster workers alike, so a task gives the
 * same report wherever it runs.
 */
public final class ReplicationRunner implements AutoCloseable {
  private final LanePool pool;
  private final ExecutorService builders;
  private final ModelCache models;

  /** A runner with {@code lanes} lanes of {@code system}. */
  public ReplicationRunner(ActorSystem<?> system, int lanes) {
    this.pool = LanePool.of(system, lanes);
    this.builders =
        Executors.newFixedThreadPool(
            lanes,
            r -> {
              Thread t = new Thread(r, "patrolsim-model-builder");
              t.setDaemon(true);
              return t;
            });
    this.models = new ModelCache(builders, lanes + 1);
  }

  /** How many replications run at once. */
  public int lanes() {
    return pool.lanes();
  }

  /** Runs {@code task} and gives its report. */
  public CompletionStage<RunReport> report(ReplicationTask task) {
    return report(task, List.of());
  }

  /**
   * Runs {@code task}, folding its events as they come into its report and handing them to {@code
   * observers} too (replication 0's files), and gives its report.
   */
  public CompletionStage<RunReport> report(ReplicationTask task, List<RunObserver> observers) {
    return models
        .modelFor(task)
        .thenCompose(
            model -> {
              RunFold fold = RunFold.of(observers);
              return pool.submit(
                  DispatchRun.replication(model, task.seed(), fold), done -> fold.finish());
            });
  }

  /** Runs {@code task} and gives its KPIs. */
  public CompletionStage<ReplicationResult> run(ReplicationTask task) {
    return report(task)
        .thenApply(
            report ->
                new ReplicationResult(
                    task.variant(), task.replication(), KpiCatalogue.valuesOf(report.summary())));
  }

  @Override
  public void close() {
    builders.shutdownNow();
    models.close();
  }
}
