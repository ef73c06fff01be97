// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import java.util.Locale;
import org.patrolsim.dispatch.hypercube.ExactHypercubeSolver;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.LarsonApproximation;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.scenario.ScenarioError;

/**
 * The analytic screen of a plan: its hypercube solved exactly (up to {@link
 * ExactHypercubeSolver#MAX_UNITS} cars) or by Larson's approximation (more cars, or when asked).
 *
 * <p>The service rate is one over the mean busy time of a dispatch. With {@code fleet.busyTime:
 * exponential} that is the plan's mean. With the model's own busy time it is the mean time on scene
 * plus the mean drive out, and the drive out depends on which cars the solution sends (a busy
 * neighbour sends a farther car): the screen solves busy time = time on scene + mean travel time of
 * the solution at that busy time by the secant method, to 1e-6 of the busy time (a few solutions;
 * travel is a small part of it; with the exact solver, starting from the busy time of Larson's
 * approximation, which is cheap and close).
 *
 * @param plan the plan's hypercube
 * @param solution the solution at the busy time below
 * @param busyMinutes the mean busy time of a dispatch the solution uses
 * @param solutions how many solutions the busy time took (1 with an exponential busy time)
 */
public record PlanScreen(
    PlanHypercube plan, HypercubeSolution solution, double busyMinutes, int solutions) {
  private static final int MAX_SOLUTIONS = 50;
  private static final double TOLERANCE = 1e-6;

  /**
   * Solves {@code plan}; {@code approximate} asks for Larson's approximation whatever the number of
   * cars.
   */
  public static PlanScreen solve(PlanHypercube plan, boolean approximate) {
    boolean exact = !approximate && plan.units() <= ExactHypercubeSolver.MAX_UNITS;
    if (plan.busy().exponential()) {
      return new PlanScreen(
          plan, solve(plan, plan.busy().meanMinutes(), exact, null), plan.busy().meanMinutes(), 1);
    }
    // b = onScene + travel(b), solved by the secant method on h(b) = onScene + travel(b) - b; for
    // the
    // exact solver, from the busy time Larson's approximation gives (cheap, and close)
    double onScene = plan.busy().meanMinutes();
    double busy = exact ? solve(plan, true).busyMinutes() : onScene + nearestTravelMinutes(plan);
    HypercubeSolution s = solve(plan, busy, exact, null);
    double previousBusy = Double.NaN;
    double previousGap = Double.NaN;
    for (int i = 1; i <= MAX_SOLUTIONS; i++) {
      double implied = onScene + s.travelTimes().orElseThrow().overall();
      double gap = implied - busy;
      if (Math.abs(gap) <= TOLERANCE * implied) {
        return new PlanScreen(plan, s, busy, i);
      }
      double next =
          Double.isNaN(previousBusy) || gap == previousGap
              ? implied
              : busy - gap * (busy - previousBusy) / (gap - previousGap);
      previousBusy = busy;
      previousGap = gap;
      busy = next > onScene ? next : implied;
      s = solve(plan, busy, exact, s);
    }
    throw new IllegalStateException(
        "the busy time of " + plan.source() + " did not settle in " + MAX_SOLUTIONS + " solutions");
  }

  /**
   * Solves at this busy time, starting from {@code previous}, the solution at a nearby one (or
   * null).
   */
  private static HypercubeSolution solve(
      PlanHypercube plan, double busyMinutes, boolean exact, HypercubeSolution previous) {
    if (plan.capacity() == LineCapacity.INFINITE
        && plan.dispatchesPerHour() * busyMinutes / 60 >= plan.units()) {
      String where =
          plan.hour() == null ? "incidents.perDay" : "incidents.hourlyProfile[" + plan.hour() + "]";
      throw new ScenarioError(
          String.format(
              Locale.ROOT,
              "%s: %s: %.1f dispatches an hour, each keeping a car busy"
                  + " %.1f min on average, need %.1f cars, and the plan has %d: with dispatch.whenNoCarFree: wait the queue"
                  + " of waiting calls grows without end (no steady state); expected fewer calls or more cars",
              plan.source(),
              where,
              plan.dispatchesPerHour(),
              busyMinutes,
              plan.dispatchesPerHour() * busyMinutes / 60,
              plan.units()));
    }
    HypercubeSpec spec = plan.spec(busyMinutes);
    return exact
        ? ExactHypercubeSolver.solve(spec)
        : LarsonApproximation.solve(spec, previous == null ? null : previous.workloads());
  }

  /**
   * The mean road time to a call from the car first on its list: where the busy-time iteration
   * starts.
   */
  private static double nearestTravelMinutes(PlanHypercube plan) {
    double sum = 0;
    for (PlanAtom a : plan.atoms()) {
      int first = a.preference()[0];
      double t = a.travelMinutes()[first];
      sum += a.share() * (Double.isFinite(t) ? t : plan.longestRoadMinutes());
    }
    return sum;
  }

  /**
   * The probability that no car is free: a call waits (infinite queue) or goes to a station (zero
   * capacity).
   */
  public double probabilityNoCarFree() {
    return solution.probAllBusy();
  }

  /** The mean road time of a dispatch, minutes, cars leaving from their homes. */
  public double meanTravelMinutes() {
    return solution.travelTimes().orElseThrow().overall();
  }

  /**
   * The street-disposal share patrol availability allows: the types' ceiling times the share of
   * calls a car takes (all of them when calls wait for a car; without a free car a call goes to the
   * station).
   */
  public double streetDisposalAllowed() {
    return plan.capacity() == LineCapacity.ZERO
        ? plan.streetCeiling() * (1 - solution.probAllBusy())
        : plan.streetCeiling();
  }
}
