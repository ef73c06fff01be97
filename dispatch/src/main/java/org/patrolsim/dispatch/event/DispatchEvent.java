// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.event;

import java.util.List;
import org.patrolsim.dispatch.incident.Priority;

/**
 * The domain events of a run, emitted by the entities into the engine's deterministic record stream.
 * Reports, the incident timeline and the decision log are rebuilt from these alone, never from live
 * state. Times are milliseconds since the scenario start.
 */
public sealed interface DispatchEvent {
  long timeMs();

  /** What a unit is doing, for utilisation. */
  enum UnitState { FREE, RESPONDING, ON_SCENE, MEAL_BREAK, HANDOVER, RETURNING }

  /** Who resolved an incident, or where it went. */
  enum Disposal { STREET, STATION_CALLOUT, HANDED_OVER }

  /** The first event of a run: what the report needs to know of the plan. */
  record RunStarted(long timeMs, long seed, int days, int vehicles, List<String> stations,
      double urgentTargetSeconds, double coverageTargetSeconds) implements DispatchEvent {}

  /**
   * A replay's rows that were not run: bad rows skipped ({@code onBadRow: skip}, with their first
   * lines) and usable rows after the last simulated day ({@code rowsOutsideHorizon: leaveOut}).
   */
  record ReplayRowsLeftOut(long timeMs, int skippedRows, List<Integer> firstSkippedLines, int rowsOutsideHorizon)
      implements DispatchEvent {}

  /** A call reached the command centre. */
  record CallReceived(long timeMs, long incident, double lat, double lon, String type, Priority priority,
      String station) implements DispatchEvent {}

  /** One unit the command centre weighed, with its road time (+Infinity when unreachable). */
  record Weighed(String unit, double roadSeconds, String state) {}

  /**
   * One dispatch decision, with its reason and the best candidates weighed.
   *
   * @param action {@code patrol}, {@code station} or {@code wait}
   * @param unit the unit sent (a patrol car or a station duty team), or empty when waiting
   * @param role {@code primary} or {@code backup}
   * @param preempted the incident the unit was taken off, or 0
   */
  record Decided(long timeMs, long incident, String action, String unit, String role, double fromLat,
      double fromLon, double roadSeconds, long preempted, String reason, List<Weighed> candidates)
      implements DispatchEvent {}

  /** A unit reached the scene; {@code covered} when every unit the incident needs is there. */
  record Arrived(long timeMs, long incident, String unit, boolean covered) implements DispatchEvent {}

  /** An incident lost its unit to an urgent call; it waits for the next unit or goes to its station. */
  record Preempted(long timeMs, long incident, String unit) implements DispatchEvent {}

  /** The incident is finished: how, by which unit, and which station receives a hand-over. */
  record Cleared(long timeMs, long incident, String unit, Disposal disposal, String station)
      implements DispatchEvent {}

  /** A unit changed state (patrol car or station duty team). */
  record UnitChanged(long timeMs, String unit, boolean patrolCar, UnitState state) implements DispatchEvent {}

  /** A sample of coverage: the share of the road network within the target time of a free patrol car. */
  record CoverageSampled(long timeMs, double share) implements DispatchEvent {}
}
