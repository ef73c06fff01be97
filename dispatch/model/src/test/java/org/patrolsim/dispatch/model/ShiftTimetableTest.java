// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.LatLon;

/** The shift and meal timetable of a fleet whose 48 beats lie on an 8 x 6 grid, 1 km apart. */
class ShiftTimetableTest {
  static final long MIN = 60_000;
  static final long HOUR = 60 * MIN;

  static List<LatLon> gridOfBeats(int cols, int rows) {
    List<LatLon> centres = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        centres.add(new LatLon(45 + r * 0.009, 10 + c * 0.0127));
      }
    }
    return centres;
  }

  static ShiftTimetable.Planned plan(String... overrides) {
    LoadedScenario loaded = ScenarioLoader.loadDefault(List.of(overrides));
    return ShiftTimetable.plan(loaded, gridOfBeats(8, 6));
  }

  /** The minutes of the 8-hour cycle during which car {@code car} eats. */
  static boolean[] eating(ShiftPlan p) {
    boolean[] at = new boolean[(int) (p.shiftMs() / MIN)];
    long start = Math.floorMod(p.firstStartMs() + p.mealOffsetMs(), p.shiftMs()) / MIN;
    for (long m = 0; m < p.mealMs() / MIN; m++) {
      at[(int) ((start + m) % at.length)] = true;
    }
    return at;
  }

  @Test
  void carsAreSpreadEvenlyOverTheStaggeredShiftGroupsWithNeighboursInDifferentGroups() {
    ShiftTimetable.Planned planned = plan();
    int[] size = new int[4];
    Arrays.stream(planned.groups()).forEach(g -> size[g]++);
    assertThat(size).containsExactly(12, 12, 12, 12);
    List<int[]> neighbours = ShiftTimetable.neighbours(gridOfBeats(8, 6));
    for (int car = 0; car < 48; car++) {
      for (int other : neighbours.get(car)) {
        assertThat(planned.groups()[other])
            .as("cars %d and %d are neighbours", car, other)
            .isNotEqualTo(planned.groups()[car]);
      }
    }
    assertThat(planned.plans())
        .extracting(ShiftPlan::firstStartMs)
        .containsOnly(6 * HOUR, 7 * HOUR, 8 * HOUR, 9 * HOUR);
  }

  @Test
  void atMostTheSetShareOfCarsEatsAtOnceAndNeighboursNeverTogether() {
    ShiftTimetable.Planned planned = plan();
    assertThat(planned.mealCapacity()).isEqualTo(6); // 12.5 % of 48
    int[] load = new int[8 * 60];
    List<boolean[]> eating = planned.plans().stream().map(ShiftTimetableTest::eating).toList();
    for (boolean[] at : eating) {
      for (int m = 0; m < load.length; m++) {
        load[m] += at[m] ? 1 : 0;
      }
    }
    assertThat(Arrays.stream(load).max().orElseThrow())
        .isEqualTo(planned.mealPeak())
        .isLessThanOrEqualTo(6);
    List<int[]> neighbours = ShiftTimetable.neighbours(gridOfBeats(8, 6));
    for (int car = 0; car < 48; car++) {
      for (int other : neighbours.get(car)) {
        for (int m = 0; m < load.length; m++) {
          assertThat(eating.get(car)[m] && eating.get(other)[m])
              .as("neighbours %d and %d at minute %d", car, other, m)
              .isFalse();
        }
      }
    }
    for (ShiftPlan p : planned.plans()) {
      assertThat(p.mealOffsetMs()).isBetween(3 * HOUR, 6 * HOUR - 30 * MIN);
    }
  }

  @Test
  void theCarIndexPlanKeepsTheEarlierFifteenMinuteStagger() {
    ShiftTimetable.Planned planned =
        plan(
            "fleet.mealPlan=car-index",
            "fleet.mealBreakAfterHours=4",
            "fleet.shiftStartHours=[6]",
            "fleet.handover=field",
            "fleet.handoverMinutes=20");
    assertThat(planned.plans())
        .extracting(ShiftPlan::mealOffsetMs)
        .startsWith(
            4 * HOUR, 4 * HOUR + 15 * MIN, 4 * HOUR + 30 * MIN, 4 * HOUR + 45 * MIN, 4 * HOUR);
    assertThat(planned.plans()).extracting(ShiftPlan::firstStartMs).containsOnly(6 * HOUR);
    assertThat(planned.plans().get(0).handoverGapMs()).isEqualTo(20 * MIN);
    assertThat(planned.plans().get(0).handoverAtStation()).isFalse();
  }

  @Test
  void overlapShortensTheHandOverGapAndCoversItEntirely() {
    assertThat(
            plan("fleet.handoverMinutes=20", "fleet.overlapMinutes=5")
                .plans()
                .get(0)
                .handoverGapMs())
        .isEqualTo(15 * MIN);
    assertThat(
            plan("fleet.handoverMinutes=20", "fleet.overlapMinutes=20")
                .plans()
                .get(0)
                .handoverGapMs())
        .isZero();
    assertThat(
            plan("fleet.handoverMinutes=20", "fleet.overlapMinutes=45")
                .plans()
                .get(0)
                .handoverGapMs())
        .isZero();
  }

  @Test
  void aShareThatCannotSeatEveryMealIsTheUsersMistakeNamingTheField() {
    assertThatThrownBy(() -> plan("fleet.maxShareOnMealBreak=0.02", "fleet.mealWindowHours=1"))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining(
            "default scenario: fleet.maxShareOnMealBreak: expected a share that seats every crew's")
        .hasMessageContaining("allows 1 on a break at once");
  }

  @Test
  void byDefaultAnyFleetFromOneCarUpIsSeatedEvenInOneShiftGroup() {
    for (int cars : new int[] {1, 2, 8, 13}) {
      LoadedScenario loaded =
          ScenarioLoader.loadDefault(
              List.of("fleet.vehicles=" + cars, "fleet.shiftStartHours=[7]"));
      ShiftTimetable.Planned planned = ShiftTimetable.plan(loaded, gridOfBeats(cars, 1));
      // a 3-hour window holds six 30-minute meals; one shift group of n cars needs ceil(n / 6)
      int needed = (cars + 5) / 6;
      assertThat(planned.mealPeak()).as(cars + " cars").isEqualTo(needed);
      assertThat(planned.mealCapacity()).as(cars + " cars").isEqualTo(Math.max(1, needed));
      assertThat(planned.plans()).as(cars + " cars").allMatch(p -> p.mealMs() == 30 * MIN);
    }
    assertThatThrownBy(
            () ->
                ShiftTimetable.plan(
                    ScenarioLoader.loadDefault(
                        List.of(
                            "fleet.vehicles=8",
                            "fleet.shiftStartHours=[7]",
                            "fleet.maxShareOnMealBreak=0.125")),
                    gridOfBeats(8, 1)))
        .as("a share given is kept")
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining(
            "0.125 of 8 cars allows 1 on a break at once, but the windows need 2");
  }

  @Test
  void aPartDayCrewEatsOnlyWhenOnDutyLongerThanSixHoursStaggeredThroughItsWindow() {
    Scenario.Fleet fleet = ScenarioLoader.loadDefault(List.of()).scenario().fleet();
    List<ShiftPlan> evening = ShiftTimetable.partDay(fleet, new Scenario.ExtraShift(16.0, 4.0, 3));
    assertThat(evening)
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.mealMs()).isZero();
              assertThat(p.firstStartMs()).isEqualTo(16 * HOUR);
              assertThat(p.dutyMs()).isEqualTo(4 * HOUR);
              assertThat(p.shiftMs()).isEqualTo(24 * HOUR);
              assertThat(p.handoverGapMs()).isZero();
            });
    assertThat(ShiftTimetable.partDay(fleet, new Scenario.ExtraShift(10.0, 6.0, 1)).get(0).mealMs())
        .isZero();
    // 8 hours: a 30-minute meal from 3 hours in, the cars one meal apart through the 3-hour window
    // (6 slots)
    List<ShiftPlan> day = ShiftTimetable.partDay(fleet, new Scenario.ExtraShift(9.0, 8.0, 8));
    assertThat(day).extracting(ShiftPlan::mealMs).containsOnly(30 * MIN);
    assertThat(day)
        .extracting(ShiftPlan::mealOffsetMs)
        .containsExactly(
            3 * HOUR,
            3 * HOUR + 30 * MIN,
            4 * HOUR,
            4 * HOUR + 30 * MIN,
            5 * HOUR,
            5 * HOUR + 30 * MIN,
            3 * HOUR,
            3 * HOUR + 30 * MIN);
    // never past the end of the duty: from 5 hours in, a 6.5-hour duty has room for meals up to
    // 6:00 in
    Scenario.Fleet late =
        ScenarioLoader.loadDefault(List.of("fleet.mealBreakAfterHours=5")).scenario().fleet();
    List<ShiftPlan> short6 = ShiftTimetable.partDay(late, new Scenario.ExtraShift(9.0, 6.5, 4));
    assertThat(short6)
        .extracting(ShiftPlan::mealOffsetMs)
        .containsExactly(5 * HOUR, 5 * HOUR + 30 * MIN, 6 * HOUR, 6 * HOUR);
    assertThat(short6)
        .allSatisfy(p -> assertThat(p.mealOffsetMs() + p.mealMs()).isLessThanOrEqualTo(p.dutyMs()));
  }
}
