// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The staffing screen's allocation against enumeration of every allocation, on calls shaped by the
 * default hourly profile: 40 a day (loads up to 1.9 erlangs, so ten cars make a difference in every
 * hour), 45 busy minutes a call.
 */
class StaffingScreenTest {
  private static final double[] PROFILE = {
    3.0, 2.4, 1.9, 1.5, 1.3, 1.4, 2.0, 3.0, 4.0, 4.6, 5.0, 5.2, 5.3, 5.2, 5.2, 5.3, 5.5, 5.8, 6.0,
    6.1, 5.9, 5.3, 4.5, 3.6
  };

  static double[] calls(double perDay) {
    double sum = 0;
    for (double p : PROFILE) {
      sum += p;
    }
    double[] c = new double[24];
    for (int h = 0; h < 24; h++) {
      c[h] = perDay * PROFILE[h] / sum;
    }
    return c;
  }

  @Test
  void marginalAllocationOverThreeShiftsThatDoNotOverlapIsWhatEnumerationFinds() {
    StaffingScreen screen = new StaffingScreen(calls(40), 0.75, 8, List.of(0, 8, 16));
    Staffing found = screen.best(0, 80, 100, 24);
    double best = Double.MAX_VALUE;
    int[] bestX = null;
    for (int a = 0; a <= 10; a++) {
      for (int b = 0; a + b <= 10; b++) {
        for (int c = 0; a + b + c <= 10; c++) {
          double lost = screen.lostCalls(cars(0, List.of(0, 8, 16), 8, a, b, c));
          if (lost < best) {
            best = lost;
            bestX = new int[] {a, b, c};
          }
        }
      }
    }
    assertThat(screen.lostCalls(found.carsByHour())).isCloseTo(best, within(1e-12));
    assertThat(found.shifts())
        .extracting(Staffing.Shift::cars)
        .containsExactly(bestX[0], bestX[1], bestX[2]);
  }

  @Test
  void overlappingShiftsEndWhereEnumerationDoes() {
    List<Integer> starts = List.of(0, 4, 8, 12, 16, 20);
    StaffingScreen screen = new StaffingScreen(calls(40), 0.75, 8, starts);
    Staffing found = screen.best(1, 24 + 80, 100, 24);
    double[] best = {Double.MAX_VALUE};
    enumerate(screen, starts, new int[6], 0, 10, best);
    assertThat(screen.lostCalls(found.carsByHour())).isCloseTo(best[0], within(1e-12));
  }

  private static void enumerate(
      StaffingScreen screen, List<Integer> starts, int[] x, int i, int left, double[] best) {
    if (i == x.length) {
      best[0] = Math.min(best[0], screen.lostCalls(cars(1, starts, 8, x)));
      return;
    }
    for (int k = 0; k <= left; k++) {
      x[i] = k;
      enumerate(screen, starts, x, i + 1, left - k, best);
    }
    x[i] = 0;
  }

  private static double[] cars(int vehicles, List<Integer> starts, double hours, int... x) {
    List<Staffing.Shift> shifts = new java.util.ArrayList<>();
    for (int b = 0; b < x.length; b++) {
      shifts.add(new Staffing.Shift(starts.get(b), hours, x[b]));
    }
    return new Staffing(vehicles, shifts).carsByHour();
  }

  @Test
  void neverSpendsMoreThanTheBudgetNorPutsMoreCarsOnDutyThanAllowed() {
    StaffingScreen screen = new StaffingScreen(calls(800), 0.9, 8, StaffingScreen.everyHour());
    StaffingBudget budget = new StaffingBudget(1152, 60, 24);
    for (int v = 1; v <= 48; v++) {
      Staffing s = screen.best(v, budget.carHours(), budget.mostOnDuty(), budget.mostGroups());
      assertThat(budget.allows(s)).as("%d cars around the clock: %s", v, s).isTrue();
      assertThat(s.vehicles()).isEqualTo(v);
      // what is left is less than one more part-day shift, unless no shift has room for a car
      assertThat(budget.carHours() - s.carHours() < 8 || noRoom(s.carsByHour(), 60))
          .as("%s", s)
          .isTrue();
    }
    assertThat(screen.best(49, 1152, 60, 24)).isNull();
    assertThat(screen.best(30, 1152, 29, 24)).isNull();
  }

  private static boolean noRoom(double[] c, int most) {
    for (int start = 0; start < 24; start++) {
      boolean room = true;
      for (int k = 0; k < 8; k++) {
        room &= c[(start + k) % 24] + 1 <= most;
      }
      if (room) {
        return false;
      }
    }
    return true;
  }

  @Test
  void aCapOnPartDayGroupsKeepsTheBudgetInFewerGroupsAtSomeCost() {
    StaffingScreen screen = new StaffingScreen(calls(800), 0.9, 8, StaffingScreen.everyHour());
    Staffing free = screen.best(22, 1152, 72, 24);
    assertThat(free.shifts()).hasSizeGreaterThan(4);
    for (int groups = 1; groups <= 4; groups++) {
      Staffing capped = screen.best(22, 1152, 72, groups);
      assertThat(capped.shifts())
          .as("%d groups: %s", groups, capped)
          .hasSizeLessThanOrEqualTo(groups);
      assertThat(new StaffingBudget(1152, 72, groups).allows(capped)).as("%s", capped).isTrue();
      assertThat(screen.lostCalls(capped.carsByHour()))
          .isGreaterThanOrEqualTo(screen.lostCalls(free.carsByHour()) - 1e-9);
    }
    assertThat(screen.lostCalls(screen.best(22, 1152, 72, 4).carsByHour()))
        .isLessThan(screen.lostCalls(screen.best(22, 1152, 72, 1).carsByHour()));
  }

  @Test
  void theSameInputGivesTheSameStaffing() {
    Staffing a =
        new StaffingScreen(calls(800), 0.9, 8, StaffingScreen.everyHour()).best(36, 1152, 72, 24);
    Staffing b =
        new StaffingScreen(calls(800), 0.9, 8, StaffingScreen.everyHour()).best(36, 1152, 72, 24);
    assertThat(a).isEqualTo(b);
    assertThat(a.shifts()).isNotEmpty();
  }

  @Test
  void moreCarsWhereTheCallsAreLosesFewerThanTheSameCarHoursAroundTheClock() {
    StaffingScreen screen = new StaffingScreen(calls(800), 0.9, 8, StaffingScreen.everyHour());
    Staffing flat = new Staffing(48, List.of());
    Staffing shaped = screen.best(36, 1152, 72, 24);
    assertThat(shaped.carHours()).isLessThanOrEqualTo(flat.carHours());
    assertThat(screen.lostCalls(shaped.carsByHour()))
        .isLessThan(screen.lostCalls(flat.carsByHour()));
  }

  @Test
  void theFittedReachLosesAsManyCallsAsTheStartDid() {
    StaffingScreen screen = new StaffingScreen(calls(800), 0.53, 8, StaffingScreen.everyHour());
    double[] start = new Staffing(48, List.of()).carsByHour();
    double allCars = screen.lostCalls(start);
    screen.fitReach(start, 8.3);
    assertThat(screen.reach()).isStrictlyBetween(0.0, 1.0);
    assertThat(screen.lostCalls(start)).isCloseTo(8.3, within(1e-9));
    assertThat(allCars).isLessThan(8.3);
    // fewer lost in the simulation than with every car in the screen: every car counts
    screen.fitReach(start, allCars / 2);
    assertThat(screen.reach()).isEqualTo(1.0);
  }

  @Test
  void theCandidatesAreTheBestWithMostCarsAroundTheClockThenSpreadTowardsTheStart() {
    List<StaffingReport.Entry> curve = new java.util.ArrayList<>();
    double[] lost = {0.3, 0.3, 0.3, 0.4, 0.6, 0.9, 1.4, 2.0, 3.0, 5.0};
    for (int v = 1; v <= 10; v++) {
      curve.add(new StaffingReport.Entry("", new Staffing(v, List.of()), lost[v - 1]));
    }
    assertThat(StaffingStep.spread(curve, 10))
        .extracting(e -> e.staffing().vehicles())
        .containsExactly(3, 5, 8);
    assertThat(StaffingStep.spread(curve, 3))
        .extracting(e -> e.staffing().vehicles())
        .containsExactly(3);
  }
}
