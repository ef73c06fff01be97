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

  @Test
  void aPartDayCarIsOnDutyOnlyItsHoursEachDay() {
    ShiftPlan evening = new ShiftPlan(16 * HOUR, 24 * HOUR, 0, true, 0, 0, 4 * HOUR);
    assertThat(evening.partDay()).isTrue();
    assertThat(evening.onDutyAt(15 * HOUR + 59 * MIN)).isFalse();
    assertThat(evening.onDutyAt(16 * HOUR)).isTrue();
    assertThat(evening.onDutyAt(19 * HOUR + 59 * MIN)).isTrue();
    assertThat(evening.onDutyAt(20 * HOUR)).isFalse();
    assertThat(evening.onDutyAt(40 * HOUR)).isTrue(); // 16:00 on the second day
    assertThat(evening.nextChangeAfter(0)).isEqualTo(16 * HOUR);
    assertThat(evening.dutyEndAt(17 * HOUR)).isEqualTo(20 * HOUR);
    // hours over midnight: on duty at the run's start, until 02:00
    ShiftPlan night = new ShiftPlan(22 * HOUR, 24 * HOUR, 0, true, 0, 0, 4 * HOUR);
    assertThat(night.onDutyAt(0)).isTrue();
    assertThat(night.dutyEndAt(0)).isEqualTo(2 * HOUR);
    assertThat(night.onDutyAt(2 * HOUR)).isFalse();
    // an around-the-clock car is on duty at every instant
    ShiftPlan allDay = new ShiftPlan(6 * HOUR, 8 * HOUR, 20 * MIN, false, 30 * MIN, 4 * HOUR);
    assertThat(allDay.partDay()).isFalse();
    assertThat(allDay.onDutyAt(5 * HOUR)).isTrue();
    assertThat(allDay.onDutyAt(13 * HOUR + 59 * MIN)).isTrue();
  }
}
