// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;

/**
 * The messages of the dispatch model. The engine needs one message type for all entities, so the
 * protocol of each entity is a group of records here, named by its receiver. Routes and positions are
 * immutable values of the shared read-only road network.
 */
public sealed interface Msg {

  // ---- to the incident source (its own timers) -------------------------------------------------

  /** Time for the next candidate arrival of the Poisson process. */
  record NextCall() implements Msg {}

  /** A replayed call due now. */
  record ReplayCall(IncidentCall call) implements Msg {}

  // ---- to the command centre -------------------------------------------------------------------

  /** A new call, already placed on the road network, with what it will need. */
  record Call(IncidentCall call, NetworkPosition scene, IncidentFate fate) implements Msg {}

  /**
   * A patrol car's state changed. While patrolling or driving it reports its route and departure time;
   * the command centre interpolates the position itself when it needs it.
   *
   * @param route the route being driven, or null when standing at {@code at}
   * @param incident the incident it is busy with (0 when none)
   */
  record CarStatus(String car, UnitState state, Route route, long departedMs, NetworkPosition at,
      long incident) implements Msg {}

  /** A unit (patrol car or station duty team) reached an incident. */
  record UnitArrived(String unit, long incident) implements Msg {}

  /** A unit finished its work on scene. */
  record UnitDone(String unit, long incident) implements Msg {}

  /** A station's count of free duty teams changed. */
  record StationStatus(String station, int freeTeams) implements Msg {}

  /** The command centre's own timer: sample coverage now. */
  record SampleCoverage() implements Msg {}

  // ---- to a patrol car -------------------------------------------------------------------------

  /** Drive to this incident now (dropping anything else: pre-emption). */
  record Assign(long incident, NetworkPosition scene) implements Msg {}

  /** Every needed unit is on scene: work for this long, then report done. */
  record WorkOnScene(long incident, long durationMs) implements Msg {}

  /** The car's own timers; {@code plan} guards against timers of an abandoned plan. */
  record CarTimer(CarTimerKind kind, long plan) implements Msg {}

  /** What a patrol car's timer is for. */
  enum CarTimerKind { LEG_DONE, ARRIVED, SCENE_DONE, SHIFT_CHANGE, MEAL_DUE, BREAK_OVER }

  // ---- to a station ----------------------------------------------------------------------------

  /** Send a duty team to this incident. */
  record CallOut(long incident, NetworkPosition scene) implements Msg {}

  /** A station team's own timer. */
  record TeamTimer(int team, StationTimerKind kind) implements Msg {}

  /** What a duty team's timer is for. */
  enum StationTimerKind { ARRIVED, SCENE_DONE, BACK_AT_STATION }

  /** Work on scene for a station team (the command centre's answer to its arrival). */
  record TeamWork(String unit, long incident, long durationMs) implements Msg {}

}
