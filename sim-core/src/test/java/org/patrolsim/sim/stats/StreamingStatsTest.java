// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StreamingStatsTest {

  @Test
  void meanAndSampleVarianceOfASmallSampleAreTheTextbookValues() {
    StreamingStats s = StreamingStats.of(2, 4, 4, 4, 5, 5, 7, 9);
    assertThat(s.count()).isEqualTo(8);
    assertThat(s.mean()).isEqualTo(5.0);
    // sum of squared deviations is 32; sample variance 32 / 7
    assertThat(s.variance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(s.min()).isEqualTo(2);
    assertThat(s.max()).isEqualTo(9);
  }

  @Test
  void aLargeOffsetDoesNotDestroyTheVariance() {
    StreamingStats s = StreamingStats.of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
    assertThat(s.variance()).isCloseTo(30.0, within(1e-6));
  }

  @Test
  void mergingTwoHalvesEqualsOnePass() {
    SplittableRandom random = new SplittableRandom(3);
    StreamingStats all = new StreamingStats();
    StreamingStats left = new StreamingStats();
    StreamingStats right = new StreamingStats();
    for (int i = 0; i < 1_000; i++) {
      double v = random.nextDouble() * 100;
      all.add(v);
      (i < 300 ? left : right).add(v);
    }
    left.merge(right);
    assertThat(left.count()).isEqualTo(all.count());
    assertThat(left.mean()).isCloseTo(all.mean(), within(1e-9));
    assertThat(left.variance()).isCloseTo(all.variance(), within(1e-9));
  }

  @Test
  void emptyStatsSayNaNRatherThanZero() {
    StreamingStats s = new StreamingStats();
    assertThat(s.mean()).isNaN();
    s.add(1);
    assertThat(s.variance()).isNaN();
  }
}
