// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import org.patrolsim.dispatch.sweep.SweepProgress;

/**
 * Replications done out of those planned, on stderr, shown only once the work has taken more than
 * {@link Progress#SHOW_AFTER_MS}, so short sweeps print nothing extra: a live bar with the time
 * left on a terminal, a line per tenth of the work in a log file or a pipe ({@link
 * ProgressDisplay}). The total shown is the larger of those planned and the work's {@link
 * #forecast} (a sequential selection plans one stage at a time: without its bound the bar would sit
 * near its end and the time left near nothing while it adds stage after stage). It only listens; it
 * never influences a result.
 */
final class ReplicationProgress implements SweepProgress, AutoCloseable {
  private final long started = System.nanoTime();
  private final PrintWriter err;
  private final long showAfterMs;
  private long planned;
  private long forecast;
  private long done;
  private ProgressDisplay display;

  ReplicationProgress() {
    this(ProgressDisplay.stderr(), Progress.SHOW_AFTER_MS);
  }

  ReplicationProgress(PrintWriter err, long showAfterMs) {
    this.err = err;
    this.showAfterMs = showAfterMs;
  }

  @Override
  public synchronized void planned(long total) {
    this.planned = total;
    show();
  }

  @Override
  public synchronized void forecast(long total) {
    this.forecast = total;
    show();
  }

  @Override
  public synchronized void done() {
    done++;
    if (display == null && (System.nanoTime() - started) / 1_000_000 >= showAfterMs) {
      display = ProgressDisplay.open("replications", "", total(), started, err);
    }
    if (display != null) {
      display.stepTo(done);
    }
  }

  /** The total shown: the replications planned, or the forecast when it is larger. */
  synchronized long total() {
    return Math.max(planned, forecast);
  }

  private void show() {
    if (display != null) {
      display.total(total());
    }
  }

  /**
   * The progress of a further piece of work after the replications done so far (say one more
   * optimisation of a trade-off curve): its planned replications and its forecast count from there,
   * so that the total never falls below the work already done.
   */
  synchronized SweepProgress then() {
    long base = done;
    return new SweepProgress() {
      @Override
      public void planned(long total) {
        ReplicationProgress.this.planned(base + total);
      }

      @Override
      public void forecast(long total) {
        ReplicationProgress.this.forecast(base + total);
      }

      @Override
      public void done() {
        ReplicationProgress.this.done();
      }
    };
  }

  @Override
  public synchronized void close() {
    if (display != null) {
      if (done >= planned) {
        display.total(done); // a forecast is a bound: the work ended within it
      }
      display.close();
      display = null;
    }
  }
}
