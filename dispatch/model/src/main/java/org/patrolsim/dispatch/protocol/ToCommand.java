// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.dispatch.unit.UnitId;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;

/** The command centre's protocol: calls, what units report, and its own timers. */
public sealed interface ToCommand extends Msg {

  /** A new call, already placed on the road network, with what it will need. */
  record Call(IncidentCall call, NetworkPosition scene, IncidentFate fate) implements ToCommand {}

  /** The call taker has handled the call: the command centre decides now (its own timer). */
  record CallHandled(long incident) implements ToCommand {}

  /** No more calls arrive: the run drains until every open incident has cleared (its own timer). */
  record CallsEnded() implements ToCommand {}

  /** Sample coverage now (its own timer). */
  record SampleCoverage() implements ToCommand {}

  /**
   * A patrol car's state changed. While patrolling or driving it reports its route and departure
   * time; the command centre interpolates the position itself when it needs it.
   *
   * @param route the route being driven, or null when standing at {@code at}
   * @param incident the incident it is busy with (0 when none)
   */
  record CarStatus(
      CarId car, UnitState state, Route route, long departedMs, NetworkPosition at, long incident)
      implements ToCommand {}

  /** A station duty team is back at its station and free. */
  record TeamFree(TeamId team) implements ToCommand {}

  /** A unit (patrol car or station duty team) reached an incident. */
  record UnitArrived(UnitId unit, long incident) implements ToCommand {}

  /** A unit finished its work on scene. */
  record UnitDone(UnitId unit, long incident) implements ToCommand {}
}
