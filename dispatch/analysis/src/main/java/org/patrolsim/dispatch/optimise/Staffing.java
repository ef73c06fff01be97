// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * How many cars a plan has on duty when: {@code vehicles} around the clock ({@code fleet.vehicles})
 * and part-day shift groups on top ({@code fleet.extraShifts}).
 *
 * @param vehicles cars on duty 24 hours a day
 * @param shifts the part-day groups, each {@code cars} cars from {@code startHour} for {@code
 *     hours}
 */
public record Staffing(int vehicles, List<Shift> shifts) {
  static final int HOURS = 24;

  public Staffing {
    shifts = List.copyOf(shifts);
  }

  /**
   * A part-day group: {@code cars} cars on duty every day from {@code startHour} for {@code hours}.
   */
  public record Shift(double startHour, double hours, int cars) {}

  /** The staffing of a scenario's fleet. */
  public static Staffing of(Scenario.Fleet fleet) {
    List<Shift> shifts = new ArrayList<>();
    for (Scenario.ExtraShift x : fleet.extraShifts()) {
      shifts.add(new Shift(x.startHour(), x.hours(), x.cars()));
    }
    return new Staffing(fleet.vehicles(), shifts);
  }

  /** The staffing of a plan under confirmation. */
  static Staffing of(PostPlan plan) {
    return of(ScenarioLoader.fromJson(plan.name(), plan.scenarioJson()).scenario().fleet());
  }

  /** Car hours a day: vehicles x 24 plus cars x hours of each part-day group. */
  public double carHours() {
    double h = vehicles * (double) HOURS;
    for (Shift s : shifts) {
      h += s.cars() * s.hours();
    }
    return h;
  }

  /**
   * The cars on duty in each hour of the day, 00:00-01:00 first: a part-day group that covers part
   * of an hour counts for that part (a group past midnight wraps to the early hours).
   */
  public double[] carsByHour() {
    double[] c = new double[HOURS];
    java.util.Arrays.fill(c, vehicles);
    for (Shift s : shifts) {
      for (int h = 0; h < HOURS; h++) {
        c[h] += s.cars() * overlap(s.startHour(), s.hours(), h);
      }
    }
    return c;
  }

  /** The most cars on duty in any hour. */
  public double mostOnDuty() {
    double most = 0;
    for (double c : carsByHour()) {
      most = Math.max(most, c);
    }
    return most;
  }

  /** The part of hour {@code h} (of any day) within [start, start + hours) taken modulo 24. */
  static double overlap(double start, double hours, int h) {
    double total = 0;
    for (int day = -1; day <= 1; day++) {
      double lo = Math.max(start, h + day * (double) HOURS);
      double hi = Math.min(start + hours, h + 1 + day * (double) HOURS);
      total += Math.max(0, hi - lo);
    }
    return total;
  }
}
