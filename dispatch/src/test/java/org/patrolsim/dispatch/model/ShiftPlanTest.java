// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShiftPlanTest {
  static final long MIN = 60_000;
  static final long HOUR = 60 * MIN;

  @Test
  void threeEightHourShiftsFrom06ChangeAt06_14_22() {
    ShiftPlan plan = new ShiftPlan(6 * HOUR, 8 * HOUR, 20 * MIN, false, 30 * MIN, 4 * HOUR);
    assertThat(plan.nextChangeAfter(0)).isEqualTo(6 * HOUR);
    assertThat(plan.nextChangeAfter(6 * HOUR)).isEqualTo(14 * HOUR);
    assertThat(plan.nextChangeAfter(21 * HOUR)).isEqualTo(22 * HOUR);
    assertThat(plan.shiftStartAt(3 * HOUR)).isEqualTo(-2 * HOUR); // the night shift began at 22:00
    assertThat(plan.crewAt(3 * HOUR)).isEqualTo(-1);
    assertThat(plan.crewAt(6 * HOUR)).isEqualTo(0);
    assertThat(plan.crewAt(30 * HOUR)).isEqualTo(3);
  }

  @Test
  void eachCrewsMealIsDueItsOffsetIntoItsShift() {
    ShiftPlan plan = new ShiftPlan(7 * HOUR, 8 * HOUR, 0, true, 30 * MIN, 3 * HOUR + 30 * MIN);
    assertThat(plan.mealDueInShiftAt(8 * HOUR)).isEqualTo(10 * HOUR + 30 * MIN);
    assertThat(plan.mealDueInShiftAt(16 * HOUR)).isEqualTo(18 * HOUR + 30 * MIN);
    assertThat(plan.mealDueInShiftAt(2 * HOUR)).isEqualTo(2 * HOUR + 30 * MIN); // the crew of 23:00
  }
}
