// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The congestion multiplier is continuous over the day and passes through the hourly values. */
class CongestionProfileTest {
  static final CongestionProfile WEEKDAY = CongestionProfile.typicalWeekday();

  @Test
  void atTheMiddleOfEachHourTheMultiplierIsThatHoursValue() {
    for (int h = 0; h < 24; h++) {
      assertThat(WEEKDAY.multiplierAt(h * 3600 + 1800)).isEqualTo(WEEKDAY.multiplier(h));
      assertThat(TravelConditions.FREE_FLOW.withCongestion(WEEKDAY).atHour(h).timeMultiplier())
          .isEqualTo(WEEKDAY.multiplier(h));
    }
  }

  @Test
  void theMultiplierHasNoStepAtAnHourBoundary() {
    for (int h = 0; h < 24; h++) {
      double boundary = h * 3600;
      double before = WEEKDAY.multiplierAt(boundary - 0.001);
      double after = WEEKDAY.multiplierAt(boundary);
      assertThat(after).isCloseTo(before, within(1e-6));
      // at the boundary, halfway between the two hours' values
      assertThat(after)
          .isCloseTo((WEEKDAY.multiplier(h - 1) + WEEKDAY.multiplier(h)) / 2, within(1e-12));
    }
    // 17:59 and 18:00 differ by a minute's change (17:30 is 1.5, 18:30 is 1.35), not by the hours'
    // step
    double perMinute = (1.5 - 1.35) / 60;
    assertThat(WEEKDAY.multiplierAt(17 * 3600 + 59 * 60) - WEEKDAY.multiplierAt(18 * 3600))
        .isCloseTo(perMinute, within(1e-12));
  }

  @Test
  void itWrapsAtMidnight() {
    CongestionProfile lateRush =
        CongestionProfile.of(
            2.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.0);
    // from 23:30 (1.0) to 00:30 (2.0), through midnight
    assertThat(lateRush.multiplierAt(0)).isCloseTo(1.5, within(1e-12));
    assertThat(lateRush.multiplierAt(86_400)).isCloseTo(1.5, within(1e-12));
    assertThat(lateRush.multiplierAt(23 * 3600 + 45 * 60)).isCloseTo(1.25, within(1e-12));
    assertThat(lateRush.multiplierAt(15 * 60)).isCloseTo(1.75, within(1e-12));
    assertThat(lateRush.multiplierAt(-15 * 60))
        .isEqualTo(lateRush.multiplierAt(23 * 3600 + 45 * 60));
    assertThat(new TravelConditions(1.0, lateRush, 15 * 60).timeMultiplier())
        .isCloseTo(1.75, within(1e-12));
  }
}
