// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.sim.stats.ConfidenceInterval;
import org.patrolsim.sim.stats.PairedDifference;
import org.patrolsim.sim.stats.StreamingStats;

/**
 * A KPI's mean over replications with its Student-t 95 % interval (sim-core's {@link
 * ConfidenceInterval}), or the paired difference of two variants' replications ({@link
 * PairedDifference}). Replications where the KPI has no value (a mean of no incidents) are left
 * out, and n says how many counted. With one value the interval is unknown (NaN); with none,
 * everything is.
 *
 * @param mean the mean
 * @param low the interval's lower bound
 * @param high the interval's upper bound
 * @param halfWidth half the interval's width
 * @param n the replications (or pairs) counted
 */
public record Estimate(double mean, double low, double high, double halfWidth, int n) {

  /** The estimate of a KPI from its replication values. */
  public static Estimate of(double[] values) {
    StreamingStats stats = new StreamingStats();
    for (double v : values) {
      if (Double.isFinite(v)) {
        stats.add(v);
      }
    }
    return from(stats);
  }

  /**
   * The paired difference {@code other - base}, replication by replication (common random numbers).
   */
  public static Estimate paired(double[] base, double[] other) {
    int n = Math.min(base.length, other.length);
    StreamingStats differences = new StreamingStats();
    for (int r = 0; r < n; r++) {
      if (Double.isFinite(base[r]) && Double.isFinite(other[r])) {
        differences.add(other[r] - base[r]);
      }
    }
    return from(differences);
  }

  private static Estimate from(StreamingStats stats) {
    int n = (int) stats.count();
    if (n < 2) {
      return new Estimate(stats.mean(), Double.NaN, Double.NaN, Double.NaN, n);
    }
    ConfidenceInterval ci = ConfidenceInterval.studentT95(stats);
    return new Estimate(ci.mean(), ci.lower(), ci.upper(), ci.halfWidth(), n);
  }

  /**
   * This estimate with its interval cut to {@code [least, most]}, the values the KPI can take (a
   * share's interval ends at 0 and 1, a count's or a time's at 0); the mean, the half-width (the
   * Student-t one) and n are unchanged.
   */
  public Estimate within(double least, double most) {
    if (!hasInterval()) {
      return this;
    }
    return new Estimate(
        mean,
        Math.max(least, Math.min(low, most)),
        Math.min(most, Math.max(high, least)),
        halfWidth,
        n);
  }

  /** Within the range of {@code unit}'s values. */
  public Estimate within(Kpi.Unit unit) {
    return within(unit.least(), unit.most());
  }

  /** Whether the interval is known. */
  public boolean hasInterval() {
    return Double.isFinite(halfWidth);
  }
}
