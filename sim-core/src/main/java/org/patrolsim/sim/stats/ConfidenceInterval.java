// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A two-sided confidence interval for a mean from independent replications: mean +- t(n-1) s /
 * sqrt(n).
 *
 * @param mean the sample mean
 * @param halfWidth t quantile x standard error
 * @param n the number of replications
 * @param level the confidence level, e.g. 0.95
 */
public record ConfidenceInterval(double mean, double halfWidth, long n, double level) {

  /** The Student-t 95% interval of the replication means in {@code stats}. */
  public static ConfidenceInterval studentT95(StreamingStats stats) {
    return studentT(stats, 0.95);
  }

  public static ConfidenceInterval studentT95(double... values) {
    return studentT95(StreamingStats.of(values));
  }

  public static ConfidenceInterval studentT95(List<? extends Number> values) {
    return studentT95(values.stream().mapToDouble(Number::doubleValue).toArray());
  }

  /** The Student-t interval at {@code level} (in (0, 1)); needs at least two values. */
  public static ConfidenceInterval studentT(StreamingStats stats, double level) {
    if (stats.count() < 2) {
      throw new IllegalArgumentException(
          "a confidence interval needs at least 2 values, got " + stats.count());
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    double t =
        new TDistribution(null, stats.count() - 1.0).inverseCumulativeProbability(0.5 + level / 2);
    double halfWidth = t * stats.standardDeviation() / Math.sqrt((double) stats.count());
    return new ConfidenceInterval(stats.mean(), halfWidth, stats.count(), level);
  }

  public double lower() {
    return mean - halfWidth;
  }

  public double upper() {
    return mean + halfWidth;
  }

  /** upper - lower. */
  public double width() {
    return 2 * halfWidth;
  }

  public boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%.6g [%.6g, %.6g] (%.0f%%, n=%d)",
        mean,
        lower(),
        upper(),
        level * 100,
        n);
  }
}
