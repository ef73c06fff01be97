// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

/**
 * The screen's value of a set of posts ({@link CoverageScreen}): first its expected coverage, then
 * (between sets that cover alike) its expected travel time.
 *
 * @param coverage the expected share of calls a free car reaches within the urgent target (MEXCLP)
 * @param expectedMinutes the expected free-flow road minutes of the nearest free car, given one is
 *     free
 */
public record Score(double coverage, double expectedMinutes) {
  /** Differences smaller than this are rounding, not a better plan. */
  static final double TOLERANCE = 1e-12;

  /** Whether this score is better than {@code other}: more coverage, or as much and less travel. */
  public boolean betterThan(Score other) {
    if (coverage > other.coverage + TOLERANCE) {
      return true;
    }
    if (coverage < other.coverage - TOLERANCE) {
      return false;
    }
    return expectedMinutes < other.expectedMinutes - TOLERANCE;
  }
}
