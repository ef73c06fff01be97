// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of non-negative long values (e.g. response times in ms) in constant memory, on
 * HdrHistogram with 3 significant digits (values are exact to 0.1%).
 */
public final class Percentiles {

  private final Histogram histogram = new Histogram(3);

  public void add(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("percentiles take non-negative values, got " + value);
    }
    histogram.recordValue(value);
  }

  public void merge(Percentiles other) {
    histogram.add(other.histogram);
  }

  public long count() {
    return histogram.getTotalCount();
  }

  /** The value at {@code percentile} (0-100), e.g. 90 for the 90th percentile; 0 when empty. */
  public long percentile(double percentile) {
    if (percentile < 0 || percentile > 100) {
      throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
    }
    return histogram.getValueAtPercentile(percentile);
  }

  public double mean() {
    return histogram.getMean();
  }

  public long max() {
    return histogram.getMaxValue();
  }
}
