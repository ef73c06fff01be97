// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The arrival-delay bands of the street-disposal breakdown: upper bounds included, the last open.
 */
class StreetDisposalTallyTest {
  @Test
  void aDelayFallsInTheBandWhoseUpperBoundItDoesNotPass() {
    assertThat(StreetDisposalTally.band(0)).isZero();
    assertThat(StreetDisposalTally.band(300)).isZero();
    assertThat(StreetDisposalTally.band(300.001)).isEqualTo(1);
    assertThat(StreetDisposalTally.band(600)).isEqualTo(1);
    assertThat(StreetDisposalTally.band(1200)).isEqualTo(2);
    assertThat(StreetDisposalTally.band(2400)).isEqualTo(3);
    assertThat(StreetDisposalTally.band(2400.5)).isEqualTo(4);
    assertThat(StreetDisposalTally.band(86_400)).isEqualTo(4);
  }
}
