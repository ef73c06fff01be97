// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.util.Locale;

/**
 * How urgent a call is. Waiting calls are served in this order (urgent first), then by call time.
 */
public enum Priority {
  URGENT,
  NORMAL,
  LOW;

  /** The lower-case name used in scenarios, CSV files and reports. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
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
