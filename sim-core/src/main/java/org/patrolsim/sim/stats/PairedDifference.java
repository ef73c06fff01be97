// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import java.util.List;

/**
 * Compares two variants run with common random numbers: replication r of A and of B share a seed,
 * so the per-replication differences B - A cancel most of the noise. The interval is a Student-t
 * interval of those differences; if it excludes 0 the variants differ at that level.
 */
public final class PairedDifference {

  private PairedDifference() {}

  /** The 95% interval of {@code b[r] - a[r]}. */
  public static ConfidenceInterval studentT95(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "paired samples must have equal length: " + a.length + " vs " + b.length);
    }
    StreamingStats differences = new StreamingStats();
    for (int r = 0; r < a.length; r++) {
      differences.add(b[r] - a[r]);
    }
    return ConfidenceInterval.studentT95(differences);
  }

  public static ConfidenceInterval studentT95(List<? extends Number> a, List<? extends Number> b) {
    return studentT95(
        a.stream().mapToDouble(Number::doubleValue).toArray(),
        b.stream().mapToDouble(Number::doubleValue).toArray());
  }
}
