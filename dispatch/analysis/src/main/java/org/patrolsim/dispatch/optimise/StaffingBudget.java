// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.Locale;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;

/**
 * {@code patrolsim optimise --car-hours H [--most-on-duty N]}: the budget of a staffing, in car
 * hours a day (cars around the clock x 24 plus cars x hours of each part-day shift), and the most
 * cars the force can have on duty at once (its vehicles).
 *
 * @param carHours car hours a day, at least one car around the clock (24)
 * @param mostOnDuty the most cars on duty in any hour
 * @param mostGroups the most part-day shift groups (distinct start hours) a staffing may add
 */
public record StaffingBudget(double carHours, int mostOnDuty, int mostGroups) {
  /**
   * {@code --shift-groups} when not given: four part-day groups, as many as the default plan's
   * staggered around-the-clock groups; a rota with a group for every hour is not one a force runs.
   */
  public static final int DEFAULT_GROUPS = 4;

  /** The most car hours a day {@code --car-hours} takes: a million cars around the clock. */
  static final double MOST_CAR_HOURS = 24e6;

  /**
   * {@code --most-on-duty} when not given: the starting plan's most cars on duty in any hour, plus
   * half, rounded up (a force keeps spare cars beside those on duty).
   */
  static final double DEFAULT_SPARE = 1.5;

  /**
   * The budget from the options ({@code mostOnDuty} null for the default), checked against the
   * starting plan: one line naming the option on a value it cannot use.
   */
  public static StaffingBudget of(
      double carHours, Integer mostOnDuty, int mostGroups, LoadedScenario start) {
    Scenario s = start.scenario();
    if (!(carHours >= Staffing.HOURS && carHours <= MOST_CAR_HOURS)) {
      throw new OptimiseInputError(
          "--car-hours: expected car hours a day from 24 (one car around the clock) to "
              + String.format(Locale.ROOT, "%.0f", MOST_CAR_HOURS)
              + ", got "
              + carHours);
    }
    if (s.incidents().replay() != null) {
      throw new OptimiseInputError(
          "--car-hours: "
              + start.source()
              + " replays recorded calls (incidents.replay); expected a plan that draws its calls"
              + " (incidents.perDay and incidents.hourlyProfile), which the staffing screen reads");
    }
    int most =
        mostOnDuty != null
            ? mostOnDuty
            : (int) Math.ceil(DEFAULT_SPARE * Staffing.of(s.fleet()).mostOnDuty() - 1e-9);
    if (most < 1 || most > MOST_CAR_HOURS / Staffing.HOURS) {
      throw new OptimiseInputError(
          "--most-on-duty: expected the cars the force can have on duty at once, at least 1, got "
              + most);
    }
    if (mostGroups < 1 || mostGroups > Staffing.HOURS) {
      throw new OptimiseInputError(
          "--shift-groups: expected the most part-day shift groups, 1 to 24 (one per start hour),"
              + " got "
              + mostGroups);
    }
    return new StaffingBudget(carHours, most, mostGroups);
  }

  /** Whether {@code staffing} keeps within the budget. */
  public boolean allows(Staffing staffing) {
    return staffing.carHours() <= carHours + 1e-9 && staffing.mostOnDuty() <= mostOnDuty + 1e-9;
  }
}
