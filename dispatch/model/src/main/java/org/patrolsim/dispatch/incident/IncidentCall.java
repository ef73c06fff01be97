// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * One call as it reaches the command centre: when, where (snapped later to a road), what, how
 * urgent.
 *
 * @param repeatOf the incident this call repeats (an earlier one not settled on the street), or 0
 * @param source the replay file's row the call came from, or null for a generated call
 */
public record IncidentCall(
    long id,
    long timeMs,
    double lat,
    double lon,
    IncidentType type,
    Priority priority,
    long repeatOf,
    SourceRow source) {

  /** A call not from a replay file. */
  public IncidentCall(
      long id,
      long timeMs,
      double lat,
      double lon,
      IncidentType type,
      Priority priority,
      long repeatOf) {
    this(id, timeMs, lat, lon, type, priority, repeatOf, null);
  }

  /** A first call (not a repeat), not from a replay file. */
  public IncidentCall(
      long id, long timeMs, double lat, double lon, IncidentType type, Priority priority) {
    this(id, timeMs, lat, lon, type, priority, 0, null);
  }
}
