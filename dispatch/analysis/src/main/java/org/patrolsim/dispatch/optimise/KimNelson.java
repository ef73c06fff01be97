// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kim and Nelson's fully sequential ranking-and-selection procedure KN (Kim, S.-H. and Nelson, B.
 * L. (2001), "A fully sequential procedure for indifference-zone selection in simulation", ACM
 * TOMACS 11(3), 251-273). It picks the system with the largest mean; when that mean is at least
 * {@code delta} above every other, it picks it with probability at least {@code 1 - alpha}, for
 * normal observations with unknown and unequal variances, and with common random numbers (it works
 * on the variances of pairwise differences). It takes {@code n0} observations of every system, then
 * one more of each surviving system at a time, and drops a system as soon as its sum falls out of
 * the triangular continuation region against another's; no system is sampled past {@code max N_il +
 * 1} observations.
 *
 * <p>A {@code cap} on the observations per system ends the procedure early (then the guarantee no
 * longer holds and {@link Selection#capped} says so).
 */
public final class KimNelson {
  /** Where the observations come from. */
  public interface Sampler {
    /**
     * The observations {@code from} (inclusive) to {@code to} (exclusive) of each of {@code
     * systems}: [system position][observation - from]. Observation j of every system shares its
     * random numbers (common random numbers) or none; either way the guarantee holds.
     */
    double[][] sample(int[] systems, int from, int to);
  }

  /**
   * The outcome.
   *
   * @param chosen the system picked
   * @param observations how many observations each system got
   * @param eliminatedAt for each system, the observation count at which it was dropped (0 for the
   *     one chosen, and for every survivor when the procedure stopped at the last stage)
   * @param means each system's mean over its observations
   * @param capped true when the cap stopped the procedure before its guarantee was earned
   */
  public record Selection(
      int chosen, int[] observations, int[] eliminatedAt, double[] means, boolean capped) {
    public Selection {
      observations = observations.clone();
      eliminatedAt = eliminatedAt.clone();
      means = means.clone();
    }

    @Override
    public int[] observations() {
      return observations.clone();
    }

    @Override
    public int[] eliminatedAt() {
      return eliminatedAt.clone();
    }

    @Override
    public double[] means() {
      return means.clone();
    }
  }

  /** Hears the procedure's stages, e.g. to forecast the work left. */
  @FunctionalInterface
  public interface Stages {
    /**
     * Before each further stage: {@code survivors} systems are left after {@code observations}
     * each, and none will be sampled past {@code lastStage} observations; at the end, {@code
     * survivors} is 0.
     */
    void stage(int observations, int survivors, int lastStage);
  }

  private final double delta;
  private final double alpha;
  private final int n0;
  private final int cap;

  /**
   * @param delta the indifference zone, above 0
   * @param alpha one minus the probability of correct selection, in (0, 1)
   * @param n0 the first-stage observations, at least 2
   * @param cap the most observations of any system, at least n0
   */
  public KimNelson(double delta, double alpha, int n0, int cap) {
    if (!(delta > 0) || !(alpha > 0 && alpha < 1) || n0 < 2 || cap < n0) {
      throw new IllegalArgumentException(
          "KN needs delta > 0, 0 < alpha < 1, n0 >= 2, cap >= n0; got "
              + delta
              + ", "
              + alpha
              + ", "
              + n0
              + ", "
              + cap);
    }
    this.delta = delta;
    this.alpha = alpha;
    this.n0 = n0;
    this.cap = cap;
  }

  /** The constant h^2 = 2 eta (n0 - 1) of k systems. */
  public double hSquared(int k) {
    double eta = 0.5 * (Math.pow(2 * alpha / (k - 1), -2.0 / (n0 - 1)) - 1);
    return 2 * eta * (n0 - 1);
  }

  /** Selects the largest mean among {@code k} systems. */
  public Selection select(int k, Sampler sampler) {
    return select(k, sampler, (observations, survivors, lastStage) -> {});
  }

  /** Selects the largest mean among {@code k} systems, telling {@code stages} of each stage. */
  public Selection select(int k, Sampler sampler, Stages stages) {
    Selection s = run(k, sampler, stages);
    stages.stage(s.observations()[s.chosen()], 0, 0);
    return s;
  }

  private Selection run(int k, Sampler sampler, Stages stages) {
    int[] all = new int[k];
    Arrays.setAll(all, i -> i);
    List<List<Double>> x = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      x.add(new ArrayList<>());
    }
    add(x, all, sampler.sample(all, 0, n0));
    int[] eliminatedAt = new int[k];
    if (k == 1) {
      return new Selection(0, new int[] {n0}, eliminatedAt, means(x), false);
    }
    double h2 = hSquared(k);
    double[][] s2 = new double[k][k];
    int lastStage = n0;
    for (int i = 0; i < k; i++) {
      for (int l = 0; l < k; l++) {
        if (i != l) {
          s2[i][l] = differenceVariance(x.get(i), x.get(l));
          lastStage = Math.max(lastStage, (int) Math.floor(h2 * s2[i][l] / (delta * delta)) + 1);
        }
      }
    }
    boolean[] alive = new boolean[k];
    Arrays.fill(alive, true);
    int r = n0;
    while (true) {
      if (r >= lastStage) {
        return done(x, alive, eliminatedAt, false);
      }
      boolean[] before = alive.clone();
      double[] sums = sums(x, r);
      for (int i = 0; i < k; i++) {
        if (!before[i]) {
          continue;
        }
        for (int l = 0; l < k; l++) {
          if (l != i && before[l]) {
            // sum form: sum_i >= sum_l - max(0, (delta / 2) (h2 S2 / delta^2 - r))
            double w = Math.max(0, delta / 2 * (h2 * s2[i][l] / (delta * delta) - r));
            if (sums[i] < sums[l] - w) {
              alive[i] = false;
              eliminatedAt[i] = r;
              break;
            }
          }
        }
      }
      int[] survivors = survivors(alive);
      if (survivors.length == 1) {
        return done(x, alive, eliminatedAt, false);
      }
      if (r >= cap) {
        return done(x, alive, eliminatedAt, true);
      }
      stages.stage(r, survivors.length, Math.min(lastStage, cap));
      add(x, survivors, sampler.sample(survivors, r, r + 1));
      r++;
    }
  }

  private static Selection done(
      List<List<Double>> x, boolean[] alive, int[] eliminatedAt, boolean capped) {
    double[] means = means(x);
    int best = -1;
    for (int i = 0; i < alive.length; i++) {
      if (alive[i] && (best < 0 || means[i] > means[best])) {
        best = i;
      }
    }
    int[] observations = new int[x.size()];
    Arrays.setAll(observations, i -> x.get(i).size());
    return new Selection(best, observations, eliminatedAt, means, capped);
  }

  private static void add(List<List<Double>> x, int[] systems, double[][] values) {
    for (int s = 0; s < systems.length; s++) {
      for (double v : values[s]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "system " + systems[s] + ": observation " + x.get(systems[s]).size() + " is " + v);
        }
        x.get(systems[s]).add(v);
      }
    }
  }

  /** The first-stage sample variance of the differences x_i - x_l. */
  private double differenceVariance(List<Double> a, List<Double> b) {
    double mean = 0;
    for (int j = 0; j < n0; j++) {
      mean += a.get(j) - b.get(j);
    }
    mean /= n0;
    double ss = 0;
    for (int j = 0; j < n0; j++) {
      double d = a.get(j) - b.get(j) - mean;
      ss += d * d;
    }
    return ss / (n0 - 1);
  }

  private static double[] sums(List<List<Double>> x, int r) {
    double[] out = new double[x.size()];
    for (int i = 0; i < out.length; i++) {
      if (x.get(i).size() >= r) {
        for (int j = 0; j < r; j++) {
          out[i] += x.get(i).get(j);
        }
      }
    }
    return out;
  }

  private static double[] means(List<List<Double>> x) {
    double[] out = new double[x.size()];
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (double v : x.get(i)) {
        s += v;
      }
      out[i] = s / x.get(i).size();
    }
    return out;
  }

  private static int[] survivors(boolean[] alive) {
    int n = 0;
    for (boolean a : alive) {
      n += a ? 1 : 0;
    }
    int[] out = new int[n];
    int j = 0;
    for (int i = 0; i < alive.length; i++) {
      if (alive[i]) {
        out[j++] = i;
      }
    }
    return out;
  }
}
