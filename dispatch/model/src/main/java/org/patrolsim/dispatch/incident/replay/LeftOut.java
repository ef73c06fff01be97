// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

/**
 * Why a row of a replay file was not replayed. The first four are bad rows (they stop the run
 * unless {@code onBadRow: skip}); the others are left out by the mapping's own rules and always
 * counted.
 */
public enum LeftOut {
  /** A place cell empty, or 0,0 as exports write for a missing location. */
  NO_COORDINATES("noCoordinates", "no coordinates"),
  /** A place outside the map's roads' reach and outside its bounding box. */
  OFF_MAP("offMap", "off the map"),
  /** A place inside the map's box but no routable road near enough. */
  FAR_FROM_ROAD("farFromRoad", "far from a road"),
  /** A time, category, priority or number that cannot be read or mapped. */
  BAD_VALUE("badValue", "bad value"),
  /** A received time before {@code from} or at or after {@code to}. */
  OUTSIDE_WINDOW("outsideWindow", "outside the window"),
  /** Another row of the same call number was kept ({@code repeatedIds}). */
  REPEATED_ID("repeatedId", "repeated id"),
  /** A usable row after the last simulated day ({@code rowsOutsideHorizon: leaveOut}). */
  AFTER_LAST_DAY("afterLastDay", "after the last day");

  private final String key;
  private final String words;

  LeftOut(String key, String words) {
    this.key = key;
    this.words = words;
  }

  /** The key in summary.json's {@code replay.leftOut}. */
  public String key() {
    return key;
  }

  /** The reason in words, for the console and the report. */
  public String words() {
    return words;
  }

  /** The reason of a summary key, or null for another text. */
  public static LeftOut ofKey(String key) {
    for (LeftOut r : values()) {
      if (r.key.equals(key)) {
        return r;
      }
    }
    return null;
  }

  /** Whether rows left out for this reason are bad rows (subject to {@code onBadRow}). */
  public boolean bad() {
    return ordinal() <= BAD_VALUE.ordinal();
  }
}
