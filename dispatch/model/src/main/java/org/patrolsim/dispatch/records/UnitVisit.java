// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.time.LocalDateTime;
import org.patrolsim.geo.LatLon;

/**
 * One unit's part in a recorded call, as wall-clock times in the scenario's zone. A time the export
 * does not hold, or that the reader left out as impossible (counted by {@link Problem}), is null.
 *
 * @param unit the unit's name in the export, or null when it has no unit column
 * @param dispatched when the unit was assigned
 * @param enRoute when it moved off (null: the export does not say, or it is the dispatch time)
 * @param onScene when it arrived
 * @param cleared when it was free again
 * @param from where the unit was when dispatched (WGS 84), or null when the export does not say (no
 *     {@code columns.unitLat}/{@code unitLon}, empty cells, or unreadable ones, counted)
 */
public record UnitVisit(
    String unit,
    LocalDateTime dispatched,
    LocalDateTime enRoute,
    LocalDateTime onScene,
    LocalDateTime cleared,
    LatLon from) {

  /** A visit without the unit's position at dispatch. */
  public UnitVisit(
      String unit,
      LocalDateTime dispatched,
      LocalDateTime enRoute,
      LocalDateTime onScene,
      LocalDateTime cleared) {
    this(unit, dispatched, enRoute, onScene, cleared, null);
  }
}
