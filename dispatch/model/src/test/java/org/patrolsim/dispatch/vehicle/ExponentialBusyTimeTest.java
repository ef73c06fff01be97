// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExponentialBusyTimeTest {

  @Test
  void theDrivesTakeTheirRoadTimesWhenTheBusyTimeAllowsAndTheRestIsOnScene() {
    assertThat(ExponentialBusyTime.split(600_000, 120.0, 90.5))
        .isEqualTo(new ExponentialBusyTime.Split(120_000, 389_500, 90_500));
  }

  @Test
  void aShortBusyTimeCutsTheDriveBackFirstThenTheDriveOut() {
    assertThat(ExponentialBusyTime.split(150_000, 120.0, 90.0))
        .isEqualTo(new ExponentialBusyTime.Split(120_000, 0, 30_000));
    assertThat(ExponentialBusyTime.split(100_000, 120.0, 90.0))
        .isEqualTo(new ExponentialBusyTime.Split(100_000, 0, 0));
    assertThat(ExponentialBusyTime.split(100_000, 20.0, Double.POSITIVE_INFINITY))
        .isEqualTo(new ExponentialBusyTime.Split(20_000, 0, 80_000));
  }

  @Test
  void theBusyTimeIsExponentialWithTheMeanAsked() {
    ExponentialBusyTime busy = new ExponentialBusyTime(30 * 60_000.0);
    SplittableRandom random = new SplittableRandom(11);
    int n = 200_000;
    double sum = 0;
    int overMean = 0;
    for (int i = 0; i < n; i++) {
      long t = busy.draw(random, 60, 60).totalMs();
      sum += t;
      overMean += t > 30 * 60_000 ? 1 : 0;
    }
    // mean within 4 standard errors (sd of an exponential = its mean); P(T > mean) = 1/e
    assertThat(sum / n)
        .isCloseTo(
            30 * 60_000.0, org.assertj.core.data.Offset.offset(4 * 30 * 60_000.0 / Math.sqrt(n)));
    assertThat(overMean / (double) n)
        .isCloseTo(
            Math.exp(-1),
            org.assertj.core.data.Offset.offset(
                4 * Math.sqrt(Math.exp(-1) * (1 - Math.exp(-1)) / n)));
    assertThatThrownBy(() -> new ExponentialBusyTime(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
