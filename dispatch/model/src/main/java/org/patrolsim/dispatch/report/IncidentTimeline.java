// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.SourceRow;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * The full record of one incident, rebuilt from the event stream: call, first and last dispatch of
 * a unit (which unit; the first also from where), the backup unit, first arrival, cover (every
 * needed unit on scene), clear, disposal and hand-over, or where it stood if it was still open when
 * the run ended. Times are ms since the start, -1 when it did not happen; units are null when none.
 *
 * @param settleable whether the plan's best crew, on scene within the grace time, would settle it
 *     on the spot (its drawn fate): it counts in the street-disposal ceiling
 * @param openState where it stood at the end of the run, or null when it cleared
 * @param repeatOf the incident this call repeats, or 0 for a first call
 * @param firstEnRouteMs when the first unit sent moved off towards it (after its turnout), or -1
 * @param source the replay file's row the call came from, or null for a generated call
 */
public record IncidentTimeline(
    long id,
    long callMs,
    double lat,
    double lon,
    String type,
    Priority priority,
    StationId station,
    boolean settleable,
    long firstDispatchMs,
    UnitId firstUnit,
    double fromLat,
    double fromLon,
    long firstEnRouteMs,
    long lastDispatchMs,
    UnitId lastUnit,
    UnitId backupUnit,
    long firstArrivalMs,
    long coveredMs,
    long clearMs,
    Disposal disposal,
    UnitId clearedBy,
    StationId handedOverTo,
    int preemptions,
    OpenState openState,
    long repeatOf,
    SourceRow source) {

  public boolean cleared() {
    return disposal != null;
  }

  /** Whether a patrol car was the primary unit when it cleared (settled or handed over). */
  public boolean patrolAttended() {
    return disposal == Disposal.STREET || disposal == Disposal.HANDED_OVER;
  }

  /** Seconds from the call to the first unit on scene, or NaN when none arrived. */
  public double firstArrivalSeconds() {
    return firstArrivalMs < 0 ? Double.NaN : (firstArrivalMs - callMs) / 1000.0;
  }

  /** Seconds from the call to cover (every needed unit on scene), or NaN when never covered. */
  public double coverSeconds() {
    return coveredMs < 0 ? Double.NaN : (coveredMs - callMs) / 1000.0;
  }

  /**
   * Seconds from the first dispatch to the first unit moving off (a turnout), or NaN when none
   * moved off.
   */
  public double dispatchToEnRouteSeconds() {
    return firstDispatchMs < 0 || firstEnRouteMs < 0
        ? Double.NaN
        : (firstEnRouteMs - firstDispatchMs) / 1000.0;
  }

  /**
   * Seconds from the call to the first dispatch (call handling, then any wait for a unit), or NaN.
   */
  public double callToDispatchSeconds() {
    return firstDispatchMs < 0 ? Double.NaN : (firstDispatchMs - callMs) / 1000.0;
  }
}
