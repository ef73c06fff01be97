// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnpairedDifferenceTest {

  @Test
  void welchIntervalMatchesAHandComputation() {
    // a: mean 2, variance 2.5 (n 5); b: mean 5, variance 10 (n 4)
    double[] a = {0, 1, 2, 3, 4};
    double[] b = {1, 3, 7, 9};
    ConfidenceInterval ci = UnpairedDifference.welch95(a, b);
    double va = 2.5 / 5;
    double vb = (16 + 4 + 4 + 16) / 3.0 / 4;
    double df = (va + vb) * (va + vb) / (va * va / 4 + vb * vb / 3);
    double t =
        new org.apache.commons.math3.distribution.TDistribution(df)
            .inverseCumulativeProbability(0.975);
    assertThat(ci.mean()).isEqualTo(3.0);
    assertThat(ci.halfWidth()).isCloseTo(t * Math.sqrt(va + vb), within(1e-12));
  }

  @Test
  void pairingNarrowsTheIntervalOfPositivelyCorrelatedSamples() {
    SplittableRandom random = new SplittableRandom(5);
    double[] a = new double[20];
    double[] b = new double[20];
    for (int i = 0; i < a.length; i++) {
      double common = random.nextGaussian() * 10;
      a[i] = common + random.nextGaussian();
      b[i] = common + 0.5 + random.nextGaussian();
    }
    ConfidenceInterval paired = PairedDifference.studentT95(a, b);
    ConfidenceInterval unpaired = UnpairedDifference.welch95(a, b);
    assertThat(paired.mean()).isCloseTo(unpaired.mean(), within(1e-12));
    assertThat(paired.halfWidth()).isLessThan(unpaired.halfWidth() / 3);
  }
}
