// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import org.patrolsim.dispatch.scenario.Scenario;

/**
 * The patrol cars a plan puts on duty in each hour of the day, as it asks for them: {@code
 * fleet.vehicles} around the clock plus each part-day group of {@code fleet.extraShifts} for the
 * part of the hour it is on duty (a group from 16.5 counts half in hour 16; one past midnight
 * wraps). Drives back to the station and jobs finished late are not counted (the run's {@code
 * vehicles.onDutyByHour} is what happened).
 */
public final class CarsPerHour {
  public static final int HOURS = 24;

  private CarsPerHour() {}

  /** 24 numbers, 00:00-01:00 first. */
  public static double[] of(Scenario.Fleet fleet) {
    double[] cars = new double[HOURS];
    java.util.Arrays.fill(cars, fleet.vehicles());
    for (Scenario.ExtraShift group : fleet.extraShifts()) {
      double start = group.startHour();
      double end = start + group.hours();
      for (int day = 0; day <= 1; day++) {
        for (int h = 0; h < HOURS; h++) {
          double from = h + day * HOURS;
          double overlap = Math.min(end, from + 1) - Math.max(start, from);
          if (overlap > 0) {
            cars[h] += overlap * group.cars();
          }
        }
      }
    }
    return cars;
  }
}
