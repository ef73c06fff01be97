// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/**
 * The distribution of the number of busy units in the symmetric system behind Larson's
 * approximation: M/M/N with an infinite queue, or M/M/N/N with zero line capacity, computed in log
 * space so that large N and heavy loads neither overflow nor underflow.
 */
final class ServerCountLevels {
  private final int units;

  /** prob[k], k = 0..N-1: exactly k busy; prob[N]: all N busy (with or without a queue). */
  private final double[] prob;

  private final double utilization;

  ServerCountLevels(int units, double offeredLoad, LineCapacity capacity) {
    this.units = units;
    double[] log = new double[units + 1];
    for (int k = 1; k <= units; k++) {
      log[k] = log[k - 1] + Math.log(offeredLoad / k);
    }
    double rho = offeredLoad / units;
    if (capacity == LineCapacity.INFINITE) {
      log[units] -= Math.log(1 - rho); // the queue tail sums to a^N/N! / (1 - rho)
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : log) {
      max = Math.max(max, v);
    }
    prob = new double[units + 1];
    double total = 0;
    for (int k = 0; k <= units; k++) {
      prob[k] = Math.exp(log[k] - max);
      total += prob[k];
    }
    for (int k = 0; k <= units; k++) {
      prob[k] /= total;
    }
    this.utilization =
        capacity == LineCapacity.INFINITE ? rho : offeredLoad * (1 - prob[units]) / units;
  }

  /** Probability that all units are busy (Erlang C with a queue, Erlang B without). */
  double allBusy() {
    return prob[units];
  }

  /** Mean fraction of time a unit is busy. */
  double utilization() {
    return utilization;
  }

  /**
   * Larson's correction factors Q(N, rho, j), j = 0..N-1: P(j given units busy and a given other
   * one free) = Q(N, rho, j) rho^j (1 - rho) when the busy set is uniformly random given its size.
   */
  double[] correctionFactors() {
    double[] logFactorial = new double[units + 1];
    for (int k = 1; k <= units; k++) {
      logFactorial[k] = logFactorial[k - 1] + Math.log(k);
    }
    double rho = utilization;
    double[] q = new double[units];
    for (int j = 0; j < units; j++) {
      double sum = 0;
      for (int k = j; k < units; k++) {
        if (prob[k] == 0) {
          continue;
        }
        // C(N-j-1, k-j) / C(N, k)
        double logRatio =
            logFactorial[units - j - 1]
                - logFactorial[k - j]
                - logFactorial[units - k - 1]
                - (logFactorial[units] - logFactorial[k] - logFactorial[units - k]);
        sum += Math.exp(Math.log(prob[k]) + logRatio - j * Math.log(rho) - Math.log(1 - rho));
      }
      q[j] = sum;
    }
    return q;
  }
}
