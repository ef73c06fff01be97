// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang's formulas against values computed by hand and published tables. */
class ErlangTest {

  @Test
  void oneServerLossIsLoadOverOnePlusLoad() {
    assertThat(Erlang.lossProbability(1, 0.5)).isCloseTo(0.5 / 1.5, within(1e-15));
  }

  @Test
  void erlangBMatchesTheTableValueForTenServersAndEightErlangs() {
    // B(10, 8) = (8^10/10!) / sum_{k<=10} 8^k/k!  = 0.121661...
    assertThat(Erlang.lossProbability(10, 8)).isCloseTo(0.1216610, within(1e-6));
  }

  @Test
  void oneServerDelaySystemWaitsWithProbabilityRhoAndMeanRhoOverMuMinusLambda() {
    assertThat(Erlang.probabilityOfWaiting(1, 0.8)).isCloseTo(0.8, within(1e-12));
    // Wq = rho / (mu - lambda) = 0.8 / (1 - 0.8) service times
    assertThat(Erlang.meanWait(1, 0.8, 60_000)).isCloseTo(240_000, within(1e-6));
    assertThat(Erlang.utilisation(1, 0.8)).isEqualTo(0.8);
  }

  @Test
  void erlangCForThreeServersAtTwoErlangsIsFourNinths() {
    // C(3, 2) = (2^3/3! * 3/(3-2)) / (1 + 2 + 2 + 4) = 4 / 9
    assertThat(Erlang.probabilityOfWaiting(3, 2)).isCloseTo(4.0 / 9, within(1e-12));
  }

  @Test
  void delaySystemRejectsALoadAtOrAboveItsServers() {
    assertThatThrownBy(() -> Erlang.probabilityOfWaiting(2, 2.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("load");
  }
}
