// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

/**
 * Count, mean, variance, min and max of a stream of values in constant memory (Welford's algorithm,
 * numerically stable). Not thread-safe: one per entity or per replication, merged afterwards.
 */
public final class StreamingStats {

  private long count;
  private double mean;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  public static StreamingStats of(double... values) {
    StreamingStats stats = new StreamingStats();
    for (double v : values) {
      stats.add(v);
    }
    return stats;
  }

  public void add(double value) {
    count++;
    double d = value - mean;
    mean += d / count;
    m2 += d * (value - mean);
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  /** Adds everything {@code other} has seen (Chan et al.'s parallel combination). */
  public void merge(StreamingStats other) {
    if (other.count == 0) {
      return;
    }
    long n = count + other.count;
    double d = other.mean - mean;
    mean += d * other.count / n;
    m2 += other.m2 + d * d * ((double) count * other.count / n);
    count = n;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  public long count() {
    return count;
  }

  /** The mean, NaN when empty. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** The sample variance (n - 1 in the denominator), NaN for fewer than two values. */
  public double variance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  public double standardDeviation() {
    return Math.sqrt(variance());
  }

  public double min() {
    return count == 0 ? Double.NaN : min;
  }

  public double max() {
    return count == 0 ? Double.NaN : max;
  }
}
