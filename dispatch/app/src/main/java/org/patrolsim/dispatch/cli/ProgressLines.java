// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;

/**
 * Progress for a log file or a pipe: a plain line each time the work passes another tenth (and one
 * at the end), so a whole run writes at most a dozen lines, each ending in a newline.
 */
final class ProgressLines implements ProgressDisplay {
  static final int STEPS = 10;

  private final String task;
  private final String unit;
  private final PrintWriter err;
  private final long started;
  private long total;
  private long done;
  private int shownStep = -1;

  ProgressLines(String task, String unit, long total, long startedNanos, PrintWriter err) {
    this.started = startedNanos;
    this.task = task;
    this.unit = unit;
    this.total = total;
    this.err = err;
  }

  @Override
  public void stepTo(long done) {
    this.done = Math.min(done, total);
    int step = total <= 0 ? 0 : (int) (this.done * STEPS / total);
    if (step > shownStep && step < STEPS) {
      show(step);
    }
  }

  /**
   * A new total; when it grows (work planned a stage at a time), the tenths count on from where the
   * work now stands, so the next tenth of the new total gets its line.
   */
  @Override
  public void total(long total) {
    this.total = total;
    if (shownStep >= 0 && total > 0) {
      shownStep = (int) Math.min(shownStep, Math.min(done, total) * STEPS / total);
    }
  }

  /** Writes the 100 % line if the work got there (not after a failure). */
  @Override
  public void close() {
    if (shownStep < STEPS && done >= total) {
      show(STEPS);
    }
  }

  private void show(int step) {
    shownStep = step;
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    err.println(
        "patrolsim: "
            + task
            + " "
            + step * (100 / STEPS)
            + " % ("
            + done
            + " of "
            + total
            + unit
            + ", "
            + seconds
            + " s so far)");
    err.flush();
  }
}
