// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LarsonApproximationTest {

  @Test
  void correctionFactorsMatchThePublishedOnes() {
    // Larson & Odoni 5.5.3: Q(3, 1/2, 0..2) = 1, 0.73684, 0.63158
    double[] q = new ServerCountLevels(3, 1.5, LineCapacity.INFINITE).correctionFactors();
    assertThat(q[0]).isCloseTo(1.0, within(1e-12));
    assertThat(q[1]).isCloseTo(0.73684, within(0.5e-5));
    assertThat(q[2]).isCloseTo(0.63158, within(0.5e-5));
  }

  @Test
  void reproducesThePublishedApproximateWorkloads() {
    HypercubeSolution s = LarsonApproximation.solve(LarsonOdoniExample.spec(LineCapacity.INFINITE));
    // Larson & Odoni 5.5.3: 0.5627, 0.4716, 0.4657, obtained there with a stopping tolerance of
    // 0.0011
    // (three iterations); our fixed point is run to 1e-10, so we agree to within half a thousandth.
    assertThat(s.workloads()[0]).isCloseTo(0.5627, within(0.5e-3));
    assertThat(s.workloads()[1]).isCloseTo(0.4716, within(0.5e-3));
    assertThat(s.workloads()[2]).isCloseTo(0.4657, within(0.5e-3));
    assertThat(s.workloads()[0] + s.workloads()[1] + s.workloads()[2]).isCloseTo(1.5, within(1e-9));
    assertThat(s.method()).isEqualTo(HypercubeSolution.SolutionMethod.APPROXIMATE);
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void staysWithinTwoPercentOfTheExactModel(LineCapacity capacity) {
    HypercubeSpec spec = SpecFixtures.random(10, 40, 0.6, false, capacity, 42);
    HypercubeSolution exact = ExactHypercubeSolver.solve(spec);
    HypercubeSolution approx = LarsonApproximation.solve(spec);
    for (int n = 0; n < spec.units(); n++) {
      assertThat(approx.workloads()[n])
          .as("unit %d", n + 1)
          .isCloseTo(exact.workloads()[n], within(0.02 * exact.workloads()[n]));
    }
    assertThat(approx.probAllBusy()).isCloseTo(exact.probAllBusy(), within(1e-9));
    assertThat(approx.interDistrictFraction())
        .isCloseTo(exact.interDistrictFraction(), within(0.05 * exact.interDistrictFraction()));
    double total = 0;
    for (int j = 0; j < spec.atomCount(); j++) {
      total += approx.atomShare(j);
    }
    assertThat(total).isCloseTo(1.0, within(1e-9));
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void isExactForSymmetricSystems(LineCapacity capacity) {
    HypercubeSpec spec = SpecFixtures.symmetric(6, 4.0, 1.0, capacity);
    HypercubeSolution exact = ExactHypercubeSolver.solve(spec);
    HypercubeSolution approx = LarsonApproximation.solve(spec);
    for (int n = 0; n < 6; n++) {
      assertThat(approx.workloads()[n]).isCloseTo(exact.workloads()[n], within(1e-9));
    }
    assertThat(approx.meanQueueWait()).isCloseTo(exact.meanQueueWait(), within(1e-9));
  }

  @Test
  void handlesHundredsOfUnits() {
    HypercubeSpec spec = SpecFixtures.random(200, 400, 0.8, false, LineCapacity.INFINITE, 9);
    HypercubeSolution s = LarsonApproximation.solve(spec);
    double sum = 0;
    for (double w : s.workloads()) {
      assertThat(w).isBetween(0.0, 1.0);
      sum += w;
    }
    assertThat(sum).isCloseTo(spec.totalArrivalRate(), within(1e-6));
  }

  @Test
  void refusesUnequalServiceRates() {
    HypercubeSpec spec = SpecFixtures.random(4, 8, 0.5, true, LineCapacity.ZERO, 1);
    assertThatThrownBy(() -> LarsonApproximation.solve(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal service rates");
  }

  @Test
  void aWarmStartReachesTheSameFixedPointInFewerIterations() {
    HypercubeSpec spec = SpecFixtures.random(12, 300, 0.7, false, LineCapacity.ZERO, 21);
    HypercubeSolution cold = LarsonApproximation.solve(spec);
    HypercubeSpec nearby = SpecFixtures.random(12, 300, 0.72, false, LineCapacity.ZERO, 21);
    HypercubeSolution warm =
        LarsonApproximation.solve(spec, LarsonApproximation.solve(nearby).workloads());
    for (int n = 0; n < 12; n++) {
      org.assertj.core.api.Assertions.assertThat(warm.workloads()[n])
          .isCloseTo(cold.workloads()[n], org.assertj.core.api.Assertions.within(1e-9));
    }
    org.assertj.core.api.Assertions.assertThat(warm.iterations()).isLessThan(cold.iterations());
  }
}
