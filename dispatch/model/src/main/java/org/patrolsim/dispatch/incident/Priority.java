// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.patrolsim.dispatch.ScenarioChoice;

/**
 * How urgent a call is. Waiting calls are served in this order (urgent first), then by call time.
 */
public enum Priority implements ScenarioChoice {
  URGENT,
  NORMAL,
  LOW;

  /** The lower-case name used in scenarios, CSV files and reports. */
  @JsonValue
  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

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
