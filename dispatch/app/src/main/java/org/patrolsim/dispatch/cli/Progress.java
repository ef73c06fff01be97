// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.sim.Simulation;

/**
 * Runs a model with a progress bar (simulated hours) on stderr, shown only once the run has taken
 * more than {@link #SHOW_AFTER_MS} of wall-clock time, so short runs print nothing extra. The bar
 * reads the simulated time of the record stream; it never influences the run.
 */
final class Progress {
  static final long SHOW_AFTER_MS = 3000;

  private Progress() {}

  /**
   * Runs {@code model}, folding its events into {@code fold}, with {@code external} events added (a
   * drill's, replayed).
   */
  static RunReport around(
      CityModel model,
      int threads,
      PrintWriter err,
      RunFold fold,
      Consumer<Simulation.Builder<Msg>> external) {
    AtomicLong simulatedMs = new AtomicLong();
    AtomicReference<ProgressBar> bar = new AtomicReference<>();
    long hours = Math.max(1, model.callHorizonMs() / 3_600_000L);
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "patrolsim-progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(
        () -> {
          if (bar.get() == null) {
            bar.set(
                new ProgressBarBuilder()
                    .setTaskName("simulating")
                    .setInitialMax(hours)
                    .setUnit(" h", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .continuousUpdate()
                    .build());
          }
          bar.get().stepTo(Math.min(hours, simulatedMs.get() / 3_600_000L));
        },
        SHOW_AFTER_MS,
        250,
        TimeUnit.MILLISECONDS);
    try {
      return DispatchRun.run(model, threads, simulatedMs::set, fold, external);
    } finally {
      ticker.shutdownNow();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ProgressBar shown = bar.get();
      if (shown != null) {
        shown.stepTo(hours);
        shown.close();
      }
    }
  }
}
