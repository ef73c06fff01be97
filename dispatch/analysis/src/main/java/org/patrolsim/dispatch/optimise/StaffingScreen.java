// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.List;

/**
 * The staffing screen (docs/MODEL.md section 10): the calls a day that find every car on duty busy,
 * sum over hours h of lambda_h B(c_h, lambda_h tau), each hour an Erlang loss system (B, not C: a
 * call no car takes goes to a station team, it does not wait for a car), with lambda_h the calls in
 * hour h, tau the cars' busy hours per call and c_h the cars on duty. For a given number of cars
 * around the clock it spends the rest of a car-hours budget on part-day shifts, one car at a time
 * where it removes the most lost calls (marginal allocation, Fox 1966), then moves single cars
 * between shifts while that removes more (shifts overlap, so the greedy step alone is exact only
 * when they do not).
 *
 * <p>A call is lost in the simulation when no free car can reach it in time, not only when none is
 * free: meals, hand-overs and distance take cars out of reach. The screen therefore counts a share
 * {@code reach} of the cars on duty, fitted so that it loses as many calls with the starting plan's
 * cars as the starting plan's replications did ({@link #fitReach}).
 */
final class StaffingScreen {
  private static final double TOLERANCE = 1e-12;

  private final double[] calls;
  private final double tau;
  private final double shiftHours;
  private final int[] starts;
  private final double[][] cover;
  private double reach = 1;

  /**
   * @param callsByHour the calls in each hour of the day, 00:00 first
   * @param tau hours a car is busy per call
   * @param shiftHours the length of a part-day shift
   * @param starts the hours a part-day shift may start
   */
  StaffingScreen(double[] callsByHour, double tau, double shiftHours, List<Integer> starts) {
    if (callsByHour.length != Staffing.HOURS) {
      throw new IllegalArgumentException("expected 24 hourly call rates");
    }
    this.calls = callsByHour.clone();
    this.tau = tau;
    this.shiftHours = shiftHours;
    this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
    this.cover = new double[this.starts.length][Staffing.HOURS];
    for (int b = 0; b < this.starts.length; b++) {
      for (int h = 0; h < Staffing.HOURS; h++) {
        cover[b][h] = Staffing.overlap(this.starts[b], shiftHours, h);
      }
    }
  }

  /** Every whole hour of the day as a start. */
  static List<Integer> everyHour() {
    List<Integer> all = new ArrayList<>();
    for (int h = 0; h < Staffing.HOURS; h++) {
      all.add(h);
    }
    return all;
  }

  double tau() {
    return tau;
  }

  /** The share of the cars on duty the screen counts as able to take a call. */
  double reach() {
    return reach;
  }

  /**
   * Fits {@link #reach} so that the screen loses {@code lostCalls} a day with {@code carsByHour}
   * (bisection; the loss falls as the reach grows): 1 when even all cars lose more in the screen,
   * or nothing was lost.
   */
  void fitReach(double[] carsByHour, double lostCalls) {
    reach = 1;
    if (!(lostCalls > lostCalls(carsByHour))) {
      return;
    }
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; i++) {
      reach = (lo + hi) / 2;
      if (lostCalls(carsByHour) > lostCalls) {
        lo = reach;
      } else {
        hi = reach;
      }
    }
    reach = (lo + hi) / 2;
  }

  /** The expected calls a day that find every car on duty busy, with cars {@code carsByHour}. */
  double lostCalls(double[] carsByHour) {
    double lost = 0;
    for (int h = 0; h < Staffing.HOURS; h++) {
      lost += lost(h, carsByHour[h]);
    }
    return lost;
  }

  private double lost(int h, double cars) {
    return calls[h] == 0 ? 0 : calls[h] * ErlangB.loss(reach * cars, calls[h] * tau);
  }

  /**
   * The staffing with {@code vehicles} cars around the clock and part-day shifts that loses fewest
   * calls in the screen within {@code carHours} a day, {@code mostOnDuty} cars on duty at once and
   * at most {@code mostGroups} part-day groups (start hours); null when the cars around the clock
   * alone break the budget or the cap. With too many groups, the group with the fewest cars is
   * closed and the budget allocated again over the rest, until few enough are left (a heuristic:
   * the exact choice of groups is a cardinality-constrained problem the greedy step does not
   * solve).
   */
  Staffing best(int vehicles, double carHours, int mostOnDuty, int mostGroups) {
    if (vehicles * (double) Staffing.HOURS > carHours + TOLERANCE || vehicles > mostOnDuty) {
      return null;
    }
    boolean[] open = new boolean[starts.length];
    java.util.Arrays.fill(open, true);
    int[] x = allocate(vehicles, carHours, mostOnDuty, open);
    while (groups(x) > mostGroups) {
      int least = -1;
      for (int b = 0; b < starts.length; b++) {
        if (x[b] > 0 && (least < 0 || x[b] < x[least])) {
          least = b;
        }
      }
      open[least] = false;
      x = allocate(vehicles, carHours, mostOnDuty, open);
    }
    List<Staffing.Shift> shifts = new ArrayList<>();
    for (int b = 0; b < starts.length; b++) {
      if (x[b] > 0) {
        shifts.add(new Staffing.Shift(starts[b], shiftHours, x[b]));
      }
    }
    return new Staffing(vehicles, shifts);
  }

  private static int groups(int[] x) {
    int n = 0;
    for (int v : x) {
      n += v > 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * Cars per part-day shift, over the starts still {@code open}: marginal allocation of the budget
   * left after the cars around the clock, then single-car moves.
   */
  private int[] allocate(int vehicles, double carHours, int mostOnDuty, boolean[] open) {
    int[] x = new int[starts.length];
    double[] c = new double[Staffing.HOURS];
    java.util.Arrays.fill(c, vehicles);
    int affordable = (int) Math.floor((carHours - vehicles * Staffing.HOURS) / shiftHours + 1e-9);
    for (int k = 0; k < affordable; k++) {
      int pick = -1;
      double bestGain = -1;
      for (int b = 0; b < starts.length; b++) {
        if (open[b] && fits(c, b, mostOnDuty)) {
          double gain = change(c, b, 1);
          if (gain > bestGain) {
            bestGain = gain;
            pick = b;
          }
        }
      }
      if (pick < 0) {
        break;
      }
      add(c, x, pick, 1);
    }
    exchange(c, x, mostOnDuty, open);
    return x;
  }

  /** Moves one car from one shift to another while a move removes lost calls. */
  private void exchange(double[] c, int[] x, int mostOnDuty, boolean[] open) {
    while (true) {
      int from = -1;
      int to = -1;
      double bestGain = TOLERANCE;
      for (int i = 0; i < starts.length; i++) {
        if (x[i] == 0) {
          continue;
        }
        double removed = change(c, i, -1);
        add(c, x, i, -1);
        for (int j = 0; j < starts.length; j++) {
          if (j != i && open[j] && fits(c, j, mostOnDuty)) {
            double gain = removed + change(c, j, 1);
            if (gain > bestGain) {
              bestGain = gain;
              from = i;
              to = j;
            }
          }
        }
        add(c, x, i, 1);
      }
      if (from < 0) {
        return;
      }
      add(c, x, from, -1);
      add(c, x, to, 1);
    }
  }

  private boolean fits(double[] c, int b, int mostOnDuty) {
    for (int h = 0; h < Staffing.HOURS; h++) {
      if (cover[b][h] > 0 && c[h] + cover[b][h] > mostOnDuty + TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /** The lost calls removed by {@code d} more cars in shift {@code b} (negative: added). */
  private double change(double[] c, int b, int d) {
    double gain = 0;
    for (int h = 0; h < Staffing.HOURS; h++) {
      if (cover[b][h] > 0) {
        gain += lost(h, c[h]) - lost(h, c[h] + d * cover[b][h]);
      }
    }
    return gain;
  }

  private void add(double[] c, int[] x, int b, int d) {
    x[b] += d;
    for (int h = 0; h < Staffing.HOURS; h++) {
      c[h] += d * cover[b][h];
    }
  }
}
