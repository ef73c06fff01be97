// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.incident.Priority;

/**
 * The full record of one incident, rebuilt from the event stream: call, dispatch (which unit, from
 * where), arrival, cover, clear, disposal and hand-over. Times are ms since the start, -1 when it did not
 * happen.
 */
public record IncidentTimeline(
    long id, long callMs, double lat, double lon, String type, Priority priority, String station,
    long dispatchMs, String unit, double fromLat, double fromLon, String backupUnit, long arrivalMs,
    long coveredMs, long clearMs, Disposal disposal, String clearedBy, String handedOverTo, int preemptions) {

  public boolean served() {
    return disposal != null;
  }

  /** Seconds from call to cover (every needed unit on scene), or NaN when never covered. */
  public double responseSeconds() {
    return coveredMs < 0 ? Double.NaN : (coveredMs - callMs) / 1000.0;
  }

  /** Seconds from call to the first unit on scene, or NaN. */
  public double firstArrivalSeconds() {
    return arrivalMs < 0 ? Double.NaN : (arrivalMs - callMs) / 1000.0;
  }
}
