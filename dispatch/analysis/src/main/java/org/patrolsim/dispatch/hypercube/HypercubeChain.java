// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The 2^N busy/free states of a hypercube system and their transition rates, solved for the
 * stationary distribution by Gauss-Seidel sweeps.
 *
 * <p>State B is a bit mask (bit n set = unit n busy). From B an arrival from atom j moves to B plus
 * the first free unit on j's list (rate lambda_j); a completion of busy unit n moves to B minus n
 * (rate mu_n). In the all-busy state arrivals leave the 2^N states: they are lost (zero capacity),
 * or they start a queue tail that always returns to the all-busy state before anything else happens
 * (infinite capacity). Either way the chain watched only on the 2^N states is this loss chain, so
 * one solution serves both line capacities; {@link ExactHypercubeSolver} adds the geometric queue
 * tail.
 */
final class HypercubeChain {
  /**
   * Convergence: the L1 residual of the balance equations relative to the total event rate, checked
   * once a sweep changes the probabilities by less than this in L1.
   */
  static final double TOLERANCE = 1e-13;

  private static final int MAX_SWEEPS = 200_000;

  private final int units;
  private final int full;
  private final double lambda;
  private final double[] mu;

  /** upRate[s * units + n]: rate of arrivals in state s dispatched to free unit n. */
  private final double[] upRate;

  private final int[] sweepOrder;

  /** Stationary probabilities of the loss chain, with the work it took. */
  record Stationary(double[] probabilities, int sweeps, double residual) {}

  HypercubeChain(HypercubeSpec spec) {
    this.units = spec.units();
    this.full = (1 << units) - 1;
    this.lambda = spec.totalArrivalRate();
    this.mu = spec.serviceRates();
    this.upRate = upRates(spec);
    this.sweepOrder =
        IntStream.rangeClosed(0, full)
            .boxed()
            .sorted(Comparator.comparingInt(Integer::bitCount))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /**
   * upRate[s * N + n] = sum of lambda_j over the atoms whose first free unit in state s is n. Atom
   * j goes to its k-th unit n exactly in the states that hold the set S of its k-1 preferred units
   * and not n, so its rate is put once at (S, n) and a sum over subsets spreads it to every state s
   * containing S (N x 2^N additions per unit): O(J N + N^2 2^N) instead of a scan of every list in
   * every state, O(J N 2^N). The sums differ from a direct scan only in rounding.
   */
  static double[] upRates(HypercubeSpec spec) {
    int units = spec.units();
    int states = 1 << units;
    double[] rate = new double[states * units];
    for (HypercubeSpec.Atom atom : spec.atoms()) {
      int before = 0;
      for (int unit : atom.preference()) {
        rate[before * units + unit] += atom.rate();
        before |= 1 << unit;
      }
    }
    for (int bit = 0; bit < units; bit++) {
      int b = 1 << bit;
      for (int s = 0; s < states; s++) {
        if ((s & b) != 0) {
          int to = s * units;
          int from = (s ^ b) * units;
          for (int n = 0; n < units; n++) {
            rate[to + n] += rate[from + n];
          }
        }
      }
    }
    for (int s = 0; s < states; s++) {
      for (int n = 0; n < units; n++) {
        if ((s & (1 << n)) != 0) {
          rate[s * units + n] = 0; // a busy unit is never dispatched
        }
      }
    }
    return rate;
  }

  /** The unit an atom with this preference list gets in state s, or -1 when all are busy. */
  static int firstFree(int state, int[] preference) {
    for (int unit : preference) {
      if ((state & (1 << unit)) == 0) {
        return unit;
      }
    }
    return -1;
  }

  Stationary solve() {
    double[] p = initialGuess();
    double[] previous = new double[p.length];
    for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      System.arraycopy(p, 0, previous, 0, p.length);
      boolean forward = (sweep & 1) == 1;
      for (int i = 0; i <= full; i++) {
        int s = sweepOrder[forward ? i : full - i];
        p[s] = inflow(p, s) / outRate(s);
      }
      normalize(p);
      // the residual costs a sweep: check it only once the iterates have nearly stopped moving
      if (change(previous, p) < TOLERANCE || sweep % 64 == 0) {
        double residual = residual(p);
        if (residual < TOLERANCE) {
          return new Stationary(p, sweep, residual);
        }
      }
    }
    throw new IllegalStateException(
        "hypercube Gauss-Seidel did not converge in " + MAX_SWEEPS + " sweeps");
  }

  /**
   * Symmetric guess: the M/M/N/N level distribution (mean service rate) spread evenly over each
   * level.
   */
  private double[] initialGuess() {
    double meanMu = Arrays.stream(mu).average().orElseThrow();
    double[] level = new double[units + 1];
    level[0] = 1;
    for (int k = 1; k <= units; k++) {
      level[k] = level[k - 1] * lambda / (k * meanMu);
    }
    double[] binomial = new double[units + 1];
    binomial[0] = 1;
    for (int k = 1; k <= units; k++) {
      binomial[k] = binomial[k - 1] * (units - k + 1) / k;
    }
    double[] p = new double[full + 1];
    for (int s = 0; s <= full; s++) {
      int k = Integer.bitCount(s);
      p[s] = level[k] / binomial[k];
    }
    normalize(p);
    return p;
  }

  private double inflow(double[] p, int s) {
    double in = 0;
    for (int n = 0; n < units; n++) {
      int bit = 1 << n;
      if ((s & bit) != 0) {
        int from = s ^ bit;
        in += p[from] * upRate[from * units + n];
      } else {
        in += p[s | bit] * mu[n];
      }
    }
    return in;
  }

  private double outRate(int s) {
    double out = s == full ? 0 : lambda;
    for (int n = 0; n < units; n++) {
      if ((s & (1 << n)) != 0) {
        out += mu[n];
      }
    }
    return out;
  }

  private double residual(double[] p) {
    double sum = 0;
    for (int s = 0; s <= full; s++) {
      sum += Math.abs(inflow(p, s) - p[s] * outRate(s));
    }
    double totalMu = Arrays.stream(mu).sum();
    return sum / (lambda + totalMu);
  }

  private static double change(double[] before, double[] after) {
    double sum = 0;
    for (int i = 0; i < after.length; i++) {
      sum += Math.abs(after[i] - before[i]);
    }
    return sum;
  }

  private static void normalize(double[] p) {
    double total = 0;
    for (double v : p) {
      total += v;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= total;
    }
  }
}
