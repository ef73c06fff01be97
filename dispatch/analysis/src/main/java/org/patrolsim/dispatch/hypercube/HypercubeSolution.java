// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.Optional;

/**
 * Steady-state results of a hypercube system, from the exact solver or Larson's approximation.
 *
 * <p>Units and atoms are indexed from 0 here (unit n in the SPEC is index n-1).
 *
 * @param method how the numbers were obtained
 * @param stateProbabilities exact solver only (empty for the approximation): the probability of
 *     each busy/free state, indexed by bit mask (bit n set = unit n+1 busy, no call waiting); with
 *     an infinite queue the states with calls waiting add up to {@code probAllBusy -
 *     stateProbabilities[2^N - 1]}
 * @param workloads fraction of time each unit is busy
 * @param probAllBusy probability that all units are busy: with an infinite queue the probability
 *     that a call waits (Erlang C when symmetric), with zero capacity the fraction of calls lost
 *     (Erlang B)
 * @param dispatchFractions [n][j]: fraction of all dispatches that send unit n to atom j (sums to
 *     1)
 * @param interDistrictFraction fraction of dispatches that send a unit other than the atom's home
 *     unit
 * @param meanQueueWait mean wait in queue over all calls (0 with zero line capacity), in the rates'
 *     time unit
 * @param travelTimes mean travel times, when the SPEC gives a travel-time matrix
 * @param iterations sweeps (exact) or fixed-point iterations (approximation) until convergence
 * @param residual exact solver: L1 norm of the balance-equation residual relative to the total
 *     rate; approximation: the last change in any workload
 */
public record HypercubeSolution(
    SolutionMethod method,
    double[] stateProbabilities,
    double[] workloads,
    double probAllBusy,
    double[][] dispatchFractions,
    double interDistrictFraction,
    double meanQueueWait,
    Optional<TravelTimes> travelTimes,
    int iterations,
    double residual) {

  /** Exact balance equations or Larson's approximate procedure. */
  public enum SolutionMethod {
    EXACT,
    APPROXIMATE
  }

  /**
   * Mean travel times in minutes, units leaving from home (queued calls too).
   *
   * @param perAtom mean travel time to a call from atom j (NaN for an atom with rate 0)
   * @param overall mean travel time over all dispatches
   */
  public record TravelTimes(double[] perAtom, double overall) {}

  /** Fraction of all dispatches that go to atom j from unit n, summed over n: lambda_j / lambda. */
  public double atomShare(int atom) {
    double sum = 0;
    for (double[] row : dispatchFractions) {
      sum += row[atom];
    }
    return sum;
  }
}
