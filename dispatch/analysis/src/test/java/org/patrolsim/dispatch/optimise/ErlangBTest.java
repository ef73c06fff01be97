// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Erlang B against the published loss table (e.g. Cooper, Introduction to Queueing Theory, 2nd ed.,
 * Table I; the same values in every Erlang B table): the load in erlangs that 10 and 20 servers
 * carry at 1 %, 2 % and 5 % loss, given to three decimals.
 */
class ErlangBTest {
  @Test
  void matchesThePublishedTable() {
    // the table's loads are rounded to 0.001 erlang: the loss agrees to about 1e-5
    assertThat(ErlangB.loss(10, 4.461)).isCloseTo(0.01, within(2e-5));
    assertThat(ErlangB.loss(10, 5.084)).isCloseTo(0.02, within(2e-5));
    assertThat(ErlangB.loss(10, 6.216)).isCloseTo(0.05, within(2e-5));
    assertThat(ErlangB.loss(20, 12.031)).isCloseTo(0.01, within(2e-5));
    assertThat(ErlangB.loss(20, 13.182)).isCloseTo(0.02, within(2e-5));
  }

  @Test
  void oneServerLosesTheShareItIsBusyAndNoServerLosesAll() {
    assertThat(ErlangB.loss(1, 3.0)).isCloseTo(0.75, within(1e-15));
    assertThat(ErlangB.loss(0, 3.0)).isEqualTo(1.0);
    assertThat(ErlangB.loss(5, 0.0)).isEqualTo(0.0);
  }

  @Test
  void aFractionalServerLiesOnTheLineBetweenItsNeighbours() {
    double low = ErlangB.loss(4, 3.0);
    double high = ErlangB.loss(5, 3.0);
    assertThat(ErlangB.loss(4.25, 3.0)).isCloseTo(low + 0.25 * (high - low), within(1e-15));
    assertThat(ErlangB.loss(4.0, 3.0)).isEqualTo(low);
  }
}
