// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class LogNormalTest {
  @Test
  void twoValuesAFactorOfFourApartGiveTheirGeometricMeanAsMedian() {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      values.add(30.0);
      values.add(120.0);
    }
    LogNormal fit = LogNormal.fit(values);
    // ln 30 and ln 120 lie ln 2 either side of ln 60: mu = ln 60, sigma = ln 2
    assertThat(fit.median()).isCloseTo(60.0, within(1e-9));
    assertThat(fit.sigma()).isCloseTo(Math.log(2), within(1e-12));
    assertThat(fit.p90()).isCloseTo(60 * Math.pow(2, LogNormal.Z90), within(1e-9));
  }

  @Test
  void aSampleAtTheDistributionsOwnQuantilesIsHalfAStepAway() {
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    int n = 200;
    List<Double> values = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      values.add(Math.exp(2 + 0.5 * z.inverseCumulativeProbability((i - 0.5) / n)));
    }
    LogNormal truth = new LogNormal(2, 0.5);
    // the empirical distribution steps by 1/n and each point sits mid-step: the largest gap is
    // 1/(2n)
    assertThat(truth.ksDistance(values)).isCloseTo(0.5 / n, within(1e-9));
    assertThat(new LogNormal(2.2, 0.5).ksDistance(values)).isGreaterThan(0.1);
  }

  @Test
  void theHistogramHoldsEveryValueAndTheFitsExpectedCounts() {
    List<Double> values = List.of(1.0, 2.0, 2.0, 3.0, 4.0, 10.0);
    Histogram h = LogNormal.fit(values).histogram(values, 5, "minutes");
    assertThat(h.observed().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    assertThat(h.fitted().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(6.0, within(0.05));
  }
}
