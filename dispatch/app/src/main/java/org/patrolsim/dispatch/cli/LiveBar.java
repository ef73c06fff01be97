// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A bar redrawn in place on the terminal, with the time elapsed and the time left. */
final class LiveBar implements ProgressDisplay {
  private final ProgressBar bar;
  private long total;

  LiveBar(String task, String unit, long total, PrintWriter err) {
    err.flush();
    this.total = total;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(unit, 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .build();
  }

  @Override
  public void stepTo(long done) {
    bar.stepTo(Math.min(total, done));
  }

  @Override
  public void total(long total) {
    this.total = total;
    bar.maxHint(total);
  }

  @Override
  public void close() {
    bar.close();
  }
}
