// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

/**
 * The screen's value of a set of posts ({@link CoverageScreen}): first its expected coverage, then
 * (between sets that cover alike) its expected travel time.
 *
 * @param coverage the expected value of a call ({@link ScreenValue}); with the step value, the
 *     expected share of calls a free car reaches within the radius (MEXCLP)
 * @param expectedMinutes the expected free-flow road minutes of the nearest free car, given one is
 *     free
 */
public record Score(double coverage, double expectedMinutes) {
  /** Differences smaller than this are rounding, not a better plan. */
  static final double TOLERANCE = 1e-12;

  /**
   * The coverage on a grid of {@value #GRAIN}: values that differ by the rounding of sums added in
   * another order compare as equal (a value function that is flat where every car is near enough
   * makes such near ties common; then the travel decides), and the order stays transitive.
   */
  static final double GRAIN = 1e-9;

  /** The coverage rounded to {@link #GRAIN}, for comparisons. */
  long coverageKey() {
    return Math.round(coverage / GRAIN);
  }

  /** Whether this score is better than {@code other}: more coverage, or as much and less travel. */
  public boolean betterThan(Score other) {
    long a = coverageKey();
    long b = other.coverageKey();
    if (a != b) {
      return a > b;
    }
    return expectedMinutes < other.expectedMinutes - TOLERANCE;
  }
}
