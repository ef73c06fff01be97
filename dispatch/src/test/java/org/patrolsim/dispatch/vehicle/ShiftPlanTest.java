// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.scenario.Scenario;

class ShiftPlanTest {
  static final long MIN = 60_000;
  static final long HOUR = 60 * MIN;

  static Scenario.Fleet fleet(double shiftHours, double handover, double overlap) {
    return new Scenario.Fleet(48, shiftHours, 6.0, handover, overlap, 30.0, 4.0, "roam", 0.6, 10.0, null, null);
  }

  @Test
  void threeEightHourShiftsChangeAt06_14_22() {
    ShiftPlan plan = ShiftPlan.of(fleet(8, 20, 0), 0);
    assertThat(plan.nextChangeAfter(0)).isEqualTo(6 * HOUR);
    assertThat(plan.nextChangeAfter(6 * HOUR)).isEqualTo(14 * HOUR);
    assertThat(plan.nextChangeAfter(21 * HOUR)).isEqualTo(22 * HOUR);
    assertThat(plan.shiftStartAt(3 * HOUR)).isEqualTo(-2 * HOUR); // the night shift began at 22:00
    assertThat(plan.handoverGapMs()).isEqualTo(20 * MIN);
  }

  @Test
  void overlapShortensTheHandOverGapAndCoversItEntirely() {
    assertThat(ShiftPlan.of(fleet(12, 20, 5), 0).handoverGapMs()).isEqualTo(15 * MIN);
    assertThat(ShiftPlan.of(fleet(12, 20, 20), 0).handoverGapMs()).isZero();
    assertThat(ShiftPlan.of(fleet(12, 20, 45), 0).handoverGapMs()).isZero();
  }

  @Test
  void mealBreaksAreStaggeredByCar() {
    assertThat(ShiftPlan.of(fleet(8, 20, 0), 0).mealDueInShiftAt(7 * HOUR)).isEqualTo(10 * HOUR);
    assertThat(ShiftPlan.of(fleet(8, 20, 0), 1).mealDueInShiftAt(7 * HOUR)).isEqualTo(10 * HOUR + 15 * MIN);
    assertThat(ShiftPlan.of(fleet(8, 20, 0), 4).mealDueInShiftAt(7 * HOUR)).isEqualTo(10 * HOUR);
  }
}
