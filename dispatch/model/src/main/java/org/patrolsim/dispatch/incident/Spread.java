// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import org.apache.commons.math3.special.Erf;

/**
 * A positive random duration given as its median and 90th percentile: log-normal, the usual shape
 * of call-handling and turnout times (most short, a long tail). Equal median and p90 give a fixed
 * duration; zero gives none. Durations are drawn by inversion from a uniform draw, so a draw made
 * with the call gives the same duration in every plan variant.
 */
public record Spread(double medianSeconds, double p90Seconds) {
  private static final double Z90 = 1.2815515655446004;

  public Spread {
    if (!(medianSeconds >= 0 && p90Seconds >= medianSeconds)) {
      throw new IllegalArgumentException(
          "expected 0 <= median <= p90, got " + medianSeconds + ", " + p90Seconds);
    }
  }

  /** The duration at uniform draw {@code u} (0 to 1), in whole milliseconds. */
  public long millisAt(double u) {
    if (medianSeconds == 0) {
      return 0;
    }
    double sigma = Math.log(p90Seconds / medianSeconds) / Z90;
    double clamped = Math.min(1 - 1e-9, Math.max(1e-9, u));
    double z = Math.sqrt(2) * Erf.erfInv(2 * clamped - 1);
    return Math.round(medianSeconds * Math.exp(sigma * z) * 1000);
  }

  /** The mean in seconds (log-normal: median times exp(sigma^2 / 2)). */
  public double meanSeconds() {
    if (medianSeconds == 0) {
      return 0;
    }
    double sigma = Math.log(p90Seconds / medianSeconds) / Z90;
    return medianSeconds * Math.exp(sigma * sigma / 2);
  }
}
