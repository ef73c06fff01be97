// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.Arrays;
import org.patrolsim.dispatch.ErrorText;

/**
 * What a replay does with rows that share a call number ({@code columns.call}): exports of offences
 * list one row per offence, so one call with three offences is three rows.
 */
public enum RepeatedIds {
  /** The row that comes first in the file is the call; the others are left out. */
  FIRST("first"),
  /**
   * The row of the most serious type is the call (the highest priority, then the most units needed,
   * then the first in the file): a dispatcher sends for the gravest offence of a call. The default,
   * because the order of rows within a call is arbitrary in most exports.
   */
  MOST_SERIOUS("mostSerious"),
  /** Every row is a call of its own (as without an id column). */
  KEEP_ALL("keepAll");

  private final String key;

  RepeatedIds(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /**
   * @throws ReplaySetupError naming {@code repeatedIds} for another value
   */
  static RepeatedIds parse(String text) {
    if (text == null) {
      return MOST_SERIOUS;
    }
    return Arrays.stream(values())
        .filter(r -> r.key.equalsIgnoreCase(text.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new ReplaySetupError(
                    "repeatedIds",
                    "expected first, mostSerious or keepAll, got '" + ErrorText.value(text) + "'"));
  }
}
