// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

/**
 * Why a record, or one stage time of it, was left out. Row-level problems drop the call;
 * stage-level ones drop that time only (the call still counts for arrivals, places and the type
 * mix).
 */
public enum Problem {
  /** A row the replay mapping cannot read (bad time, place, category...): the call is left out. */
  UNREADABLE_ROW,
  /** A call received outside the records' {@code from}/{@code to} window: left out. */
  OUTSIDE_WINDOW,
  /** A stage time that cannot be read: that time is left out. */
  UNREADABLE_TIME,
  /**
   * A unit position at dispatch ({@code columns.unitLat}, {@code unitLon}) that cannot be read:
   * left out.
   */
  UNREADABLE_POSITION,
  /** A stage time before the one it follows (e.g. on scene before dispatched): left out. */
  OUT_OF_ORDER,
  /** A stage of zero length where time must pass (dispatched to on scene, on scene to cleared). */
  ZERO_STAGE,
  /** A stage longer than the records' {@code stageCapHours}: left out. */
  OVER_CAP;

  /** The name used in files and reports, e.g. {@code outOfOrder}. */
  public String key() {
    String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_", -1);
    StringBuilder b = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return b.toString();
  }
}
