// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * The incident source's protocol: its own timers, the repeat calls the command centre asks for, and
 * what a drill injects from outside the model (a call placed by the trainer, the end of the drill).
 */
public sealed interface ToSource extends Msg {

  /** Time for the next candidate arrival of the Poisson process. */
  record NextCall() implements ToSource {}

  /** A replayed call due now. */
  record ReplayCall(IncidentCall call) implements ToSource {}

  /**
   * A call injected by a drill's trainer, due now: made a call like any other (numbered in turn,
   * placed on the nearest road), with the fate given (drawn outside the source's own stream, so
   * that injecting changes none of the calls the source draws).
   *
   * @param injection the injection's number in the drill (1, 2, ...)
   */
  record InjectedCall(
      long injection, IncidentType type, Priority priority, LatLon at, IncidentFate fate)
      implements ToSource {}

  /**
   * Incident {@code repeatOf}, not settled on the street, brings a repeat call now: a call of the
   * same type at the same place, numbered in turn, with a fate from a stream of its own (seeded by
   * the run and {@code repeatOf}, so that the calls the source draws stay as they were). One due at
   * or after the end of the call period is no call and is dropped.
   */
  record RepeatCall(long repeatOf, IncidentType type, NetworkPosition scene) implements ToSource {}

  /**
   * The drill's trainer ended the drill: the run ends after this step; open incidents stay open.
   */
  record EndDrill() implements ToSource {}
}
