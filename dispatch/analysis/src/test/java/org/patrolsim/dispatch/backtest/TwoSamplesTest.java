// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The two-sample statistics against values worked out by hand. */
class TwoSamplesTest {

  /**
   * sim {1, 2, 3}, rec {2, 4}. F_sim steps 1/3 at 1, 2, 3; F_rec 1/2 at 2 and 4. The gaps: [1,2)
   * 1/3, [2,3) 2/3 - 1/2 = 1/6, [3,4) 1 - 1/2 = 1/2, then 0. D = 1/2; W1 = 1/3 + 1/6 + 1/2 = 1.
   */
  @Test
  void ksAndWassersteinOfASmallPair() {
    TwoSamples t = TwoSamples.of(new double[] {3, 1, 2}, new double[] {4, 2});
    assertThat(t.ksD()).isCloseTo(0.5, within(1e-12));
    assertThat(t.wasserstein()).isCloseTo(1.0, within(1e-12));
  }

  /** Ties across the samples: sim {1, 1, 2}, rec {1, 2, 2}: only [1,2) differs, by 2/3 - 1/3. */
  @Test
  void tiesCountOnBothSidesAtOnce() {
    TwoSamples t = TwoSamples.of(new double[] {1, 1, 2}, new double[] {2, 1, 2});
    assertThat(t.ksD()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(t.wasserstein()).isCloseTo(1.0 / 3, within(1e-12));
  }

  /** Shifting a sample by s moves W1 by exactly s and D by the share of values passed. */
  @Test
  void aShiftIsItsOwnWassersteinDistance() {
    double[] a = IntStream.range(0, 50).asDoubleStream().toArray();
    double[] b = IntStream.range(15, 65).asDoubleStream().toArray();
    TwoSamples t = TwoSamples.of(a, b);
    assertThat(t.wasserstein()).isCloseTo(15.0, within(1e-9));
    assertThat(t.ksD()).isCloseTo(0.3, within(1e-12));
  }

  /**
   * Asymptotic p of D = 0.3 with n = m = 50: lambda = 0.3 sqrt(2500 / 100) = 1.5, and the
   * Kolmogorov tail 2 sum (-1)^(k-1) exp(-2 k^2 lambda^2) = 2 (e^-4.5 - e^-18 + ...) = 0.0222179.
   */
  @Test
  void pValueIsTheKolmogorovTail() {
    double[] a = IntStream.range(0, 50).asDoubleStream().toArray();
    double[] b = IntStream.range(15, 65).asDoubleStream().toArray();
    double lambda = 1.5;
    double tail = 0;
    for (int k = 1; k <= 20; k++) {
      tail += 2 * Math.pow(-1, k - 1) * Math.exp(-2 * k * k * lambda * lambda);
    }
    assertThat(tail).isCloseTo(0.0222179, within(1e-6));
    assertThat(TwoSamples.of(a, b).ksP()).isCloseTo(tail, within(1e-6));
  }

  /** Nearest rank: of five values the median is the 3rd, the p90 the 5th (ceil(4.5)). */
  @Test
  void quantilesAreNearestRank() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertThat(TwoSamples.quantile(sorted, 0.5)).isEqualTo(3);
    assertThat(TwoSamples.quantile(sorted, 0.9)).isEqualTo(5);
    assertThat(TwoSamples.quantile(new double[0], 0.5)).isNaN();
  }

  @Test
  void emptySamplesGiveNaN() {
    TwoSamples t = TwoSamples.of(new double[0], new double[] {1});
    assertThat(t.ksD()).isNaN();
    assertThat(t.ksP()).isNaN();
    assertThat(t.wasserstein()).isNaN();
  }
}
