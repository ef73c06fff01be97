// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import java.util.List;

/**
 * The checks of one run of the suite and its family-wise pass rule. With K intervals each at level
 * c = (1 - alpha)^(1/K) (Sidak), a flawless simulator sees all K cover their values with
 * probability at least 1 - alpha (exactly, were the intervals independent; more when they are
 * positively correlated, as measures of one system are), whatever the seed: the suite passes for at
 * least 95 % of seeds, and a failure says more than chance. The 95 % intervals are shown too, and
 * about 5 % of them miss.
 *
 * @param seed the base seed of every case
 * @param checks every check, in the suite's order
 * @param familyLevel 1 - alpha: the probability that a flawless simulator passes (0.95)
 */
public record ValidationOutcome(long seed, List<ValidationCheck> checks, double familyLevel) {
  /** The level of each interval of the family-wise rule: Sidak's (familyLevel)^(1/K). */
  public static double sidak(double familyLevel, int intervals) {
    return Math.pow(familyLevel, 1.0 / intervals);
  }

  public ValidationOutcome {
    checks = List.copyOf(checks);
  }

  /** The level of each interval of the pass rule. */
  public double intervalLevel() {
    return sidak(familyLevel, checks.size());
  }

  /** True when every interval at {@link #intervalLevel()} covers its analytic value. */
  public boolean passed() {
    return failures() == 0;
  }

  /** Checks whose interval at the pass rule's level misses. */
  public long failures() {
    return checks.stream().filter(c -> !c.covers(intervalLevel())).count();
  }

  /** Checks whose 95 % interval misses (about 5 % of them for a flawless simulator). */
  public long missesAt95() {
    return checks.stream().filter(c -> !c.covers(0.95)).count();
  }
}
