// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

/**
 * The mean time on scene of an incident type as the model draws it ({@code IncidentFate.draw}): Erlang-2
 * around the type's mean m, at least one minute. For X ~ Erlang-2 with rate r = 2/m and the floor c = 1
 * minute, E[max(c, X)] = c P(X &lt; c) + E[X; X &gt;= c] = c (1 - e^(-rc) (1 + rc)) + e^(-rc) (r c^2 + 2c + 2/r).
 */
final class OnSceneTime {
  static final double FLOOR_MINUTES = 1;

  private OnSceneTime() {}

  /** The mean of max(1 minute, Erlang-2 with mean {@code meanMinutes}), in minutes. */
  static double meanMinutes(double meanMinutes) {
    double r = 2 / meanMinutes;
    double c = FLOOR_MINUTES;
    double tail = Math.exp(-r * c);
    return c * (1 - tail * (1 + r * c)) + tail * (r * c * c + 2 * c + 2 / r);
  }
}
