// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * How long the units work on scene at an incident of a type: an Erlang-2 around a mean (the
 * default, {@code onSceneMinutes: M}) or a log-normal of a given median and 90th percentile ({@code
 * onSceneMinutes: {median: M, p90: P}}, the shape calibration fits to recorded times). Either turns
 * the same two uniform draws into a duration, so the fate of an incident takes the same number of
 * draws whichever it is, and two plans keep the same calls (common random numbers).
 */
public sealed interface OnSceneTime {

  /**
   * The time on scene, in whole milliseconds, at uniform draws {@code u1} and {@code u2} (0 to 1).
   */
  long millisAt(double u1, double u2);

  /** The mean of {@link #millisAt} over uniform draws, in minutes. */
  double meanMinutes();

  /**
   * Erlang-2 around {@code meanMs} (rarely very short, sometimes long), at least one minute.
   *
   * <p>The mean with the floor: for X ~ Erlang-2 with rate r = 2/m and the floor c = 1 minute,
   * E[max(c, X)] = c P(X &lt; c) + E[X; X &gt;= c] = c (1 - e^(-rc) (1 + rc)) + e^(-rc) (r c^2 + 2c
   * + 2/r).
   */
  record Erlang2(long meanMs) implements OnSceneTime {
    static final long FLOOR_MS = 60_000L;

    public Erlang2 {
      if (meanMs <= 0) {
        throw new IllegalArgumentException(
            "expected a positive mean time on scene, got " + meanMs + " ms");
      }
    }

    @Override
    public long millisAt(double u1, double u2) {
      double half = meanMs / 2.0;
      double t = -half * Math.log(1 - u1) - half * Math.log(1 - u2);
      return Math.max(FLOOR_MS, Math.round(t));
    }

    @Override
    public double meanMinutes() {
      double r = 2 / (meanMs / 60_000.0);
      double c = FLOOR_MS / 60_000.0;
      double tail = Math.exp(-r * c);
      return c * (1 - tail * (1 + r * c)) + tail * (r * c * c + 2 * c + 2 / r);
    }
  }

  /**
   * Log-normal with the median and 90th percentile of {@code spread} (in seconds; equal values: a
   * fixed time), drawn by inversion from the first draw; the second is drawn and not used. No
   * floor: a fitted distribution is used as it was fitted.
   */
  record LogNormal(Spread spread) implements OnSceneTime {
    public LogNormal {
      if (!(spread.medianSeconds() > 0)) {
        throw new IllegalArgumentException(
            "expected a positive median time on scene, got " + spread);
      }
    }

    @Override
    public long millisAt(double u1, double u2) {
      return spread.millisAt(u1);
    }

    @Override
    public double meanMinutes() {
      return spread.meanSeconds() / 60;
    }
  }
}
