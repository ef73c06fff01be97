// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.event;

import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Route;

/**
 * Records for live views (the drill's map), emitted beside the {@link DispatchEvent}s into the
 * engine's record stream, in the same total order. They are not events of the report: runs keep
 * only DispatchEvents, and no report reads these. Emitting them draws no random number and sends
 * nothing, so a run is the same with or without anyone reading them.
 */
public sealed interface LiveRecord {
  long timeMs();

  /**
   * A patrol car's movement, as it reports it to the command centre: its state and the route it
   * drives from {@code departedMs} (positions are interpolated along it), or where it stands.
   *
   * @param route the route being driven, or null when standing at {@code at}
   * @param at where the car stands, or null while it drives
   * @param incident the incident it is busy with, or 0
   */
  record CarMoved(
      long timeMs,
      CarId car,
      UnitState state,
      Route route,
      long departedMs,
      LatLon at,
      long incident)
      implements LiveRecord {}

  /**
   * An injected call (a drill's trainer placed it) became a call: its incident number.
   *
   * @param injection the injection's number in the drill (1, 2, ...)
   */
  record CallInjected(long timeMs, long incident, long injection) implements LiveRecord {}
}
