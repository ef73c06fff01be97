// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void theMedianAndP90AreWhereTheyWereAsked() {
    Spread s = new Spread(60, 150);
    assertThat(s.millisAt(0.5)).isEqualTo(60_000);
    assertThat(s.millisAt(0.9)).isBetween(149_999L, 150_001L);
    assertThat(s.millisAt(0.1)).isBetween(23_999L, 24_001L); // log-normal: 60 * 60 / 150
  }

  @Test
  void drawsFromUniformNumbersHaveTheLogNormalMean() {
    Spread s = new Spread(45, 90);
    SplittableRandom random = new SplittableRandom(11);
    double mean =
        Arrays.stream(new double[200_000])
            .map(x -> s.millisAt(random.nextDouble()) / 1000.0)
            .average()
            .orElseThrow();
    assertThat(mean).isCloseTo(s.meanSeconds(), org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(s.meanSeconds()).isGreaterThan(45).isLessThan(90);
  }

  @Test
  void equalValuesAreAFixedDurationAndZeroIsNone() {
    assertThat(new Spread(30, 30).millisAt(0.01)).isEqualTo(30_000);
    assertThat(new Spread(30, 30).millisAt(0.99)).isEqualTo(30_000);
    assertThat(new Spread(0, 0).millisAt(0.7)).isZero();
    assertThatThrownBy(() -> new Spread(60, 30)).isInstanceOf(IllegalArgumentException.class);
  }
}
