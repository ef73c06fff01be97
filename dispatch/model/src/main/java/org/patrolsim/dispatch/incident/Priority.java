// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import org.patrolsim.dispatch.ScenarioChoice;

/**
 * How urgent a call is. Waiting calls are served in this order (urgent first), then by call time.
 * Scenarios, CSV files and reports name it by its lower-case {@link #key()}.
 */
public enum Priority implements ScenarioChoice {
  URGENT,
  NORMAL,
  LOW;

  @Override
  public String toString() {
    return key();
  }

  /**
   * Parses {@code urgent}, {@code normal} or {@code low} (any case); null when it is none of them.
   */
  public static Priority parse(String text) {
    for (Priority p : values()) {
      if (p.key().equalsIgnoreCase(text.trim())) {
        return p;
      }
    }
    return null;
  }
}
