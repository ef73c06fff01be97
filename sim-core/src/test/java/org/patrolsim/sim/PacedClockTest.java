// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The arithmetic of pacing: simulated time is continuous across pause, resume and speed changes.
 */
class PacedClockTest {

  private static final long HORIZON = 1_000_000;

  @Test
  void simulatedTimeIsSpeedTimesWallTimeSinceTheStart() {
    PacedClock pace = new PacedClock(new ManualWallClock(0), 4, 100);
    assertThat(pace.simulatedAt(100, 0, HORIZON)).isZero();
    assertThat(pace.simulatedAt(350, 0, HORIZON)).isEqualTo(1_000);
    assertThat(pace.simulatedAt(350, 2_000, HORIZON))
        .as("never before the last step")
        .isEqualTo(2_000);
    assertThat(pace.simulatedAt(10_000_000, 0, HORIZON))
        .as("never after the horizon")
        .isEqualTo(HORIZON);
  }

  @Test
  void theWakeUpTimeIsTheFirstWallTimeAtWhichTheTargetIsDue() {
    PacedClock pace = new PacedClock(new ManualWallClock(0), 3, 0);
    long due = pace.wallTimeOf(1_000);
    assertThat(pace.simulatedAt(due, 0, HORIZON)).isGreaterThanOrEqualTo(1_000);
    assertThat(pace.simulatedAt(due - 1, 0, HORIZON)).isLessThan(1_000);
  }

  @Test
  void pauseResumeAndSpeedChangesKeepSimulatedTimeContinuous() {
    PacedClock pace = new PacedClock(new ManualWallClock(0), 10, 0);
    pace.pause(100, 0, HORIZON);
    assertThat(pace.simulatedAt(5_000, 0, HORIZON)).isEqualTo(1_000);
    pace.resume(5_000);
    assertThat(pace.simulatedAt(5_050, 0, HORIZON)).isEqualTo(1_500);
    pace.changeSpeed(100, 5_050, 0, HORIZON);
    assertThat(pace.simulatedAt(5_050, 0, HORIZON)).isEqualTo(1_500);
    assertThat(pace.simulatedAt(5_060, 0, HORIZON)).isEqualTo(2_500);
  }
}
