// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/** Car hours and cars per hour of a staffing, a staffing written into a plan, and the budget. */
class StaffingTest {
  @Test
  void countsCarHoursAndCarsPerHourWithAShiftPastMidnightAndHalfAnHour() {
    Staffing s =
        new Staffing(10, List.of(new Staffing.Shift(20, 8, 3), new Staffing.Shift(16.5, 2, 4)));
    assertThat(s.carHours()).isEqualTo(10 * 24 + 3 * 8 + 4 * 2);
    double[] c = s.carsByHour();
    assertThat(c[0]).isEqualTo(13);
    assertThat(c[3]).isEqualTo(13);
    assertThat(c[4]).isEqualTo(10);
    assertThat(c[16]).isEqualTo(12);
    assertThat(c[17]).isEqualTo(14);
    assertThat(c[18]).isEqualTo(12);
    assertThat(c[19]).isEqualTo(10);
    assertThat(c[20]).isEqualTo(13);
    assertThat(s.mostOnDuty()).isEqualTo(14);
    double sum = 0;
    for (double x : c) {
      sum += x;
    }
    assertThat(sum).isEqualTo(s.carHours());
  }

  @Test
  void aStaffingWrittenIntoTheDefaultPlanValidatesAndReadsBack() {
    LoadedScenario start =
        ScenarioLoader.loadDefault(
            List.of("fleet.patrolByShiftGroup=[roam, hotspots, roam, roam]"));
    Staffing s =
        new Staffing(36, List.of(new Staffing.Shift(9, 8, 6), new Staffing.Shift(16, 8, 12)));
    LoadedScenario plan = StaffingPlan.of(start, "staffing-1", s);
    assertThat(Staffing.of(plan.scenario().fleet())).isEqualTo(s);
    assertThat(plan.scenario().fleet().patrolByShiftGroup()).hasSize(6);
    assertThat(plan.scenario().fleet().patrolOf(1)).isEqualTo(start.scenario().fleet().patrolOf(1));
    assertThat(plan.scenario().fleet().patrolOf(5)).isEqualTo(start.scenario().fleet().patrol());
    // the plan as optimise writes it (JSON) reads back as the same scenario
    LoadedScenario again = ScenarioLoader.fromJson("again", ScenarioLoader.toJson(plan.scenario()));
    assertThat(again.scenario()).isEqualTo(plan.scenario());
    PostPlan post = StaffingPlan.plan(start, "staffing-1", s, List.of(), null);
    assertThat(Staffing.of(post)).isEqualTo(s);
  }

  @Test
  void theStartsCarHoursAreCountedTheSameWay() {
    LoadedScenario start =
        ScenarioLoader.loadDefault(
            List.of("fleet.extraShifts=[{startHour: 16, hours: 4, cars: 12}]"));
    assertThat(Staffing.of(start.scenario().fleet()).carHours()).isEqualTo(48 * 24 + 12 * 4);
    StaffingBudget budget = StaffingBudget.of(1152, null, StaffingBudget.DEFAULT_GROUPS, start);
    // default: the start's most on duty (60) x 1.5
    assertThat(budget.mostOnDuty()).isEqualTo(90);
    assertThat(budget.allows(Staffing.of(start.scenario().fleet()))).isFalse();
    assertThat(budget.allows(new Staffing(48, List.of()))).isTrue();
  }

  @Test
  void aBudgetBelowOneCarAroundTheClockIsOneLine() {
    LoadedScenario start = ScenarioLoader.loadDefault(List.of());
    assertThatThrownBy(() -> StaffingBudget.of(23.5, null, StaffingBudget.DEFAULT_GROUPS, start))
        .isInstanceOf(OptimiseInputError.class)
        .hasMessage(
            "--car-hours: expected car hours a day from 24 (one car around the clock) to 24000000,"
                + " got 23.5");
    assertThatThrownBy(
            () -> StaffingBudget.of(Double.NaN, null, StaffingBudget.DEFAULT_GROUPS, start))
        .hasMessageStartingWith("--car-hours: expected car hours a day from 24");
    assertThatThrownBy(() -> StaffingBudget.of(1152, 0, StaffingBudget.DEFAULT_GROUPS, start))
        .hasMessageStartingWith("--most-on-duty: expected the cars the force can have on duty");
  }
}
