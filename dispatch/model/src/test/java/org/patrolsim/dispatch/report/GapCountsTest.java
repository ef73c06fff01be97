// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pooled revisit percentiles from counts equal the nearest rank over every gap kept. */
class GapCountsTest {
  @Test
  void countsGiveTheNearestRankOfEveryGap() {
    SplittableRandom random = new SplittableRandom(1);
    for (int trial = 0; trial < 200; trial++) {
      GapCounts counts = new GapCounts();
      int[] all = new int[0];
      for (int batch = random.nextInt(1, 6); batch > 0; batch--) {
        int[] gaps = new int[random.nextInt(0, 40)];
        for (int i = 0; i < gaps.length; i++) {
          // mostly short gaps, a few of days, some equal
          gaps[i] = random.nextInt(10) == 0 ? random.nextInt(400_000) : random.nextInt(60);
        }
        counts.addAll(gaps);
        int from = all.length;
        all = Arrays.copyOf(all, from + gaps.length);
        System.arraycopy(gaps, 0, all, from, gaps.length);
      }
      for (int p : new int[] {1, 50, 90, 100}) {
        assertThat(counts.nearestRank(p))
            .as("trial %d, p%d", trial, p)
            .isEqualTo(PresenceTally.nearestRank(all.clone(), p));
      }
    }
  }

  @Test
  void noGapsIsMinusOne() {
    assertThat(new GapCounts().nearestRank(50)).isEqualTo(-1);
  }
}
