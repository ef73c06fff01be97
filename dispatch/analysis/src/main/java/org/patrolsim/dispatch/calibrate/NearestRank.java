// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.Arrays;
import java.util.Collection;

/** Quantiles by nearest rank, as the run's reports take them (p50, p90). */
final class NearestRank {
  private NearestRank() {}

  /** The {@code q} quantile (0 to 1] of a non-empty sample. */
  static double of(Collection<? extends Number> sample, double q) {
    double[] v = sample.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    return ofSorted(v, q);
  }

  static double ofSorted(double[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double[] sorted(Collection<? extends Number> sample) {
    double[] v = sample.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(v);
    return v;
  }
}
