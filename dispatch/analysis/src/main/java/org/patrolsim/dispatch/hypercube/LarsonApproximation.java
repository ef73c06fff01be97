// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.Arrays;

/**
 * Larson's approximate hypercube procedure (Larson 1975; Larson & Odoni 1981, section 5.5): N
 * equations in the workloads instead of 2^N, for systems too large for {@link
 * ExactHypercubeSolver}.
 *
 * <p>It assumes the units busy at a call's arrival are, given how many, a uniformly random set with
 * unit n busy independently with probability rho_n, corrected by the factors Q(N, rho, j) of the
 * symmetric M/M/N (or M/M/N/N) system. Unit n's dispatch rate is mu rho_n, so
 *
 * <pre>
 *   rho_n = ( V_n + c ) / ( 1 + V_n ),  V_n = (1/mu) sum_j lambda_j Q(N, rho, k-1) prod_{l&lt;k} rho_{a_jl}
 * </pre>
 *
 * where unit n is k-th on atom j's list and c = lambda P(all busy) / (N mu) is its share of queued
 * calls (c = 0 with zero capacity). After each iteration the workloads are scaled to their known
 * sum (lambda/mu, or lambda (1 - B)/mu with losses). Needs equal service rates. Typical error 1-2
 * %.
 */
public final class LarsonApproximation {
  private static final double TOLERANCE = 1e-10;
  private static final int MAX_ITERATIONS = 10_000;

  private LarsonApproximation() {}

  /** Approximates {@code spec}, whose units must all have the same service rate. */
  public static HypercubeSolution solve(HypercubeSpec spec) {
    return solve(spec, null);
  }

  /**
   * Approximates {@code spec} starting the iteration from {@code start} (the workloads of a nearby
   * system, e.g. the same plan at a slightly different service rate; scaled to this system's total
   * first), or from equal workloads when null. The fixed point is the same; only the iterations
   * change.
   */
  public static HypercubeSolution solve(HypercubeSpec spec, double[] start) {
    if (!spec.equalServiceRates()) {
      throw new IllegalArgumentException("Larson's approximation needs equal service rates");
    }
    int units = spec.units();
    double mu = spec.serviceRate(0);
    double lambda = spec.totalArrivalRate();
    ServerCountLevels levels = new ServerCountLevels(units, lambda / mu, spec.lineCapacity());
    double[] q = levels.correctionFactors();
    boolean infinite = spec.lineCapacity() == LineCapacity.INFINITE;
    double queued = infinite ? lambda * levels.allBusy() / (units * mu) : 0;
    double targetSum = units * levels.utilization();

    double[] rho = new double[units];
    Arrays.fill(rho, levels.utilization());
    if (start != null && start.length == units && Arrays.stream(start).sum() > 0) {
      double scale = targetSum / Arrays.stream(start).sum();
      for (int n = 0; n < units; n++) {
        rho[n] = start[n] * scale;
      }
    }
    int iteration = 0;
    double change = Double.POSITIVE_INFINITY;
    while (change > TOLERANCE) {
      if (++iteration > MAX_ITERATIONS) {
        throw new IllegalStateException(
            "Larson's approximation did not converge in " + MAX_ITERATIONS);
      }
      double[] v = freeDispatchRates(spec, rho, q);
      double[] next = new double[units];
      double sum = 0;
      for (int n = 0; n < units; n++) {
        next[n] = (v[n] / mu + queued) / (1 + v[n] / mu);
        sum += next[n];
      }
      change = 0;
      for (int n = 0; n < units; n++) {
        next[n] *= targetSum / sum;
        change = Math.max(change, Math.abs(next[n] - rho[n]));
      }
      rho = next;
    }
    double[][] f = dispatchFractions(spec, rho, q, levels.allBusy());
    double meanQueueWait = infinite ? levels.allBusy() / (units * mu - lambda) : 0;
    return new HypercubeSolution(
        HypercubeSolution.SolutionMethod.APPROXIMATE,
        new double[0],
        rho,
        levels.allBusy(),
        f,
        DispatchMeasures.interDistrictFraction(spec, f),
        meanQueueWait,
        DispatchMeasures.travelTimes(spec, f),
        iteration,
        change);
  }

  /** V_n mu: the rate of calls that would go to unit n were it free. */
  private static double[] freeDispatchRates(HypercubeSpec spec, double[] rho, double[] q) {
    double[] v = new double[spec.units()];
    for (HypercubeSpec.Atom atom : spec.atoms()) {
      double allBefore = 1;
      int[] order = atom.preference();
      for (int k = 0; k < order.length && allBefore > 0; k++) {
        v[order[k]] += atom.rate() * q[k] * allBefore;
        allBefore *= rho[order[k]];
      }
    }
    return v;
  }

  /**
   * Larson & Odoni problem 5.11: calls that find a free unit are split by the same approximation,
   * scaled so each atom's free-unit dispatches add up to its share of calls served without waiting;
   * queued calls go to each unit equally.
   */
  private static double[][] dispatchFractions(
      HypercubeSpec spec, double[] rho, double[] q, double allBusy) {
    boolean infinite = spec.lineCapacity() == LineCapacity.INFINITE;
    double lambda = spec.totalArrivalRate();
    int units = spec.units();
    double[][] f = new double[units][spec.atomCount()];
    for (int j = 0; j < spec.atomCount(); j++) {
      HypercubeSpec.Atom atom = spec.atoms().get(j);
      double share = atom.rate() / lambda;
      double[] raw = new double[units];
      double total = 0;
      double allBefore = 1;
      int[] order = atom.preference();
      for (int k = 0; k < units; k++) {
        raw[order[k]] = q[k] * allBefore * (1 - rho[order[k]]);
        total += raw[order[k]];
        allBefore *= rho[order[k]];
      }
      double served = infinite ? share * (1 - allBusy) : share;
      for (int n = 0; n < units; n++) {
        f[n][j] =
            (total > 0 ? raw[n] / total * served : 0) + (infinite ? share * allBusy / units : 0);
      }
    }
    return f;
  }
}
