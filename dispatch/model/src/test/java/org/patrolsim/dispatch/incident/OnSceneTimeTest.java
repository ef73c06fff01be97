// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Time on scene: Erlang-2 around a mean (with its one-minute floor) or log-normal of a median and
 * p90.
 */
class OnSceneTimeTest {
  static final int N = 20_000;

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 2, 20, 40})
  void theErlangMeanIsThatOfTheTimesTheFateDraws(double meanMinutes) {
    IncidentType type =
        new IncidentType("t", Priority.NORMAL, 1, Math.round(meanMinutes * 60_000), 0.5, 1);
    SplittableRandom random = new SplittableRandom(5);
    int n = 400_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double t = IncidentFate.draw(type, random).onSceneMs() / 60_000.0;
      sum += t;
      squares += t * t;
    }
    double mean = sum / n;
    double se = Math.sqrt((squares / n - mean * mean) / n);
    assertThat(type.onScene().meanMinutes()).isCloseTo(mean, within(4 * se));
  }

  @Test
  void longErlangTimesAreHardlyChangedByTheOneMinuteFloor() {
    assertThat(new OnSceneTime.Erlang2(40 * 60_000L).meanMinutes()).isCloseTo(40, within(1e-3));
    assertThat(new OnSceneTime.Erlang2(30_000L).meanMinutes()).isGreaterThan(1);
  }

  /**
   * The median and p90 of 20,000 drawn times are where they were asked. Tolerance: the share of
   * draws below a quantile q has standard error sqrt(q (1 - q) / n), 0.0035 at the median and
   * 0.0021 at the p90; the sample quantile must lie between the distribution's quantiles at q -/+ 4
   * standard errors.
   */
  @Test
  void logNormalDrawsHaveTheStatedMedianAndP90() {
    Spread minutes = new Spread(18 * 60, 55 * 60);
    IncidentType type =
        new IncidentType(
            "t",
            Priority.NORMAL,
            1,
            new OnSceneTime.LogNormal(minutes),
            0.5,
            1,
            SettleDecay.NONE,
            RepeatRule.NONE);
    SplittableRandom random = new SplittableRandom(3);
    long[] ms = new long[N];
    for (int i = 0; i < N; i++) {
      ms[i] = IncidentFate.draw(type, random).onSceneMs();
    }
    Arrays.sort(ms);
    for (double q : new double[] {0.5, 0.9}) {
      double fourSe = 4 * Math.sqrt(q * (1 - q) / N);
      long sample = ms[(int) Math.ceil(q * N) - 1];
      assertThat(sample)
          .as("q %s", q)
          .isBetween(minutes.millisAt(q - fourSe), minutes.millisAt(q + fourSe));
    }
    assertThat(minutes.millisAt(0.5)).isEqualTo(18 * 60_000L);
    assertThat(minutes.millisAt(0.9)).isBetween(55 * 60_000L - 1, 55 * 60_000L + 1);
  }

  @Test
  void anEqualMedianAndP90IsAFixedTime() {
    OnSceneTime fixed = new OnSceneTime.LogNormal(new Spread(600, 600));
    assertThat(fixed.millisAt(0.01, 0.3)).isEqualTo(600_000);
    assertThat(fixed.millisAt(0.99, 0.3)).isEqualTo(600_000);
    assertThat(fixed.meanMinutes()).isEqualTo(10);
  }

  /** Either shape takes two draws: the fate's other draws, and every later call, stay the same. */
  @Test
  void bothShapesTakeTheSameDrawsSoTheRestOfTheFateIsCommon() {
    IncidentType erlang = new IncidentType("t", Priority.NORMAL, 1, 20 * 60_000L, 0.5, 1);
    IncidentType logNormal =
        new IncidentType(
            "t",
            Priority.NORMAL,
            1,
            new OnSceneTime.LogNormal(new Spread(900, 2400)),
            0.5,
            1,
            SettleDecay.NONE,
            RepeatRule.NONE);
    SplittableRandom a = new SplittableRandom(9);
    SplittableRandom b = new SplittableRandom(9);
    for (int i = 0; i < 100; i++) {
      IncidentFate x = IncidentFate.draw(erlang, a);
      IncidentFate y = IncidentFate.draw(logNormal, b);
      assertThat(y.resolveDraw()).isEqualTo(x.resolveDraw());
      assertThat(y.handlingDraw()).isEqualTo(x.handlingDraw());
      assertThat(y.turnoutDraw()).isEqualTo(x.turnoutDraw());
      assertThat(y.repeatDelayDraw()).isEqualTo(x.repeatDelayDraw());
    }
    assertThat(b.nextLong()).isEqualTo(a.nextLong());
  }
}
