// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * How far a simulated sample lies from a recorded one: both medians and 90th percentiles (nearest
 * rank, as in summary.json), the two-sample Kolmogorov-Smirnov statistic D (the largest gap between
 * the two empirical distribution functions, from Apache Commons Math) with its asymptotic p-value
 * (the Kolmogorov distribution of {@code D sqrt(nm/(n+m))}), and the Wasserstein-1 distance (the
 * area between the two empirical distribution functions, in the samples' unit).
 */
public final class TwoSamples {
  private static final KolmogorovSmirnovTest KS = new KolmogorovSmirnovTest();

  private final double[] simulated;
  private final double[] recorded;

  private TwoSamples(double[] simulated, double[] recorded) {
    this.simulated = simulated;
    this.recorded = recorded;
  }

  /** The two samples, copied and sorted. */
  public static TwoSamples of(double[] simulated, double[] recorded) {
    double[] s = simulated.clone();
    double[] r = recorded.clone();
    Arrays.sort(s);
    Arrays.sort(r);
    return new TwoSamples(s, r);
  }

  /** The number of simulated values. */
  public int simulatedCount() {
    return simulated.length;
  }

  /** The number of recorded values. */
  public int recordedCount() {
    return recorded.length;
  }

  /** A quantile of the simulated values (nearest rank); NaN when none. */
  public double simulatedQuantile(double q) {
    return quantile(simulated, q);
  }

  /** A quantile of the recorded values (nearest rank); NaN when none. */
  public double recordedQuantile(double q) {
    return quantile(recorded, q);
  }

  /**
   * Counts of both samples in {@code bins} equal bins from 0 to {@code top} (values at or above the
   * top in the last bin): [simulated counts, recorded counts].
   */
  public int[][] histogram(double top, int bins) {
    return new int[][] {count(simulated, top, bins), count(recorded, top, bins)};
  }

  private static int[] count(double[] values, double top, int bins) {
    int[] c = new int[bins];
    for (double v : values) {
      c[Math.max(0, Math.min(bins - 1, (int) Math.floor(v / top * bins)))]++;
    }
    return c;
  }

  /**
   * Nearest-rank quantile of sorted values (the smallest value with at least q of them at or below
   * it); NaN when empty.
   */
  public static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** The Kolmogorov-Smirnov D; NaN when a sample is empty. */
  public double ksD() {
    if (simulated.length == 0 || recorded.length == 0) {
      return Double.NaN;
    }
    return KS.kolmogorovSmirnovStatistic(simulated, recorded);
  }

  /** The asymptotic p-value of {@link #ksD()}; NaN when a sample is empty. */
  public double ksP() {
    double d = ksD();
    return Double.isNaN(d)
        ? Double.NaN
        : Math.min(1, Math.max(0, KS.approximateP(d, simulated.length, recorded.length)));
  }

  /**
   * The Wasserstein-1 distance: the integral over x of |F_sim(x) - F_rec(x)|, walked over the
   * merged sorted values (both functions are steps, constant between consecutive values); NaN when
   * a sample is empty.
   */
  public double wasserstein() {
    int n = simulated.length;
    int m = recorded.length;
    if (n == 0 || m == 0) {
      return Double.NaN;
    }
    int i = 0;
    int j = 0;
    double area = 0;
    double x = Math.min(simulated[0], recorded[0]);
    while (i < n || j < m) {
      double next = j >= m || (i < n && simulated[i] <= recorded[j]) ? simulated[i] : recorded[j];
      area += Math.abs((double) i / n - (double) j / m) * (next - x);
      x = next;
      while (i < n && simulated[i] == x) {
        i++;
      }
      while (j < m && recorded[j] == x) {
        j++;
      }
    }
    return area;
  }
}
