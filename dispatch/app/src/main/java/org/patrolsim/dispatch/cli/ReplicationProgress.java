// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.patrolsim.dispatch.sweep.SweepProgress;

/**
 * A progress bar of replications with the time elapsed and the estimated time left, on stderr,
 * shown only once the work has taken more than {@link Progress#SHOW_AFTER_MS} and only on a console
 * (a log file gets no stream of redrawn bars), so short sweeps print nothing extra. It only
 * listens; it never influences a result.
 */
final class ReplicationProgress implements SweepProgress, AutoCloseable {
  private final long started = System.nanoTime();
  private final PrintWriter err;
  private long total;
  private long done;
  private ProgressBar bar;

  ReplicationProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void planned(long total) {
    this.total = total;
    if (bar != null) {
      bar.maxHint(total);
    }
  }

  @Override
  public synchronized void done() {
    done++;
    if (bar == null
        && System.console() != null
        && (System.nanoTime() - started) / 1_000_000 > Progress.SHOW_AFTER_MS) {
      err.flush();
      bar =
          new ProgressBarBuilder()
              .setTaskName("replications")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(500)
              .build();
    }
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
