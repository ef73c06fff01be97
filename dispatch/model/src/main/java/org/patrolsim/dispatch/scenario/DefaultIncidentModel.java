// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.patrolsim.dispatch.incident.Priority.LOW;
import static org.patrolsim.dispatch.incident.Priority.NORMAL;
import static org.patrolsim.dispatch.incident.Priority.URGENT;

import java.util.List;

/**
 * The defaults of the incident model: a typical urban 24-hour call profile and five incident types.
 * The settle decay (grace, half-life) and the repeat calls of each type are inputs to calibrate;
 * docs/MODEL.md gives the reasoning and the literature behind their shape.
 */
final class DefaultIncidentModel {
  private DefaultIncidentModel() {}

  /** Relative call volume per hour of day, 00:00 first: quiet before dawn, busy in the evening. */
  static final List<Double> HOURLY_PROFILE =
      List.of(
          3.0, 2.4, 1.9, 1.5, 1.3, 1.4, 2.0, 3.0, 4.0, 4.6, 5.0, 5.2, 5.3, 5.2, 5.2, 5.3, 5.5, 5.8,
          6.0, 6.1, 5.9, 5.3, 4.5, 3.6);

  // name, priority, share, on-scene minutes, settle chance, units, grace min, half-life min,
  // repeat, mean days
  static final List<Scenario.IncidentType> TYPES =
      List.of(
          new Scenario.IncidentType(
              "violent", URGENT, 0.08, OnSceneMinutes.mean(40.0), 0.35, 2, 5.0, 20.0, 0.15, 7.0),
          new Scenario.IncidentType(
              "traffic", NORMAL, 0.25, OnSceneMinutes.mean(25.0), 0.85, 1, 10.0, 30.0, 0.0, 7.0),
          new Scenario.IncidentType(
              "dispute", NORMAL, 0.30, OnSceneMinutes.mean(30.0), 0.80, 1, 5.0, 20.0, 0.30, 7.0),
          new Scenario.IncidentType(
              "theft-report", LOW, 0.17, OnSceneMinutes.mean(20.0), 0.50, 1, 0.0, null, 0.0, 7.0),
          new Scenario.IncidentType(
              "assistance", LOW, 0.20, OnSceneMinutes.mean(20.0), 0.92, 1, 10.0, 60.0, 0.0, 7.0));
}
