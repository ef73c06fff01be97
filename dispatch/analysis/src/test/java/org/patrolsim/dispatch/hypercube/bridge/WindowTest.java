// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowTest {
  static final long H = 3_600_000L;

  @Test
  void aWindowCountsOnlyItsOwnTime() {
    Window w = new Window(2 * H, 50 * H, null);
    assertThat(w.overlapMs(0, 3 * H)).isEqualTo(H);
    assertThat(w.overlapMs(49 * H, 60 * H)).isEqualTo(H);
    assertThat(w.lengthMs()).isEqualTo(48 * H);
    assertThat(w.contains(2 * H)).isTrue();
    assertThat(w.contains(50 * H)).isFalse();
  }

  @Test
  void anHourOfTheDayCountsThatHourOfEveryDay() {
    Window w = new Window(0, 72 * H, 17);
    assertThat(w.lengthMs()).isEqualTo(3 * H);
    assertThat(w.overlapMs(17 * H + H / 2, 42 * H)).isEqualTo(H / 2 + H);
    assertThat(w.contains(41 * H + 1)).isTrue();
    assertThat(w.contains(42 * H)).isFalse();
  }
}
