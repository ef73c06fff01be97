// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.List;

/**
 * What the staffing screen of {@code optimise --car-hours} saw and proposed.
 *
 * @param budget the budget
 * @param tau the cars' busy hours per call, from the starting plan's first replications
 * @param reach the share of the cars on duty the screen counts, fitted to the starting plan's
 *     availabilityLoss
 * @param callsPerDay the calls a day of those replications
 * @param callsByHour the calls in each hour of the day, 00:00 first (callsPerDay spread by {@code
 *     incidents.hourlyProfile})
 * @param start the starting plan's staffing and its lost calls in the screen
 * @param curve the screen's best staffing for each number of cars around the clock, fewest first
 * @param candidates the staffings handed to the confirmation, by plan name
 */
public record StaffingReport(
    StaffingBudget budget,
    double tau,
    double reach,
    double callsPerDay,
    List<Double> callsByHour,
    Entry start,
    List<Entry> curve,
    List<Entry> candidates) {

  public StaffingReport {
    callsByHour = List.copyOf(callsByHour);
    curve = List.copyOf(curve);
    candidates = List.copyOf(candidates);
  }

  /**
   * A staffing and the calls a day the screen expects to find every car busy.
   *
   * @param plan the confirmation's name for it (empty on the curve)
   * @param staffing the staffing
   * @param lostCalls sum over hours of lambda_h B(c_h, lambda_h tau)
   */
  public record Entry(String plan, Staffing staffing, double lostCalls) {}

  /** The entry of plan {@code name}, or null when it is no staffing candidate. */
  public Entry candidate(String name) {
    if (start.plan().equals(name)) {
      return start;
    }
    return candidates.stream().filter(e -> e.plan().equals(name)).findFirst().orElse(null);
  }
}
