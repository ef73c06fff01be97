// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * Whether an incident not settled on the street brings a repeat call of the same type to the same
 * place, and when: with probability {@code chance}, after an exponential delay of mean {@code
 * meanMs} from the time it cleared (the risk of a repeat is highest soon after the first incident).
 *
 * @param chance probability of a repeat call (0: never)
 * @param meanMs mean delay from clear to the repeat call
 */
public record RepeatRule(double chance, long meanMs) {
  /** Never repeats. */
  public static final RepeatRule NONE = new RepeatRule(0, 0);

  public RepeatRule {
    if (chance < 0 || chance > 1 || meanMs < 0 || (chance > 0 && meanMs == 0)) {
      throw new IllegalArgumentException(
          "a repeat chance from 0 to 1 with a positive mean delay, got "
              + chance
              + ", "
              + meanMs
              + " ms");
    }
  }
}
