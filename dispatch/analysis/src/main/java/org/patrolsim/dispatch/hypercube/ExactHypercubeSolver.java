// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/**
 * Larson's hypercube model solved exactly: the 2^N balance equations by Gauss-Seidel, plus, with an
 * infinite queue, the birth-death tail of states where all units are busy and calls wait.
 *
 * <p>The tail: once all N units are busy, calls arrive at rate lambda and leave the queue at the
 * total service rate M = sum of mu_n, so P(all busy, k waiting) = P(all busy, none waiting)
 * (lambda/M)^k (with equal rates M = N mu, the M/M/N tail). A waiting call goes to whichever unit
 * frees first: unit n with probability mu_n / M, whatever its atom.
 */
public final class ExactHypercubeSolver {
  /** Largest N solved exactly (2^16 = 65,536 states); above it use {@link LarsonApproximation}. */
  public static final int MAX_UNITS = 16;

  private ExactHypercubeSolver() {}

  /** Solves {@code spec} exactly; it must have at most {@link #MAX_UNITS} units. */
  public static HypercubeSolution solve(HypercubeSpec spec) {
    if (spec.units() > MAX_UNITS) {
      throw new IllegalArgumentException(
          "exact hypercube solver handles at most " + MAX_UNITS + " units, got " + spec.units());
    }
    HypercubeChain.Stationary stationary = new HypercubeChain(spec).solve();
    double[] loss = stationary.probabilities();
    int full = loss.length - 1;
    double lambda = spec.totalArrivalRate();
    double totalMu = spec.totalServiceRate();

    double[] p = loss.clone();
    double probAllBusy;
    double meanQueueWait;
    double probWaiting; // all busy with at least one call waiting
    if (spec.lineCapacity() == LineCapacity.INFINITE) {
      double r = lambda / totalMu;
      double scale = 1 / (1 + loss[full] * r / (1 - r));
      for (int s = 0; s <= full; s++) {
        p[s] *= scale;
      }
      probAllBusy = p[full] / (1 - r);
      probWaiting = probAllBusy - p[full];
      meanQueueWait = probAllBusy / (totalMu - lambda);
    } else {
      probAllBusy = p[full];
      probWaiting = 0;
      meanQueueWait = 0;
    }

    double[] workloads = workloads(spec.units(), p, probWaiting);
    double[][] f = dispatchFractions(spec, p, probAllBusy);
    return new HypercubeSolution(
        HypercubeSolution.SolutionMethod.EXACT,
        p,
        workloads,
        probAllBusy,
        f,
        DispatchMeasures.interDistrictFraction(spec, f),
        meanQueueWait,
        DispatchMeasures.travelTimes(spec, f),
        stationary.sweeps(),
        stationary.residual());
  }

  private static double[] workloads(int units, double[] p, double probWaiting) {
    double[] rho = new double[units];
    for (int s = 0; s < p.length; s++) {
      for (int n = 0; n < units; n++) {
        if ((s & (1 << n)) != 0) {
          rho[n] += p[s];
        }
      }
    }
    for (int n = 0; n < units; n++) {
      rho[n] += probWaiting;
    }
    return rho;
  }

  /**
   * P(every unit of S busy) for every set S: the sum of p over the states that contain S (N x 2^N
   * additions, one pass per unit).
   */
  static double[] supersetSums(double[] p, int units) {
    double[] q = p.clone();
    for (int bit = 0; bit < units; bit++) {
      int b = 1 << bit;
      for (int s = 0; s < q.length; s++) {
        if ((s & b) == 0) {
          q[s] += q[s | b];
        }
      }
    }
    return q;
  }

  /**
   * f[n][j] (Larson & Odoni 5.4.4): calls that find a free unit go to the first free one on their
   * list; with an infinite queue a call that finds all busy (probability probAllBusy) goes to unit
   * n with probability mu_n / M; with zero capacity lost calls are not dispatches, so we divide by
   * 1 - P(all busy).
   */
  private static double[][] dispatchFractions(HypercubeSpec spec, double[] p, double probAllBusy) {
    double lambda = spec.totalArrivalRate();
    double totalMu = spec.totalServiceRate();
    boolean infinite = spec.lineCapacity() == LineCapacity.INFINITE;
    double[] allBusy = supersetSums(p, spec.units());
    double[][] f = new double[spec.units()][spec.atomCount()];
    for (int j = 0; j < spec.atomCount(); j++) {
      HypercubeSpec.Atom atom = spec.atoms().get(j);
      double share = atom.rate() / lambda;
      if (share == 0) {
        continue;
      }
      // unit n, k-th on the list, takes the call when the k-1 units before it are busy and it is
      // free
      int before = 0;
      for (int n : atom.preference()) {
        f[n][j] = share * (allBusy[before] - allBusy[before | (1 << n)]);
        before |= 1 << n;
      }
      for (int n = 0; n < spec.units(); n++) {
        f[n][j] =
            infinite
                ? f[n][j] + share * probAllBusy * spec.serviceRate(n) / totalMu
                : f[n][j] / (1 - probAllBusy);
      }
    }
    return f;
  }
}
