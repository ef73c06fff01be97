// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.sim.Simulation;

/**
 * Runs a model with its progress (simulated hours) on stderr, shown only once the run has taken
 * more than {@link #SHOW_AFTER_MS} of wall-clock time, so short runs print nothing extra: a live
 * bar on a terminal, a line per tenth of the run otherwise ({@link ProgressDisplay}). It reads the
 * simulated time of the record stream; it never influences the run.
 */
final class Progress {
  /**
   * Wall-clock time before progress shows, 3 s; the system property {@code
   * patrolsim.progress.showAfterMs} changes it (tests show it at once).
   */
  static final long SHOW_AFTER_MS = Long.getLong("patrolsim.progress.showAfterMs", 3000);

  private Progress() {}

  /**
   * Runs {@code model}, folding its events into {@code fold}, with {@code external} events added (a
   * drill's, replayed).
   */
  static RunReport around(
      CityModel model, int threads, RunFold fold, Consumer<Simulation.Builder<Msg>> external) {
    long started = System.nanoTime();
    AtomicLong simulatedMs = new AtomicLong();
    AtomicReference<ProgressDisplay> shown = new AtomicReference<>();
    long hours = Math.max(1, model.callHorizonMs() / 3_600_000L);
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "patrolsim-progress");
              t.setDaemon(true);
              return t;
            });
    // stopped by shutdownNow below
    var unused =
        ticker.scheduleAtFixedRate(
            () -> {
              if (shown.get() == null) {
                shown.set(
                    ProgressDisplay.open(
                        "simulating", " h", hours, started, ProgressDisplay.stderr()));
              }
              shown.get().stepTo(simulatedMs.get() / 3_600_000L);
            },
            SHOW_AFTER_MS,
            250,
            TimeUnit.MILLISECONDS);
    boolean finished = false;
    try {
      RunReport report = DispatchRun.run(model, threads, simulatedMs::set, fold, external);
      finished = true;
      return report;
    } finally {
      ticker.shutdownNow();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ProgressDisplay display = shown.get();
      if (display != null) {
        if (finished) {
          display.stepTo(hours);
        }
        display.close();
      }
    }
  }
}
