// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Call times from a non-homogeneous Poisson process: a daily volume spread over the 24 hours of the
 * day by relative weights, repeated every day. Times are drawn by thinning (Lewis and Shedler):
 * candidates at the peak rate, each kept with probability rate(t) / peak.
 */
public final class ArrivalProcess {
  private static final long HOUR_MS = 3_600_000L;
  private final double[] perMs = new double[24];
  private final double peakPerMs;

  /**
   * A process of {@code perDay} calls a day, spread over the day by {@code hourlyProfile}.
   *
   * @param perDay mean calls per day
   * @param hourlyProfile 24 non-negative weights, 00:00 first
   */
  public ArrivalProcess(double perDay, List<Double> hourlyProfile) {
    double total = hourlyProfile.stream().mapToDouble(Double::doubleValue).sum();
    double peak = 0;
    for (int h = 0; h < 24; h++) {
      perMs[h] = perDay * hourlyProfile.get(h) / total / HOUR_MS;
      peak = Math.max(peak, perMs[h]);
    }
    peakPerMs = peak;
  }

  /** The mean number of calls per hour in hour-of-day {@code hour}. */
  public double perHour(int hour) {
    return perMs[hour] * HOUR_MS;
  }

  /** The next call time strictly after {@code nowMs}. */
  public long next(long nowMs, RandomGenerator random) {
    double t = nowMs;
    while (true) {
      t += -Math.log(1.0 - random.nextDouble()) / peakPerMs;
      int hour = (int) ((((long) t) / HOUR_MS) % 24);
      if (random.nextDouble() * peakPerMs < perMs[hour]) {
        long ms = (long) Math.ceil(t);
        return ms > nowMs ? ms : nowMs + 1;
      }
    }
  }
}
