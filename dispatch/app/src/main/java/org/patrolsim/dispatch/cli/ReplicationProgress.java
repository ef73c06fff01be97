// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import org.patrolsim.dispatch.sweep.SweepProgress;

/**
 * Replications done out of those planned, on stderr, shown only once the work has taken more than
 * {@link Progress#SHOW_AFTER_MS}, so short sweeps print nothing extra: a live bar with the time
 * left on a terminal, a line per tenth of the work in a log file or a pipe ({@link
 * ProgressDisplay}). It only listens; it never influences a result.
 */
final class ReplicationProgress implements SweepProgress, AutoCloseable {
  private final long started = System.nanoTime();
  private final PrintWriter err;
  private final long showAfterMs;
  private long total;
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
    this.total = total;
    if (display != null) {
      display.total(total);
    }
  }

  @Override
  public synchronized void done() {
    done++;
    if (display == null && (System.nanoTime() - started) / 1_000_000 >= showAfterMs) {
      display = ProgressDisplay.open("replications", "", total, started, err);
    }
    if (display != null) {
      display.stepTo(done);
    }
  }

  @Override
  public synchronized void close() {
    if (display != null) {
      display.close();
      display = null;
    }
  }
}
