// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

  @Test
  void halfWidthIsTheStudentQuantileTimesTheStandardError() {
    // 10 values 1..10: mean 5.5, s = sqrt(110/12) = 3.02765; t(0.975, 9) = 2.262157
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    ConfidenceInterval ci = ConfidenceInterval.studentT95(values);
    assertThat(ci.mean()).isEqualTo(5.5);
    assertThat(ci.halfWidth())
        .isCloseTo(2.262157 * Math.sqrt(110.0 / 12) / Math.sqrt(10), within(1e-5));
    assertThat(ci.contains(5.5 + ci.halfWidth() * 0.99)).isTrue();
    assertThat(ci.contains(ci.upper() + 1e-9)).isFalse();
    assertThat(ci.width()).isCloseTo(2 * ci.halfWidth(), within(1e-12));
  }

  @Test
  void oneValueIsNotEnoughForAnInterval() {
    assertThatThrownBy(() -> ConfidenceInterval.studentT95(3.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2");
  }

  @Test
  void pairedDifferencesCancelTheNoiseTheVariantsShare() {
    double[] a = {10, 20, 30, 40, 50};
    double[] b = {11, 21.2, 30.8, 41.1, 50.9};
    ConfidenceInterval paired = PairedDifference.studentT95(a, b);
    ConfidenceInterval unpairedB = ConfidenceInterval.studentT95(b);
    assertThat(paired.mean()).isCloseTo(1.0, within(1e-12));
    assertThat(paired.contains(0)).isFalse();
    assertThat(paired.halfWidth()).isLessThan(unpairedB.halfWidth() / 10);
  }

  @Test
  void pairedSamplesMustHaveTheSameLength() {
    assertThatThrownBy(() -> PairedDifference.studentT95(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal length");
  }
}
