// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.sweep.SweepProgress;

/**
 * Progress of work planned a stage at a time, as optimise's selection plans it: with the
 * selection's bound as a forecast, the lines in a pipe go on through the tenths instead of stopping
 * after the first stage, the total shown only shrinks as plans drop, and the end says 100 %.
 */
class ReplicationProgressTest {
  static final Pattern LINE =
      Pattern.compile("patrolsim: replications (\\d+) % \\((\\d+) of (\\d+), \\d+ s so far\\)");

  /**
   * Three plans of 10 replications each, then stages of one more replication of each survivor, at
   * most 40 each: one plan dropped after 20, the selection ends after 30 with two left.
   */
  static void selection(SweepProgress progress) {
    long planned = 30;
    progress.planned(planned);
    for (int i = 0; i < 30; i++) {
      progress.done();
    }
    int survivors = 3;
    for (int r = 10; r < 30; r++) {
      if (r == 20) {
        survivors = 2;
      }
      progress.forecast(planned + (long) survivors * (40 - r));
      planned += survivors;
      progress.planned(planned);
      for (int s = 0; s < survivors; s++) {
        progress.done();
      }
    }
    progress.forecast(planned); // the end: no more
  }

  @Test
  void aSelectionsStagesShowTheirTenthsWithATotalThatOnlyShrinks() {
    StringWriter log = new StringWriter();
    try (ReplicationProgress progress = new ReplicationProgress(new PrintWriter(log), 0)) {
      selection(progress);
    }
    List<Matcher> lines =
        log.toString().lines().map(LINE::matcher).filter(Matcher::matches).toList();
    assertThat(lines).hasSameSizeAs(log.toString().lines().toList());
    // 30 + 10 x 3 + 10 x 2 = 80 done; the first stage's 30 of 30 is not shown as the end
    assertThat(lines.get(lines.size() - 1).group(0))
        .startsWith("patrolsim: replications 100 % (80 of 80,");
    // the first stage's tenths of its 30, then the selection's, of a total that only shrinks
    List<Matcher> selection = lines.stream().filter(m -> Long.parseLong(m.group(3)) > 30).toList();
    assertThat(selection.size()).as(log.toString()).isGreaterThanOrEqualTo(6);
    long previous = Long.MAX_VALUE;
    for (Matcher m : selection) {
      long total = Long.parseLong(m.group(3));
      assertThat(total).as(log.toString()).isLessThanOrEqualTo(previous);
      previous = total;
    }
  }

  @Test
  void withoutTheForecastTheLinesStopAfterTheFirstStage() {
    StringWriter log = new StringWriter();
    try (ReplicationProgress progress = new ReplicationProgress(new PrintWriter(log), 0)) {
      selection(
          new SweepProgress() {
            @Override
            public void planned(long total) {
              progress.planned(total);
            }

            @Override
            public void done() {
              progress.done();
            }
          });
    }
    // what optimise showed before the forecast: 0 % to 90 % of the first 30, then nothing until 100
    assertThat(log.toString().lines().filter(l -> l.contains("% (")).count()).isEqualTo(11);
    assertThat(log.toString()).contains("90 % (27 of 30,");
  }

  @Test
  void furtherWorkCountsOnFromWhatIsDone() {
    ReplicationProgress progress = new ReplicationProgress(new PrintWriter(new StringWriter()), 0);
    progress.planned(50);
    for (int i = 0; i < 50; i++) {
      progress.done();
    }
    SweepProgress next = progress.then();
    next.planned(20);
    assertThat(progress.total()).isEqualTo(70);
    next.forecast(60);
    assertThat(progress.total()).isEqualTo(110);
    progress.close();
  }
}
