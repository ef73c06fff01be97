// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.event;

import java.util.List;
import java.util.Locale;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.SourceRow;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.UnitId;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;

/**
 * The domain events of a run, emitted by the entities into the engine's deterministic record
 * stream. Reports, the incident timeline and the decision log are rebuilt from these alone, never
 * from live state. Times are milliseconds since the scenario start.
 */
public sealed interface DispatchEvent {
  long timeMs();

  /** What a unit is doing, for utilisation and availability. */
  enum UnitState {
    /** On patrol, at its post, or (a station team) at the station: available. */
    FREE,
    /**
     * A station team getting ready to leave the station after a call-out, or a patrol car between
     * its dispatch and moving off ({@code response.carTurnoutSeconds}; committed, not free).
     */
    TURNOUT,
    RESPONDING,
    ON_SCENE,
    MEAL_BREAK,
    /** A crew change: driving to the station for it, or handing over. */
    HANDOVER,
    /**
     * A station team driving back to the station, or a patrol car driving back to its post at the
     * end of an exponential busy time ({@code fleet.busyTime: exponential}; busy until it is
     * there).
     */
    RETURNING,
    /**
     * A part-day patrol car ({@code fleet.extraShifts}) outside its hours: at its home station, no
     * crew, never dispatched; its time is not car time (utilisation and time shares count on-duty
     * time only).
     */
    OFF_DUTY,
    /**
     * A patrol car's crew busy with work it started itself ({@code fleet.selfInitiated}: a stop, a
     * report written): where it stopped, not dispatched (not even to an urgent call) until it is
     * done.
     */
    SELF_INITIATED
  }

  /** Who resolved an incident, or where it went. */
  enum Disposal {
    /** Settled on the spot by a roving patrol car. */
    STREET,
    /** Handled by a duty team sent from a police station. */
    STATION_CALLOUT,
    /** A patrol car attended, but the case went on to the station. */
    HANDED_OVER
  }

  /** Where an incident still open at the end of the run stood. */
  enum OpenState {
    /** No unit assigned (being handled, or queued). */
    WAITING,
    /** A unit on its way, none on scene. */
    EN_ROUTE,
    /** A unit on scene. */
    ON_SCENE;

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What a dispatch decision did. */
  enum Action {
    PATROL,
    STATION,
    WAIT;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The first event of a run: what the report needs to know of the plan.
   *
   * @param vehicles the plan's patrol cars, around-the-clock and part-day ({@code
   *     fleet.extraShifts})
   * @param callHorizonMs no call arrives at or after this time; later the run only drains
   * @param streetCeiling the share of calls a patrol could settle if one of the plan's best crews
   *     always attended within the grace time (by the types)
   * @param carTurnout the plan's patrol cars have a turnout ({@code response.carTurnoutSeconds})
   * @param selfInitiated the plan's patrol cars start work of their own ({@code
   *     fleet.selfInitiated})
   */
  record RunStarted(
      long timeMs,
      long seed,
      int days,
      int vehicles,
      List<StationId> stations,
      double urgentTargetSeconds,
      double coverageTargetSeconds,
      long callHorizonMs,
      double streetCeiling,
      boolean carTurnout,
      boolean selfInitiated)
      implements DispatchEvent {

    /** A plan without car turnout or self-initiated work. */
    public RunStarted(
        long timeMs,
        long seed,
        int days,
        int vehicles,
        List<StationId> stations,
        double urgentTargetSeconds,
        double coverageTargetSeconds,
        long callHorizonMs,
        double streetCeiling) {
      this(
          timeMs,
          seed,
          days,
          vehicles,
          stations,
          urgentTargetSeconds,
          coverageTargetSeconds,
          callHorizonMs,
          streetCeiling,
          false,
          false);
    }
  }

  /**
   * A replay's rows that were not run: bad rows skipped ({@code onBadRow: skip}, with their first
   * lines) and usable rows after the last simulated day ({@code rowsOutsideHorizon: leaveOut}).
   *
   * @param records the data rows of the file
   * @param replayed the rows replayed as calls
   * @param leftOut every row not replayed, by reason (the keys of {@code replay.leftOut} in
   *     summary.json, every reason present, in a fixed order)
   * @param repeatedIds the rule for rows sharing a call number ({@code first}, {@code mostSerious},
   *     {@code keepAll}), or null when the mapping names no call number column
   * @param mapping the categories to types and priorities, with the window's rows counted
   * @param warnings mapping keys that matched no row, categories that fell to the default type
   */
  record ReplayRowsLeftOut(
      long timeMs,
      int skippedRows,
      List<Integer> firstSkippedLines,
      int rowsOutsideHorizon,
      int records,
      int replayed,
      java.util.Map<String, Integer> leftOut,
      String repeatedIds,
      List<org.patrolsim.dispatch.incident.replay.CategoryMapping> mapping,
      List<String> warnings)
      implements DispatchEvent {

    public ReplayRowsLeftOut {
      leftOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leftOut));
      mapping = List.copyOf(mapping);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A call reached the command centre; {@code settleable}: the plan's best crew, on scene within
   * the grace time, would settle it on the spot (the ceiling); {@code repeatOf}: the incident it
   * repeats, or 0; {@code source}: the replay file's row it came from, or null.
   */
  record CallReceived(
      long timeMs,
      long incident,
      double lat,
      double lon,
      String type,
      Priority priority,
      StationId station,
      boolean settleable,
      long repeatOf,
      SourceRow source)
      implements DispatchEvent {

    /** A call not from a replay file. */
    public CallReceived(
        long timeMs,
        long incident,
        double lat,
        double lon,
        String type,
        Priority priority,
        StationId station,
        boolean settleable,
        long repeatOf) {
      this(timeMs, incident, lat, lon, type, priority, station, settleable, repeatOf, null);
    }

    /** A first call (not a repeat). */
    public CallReceived(
        long timeMs,
        long incident,
        double lat,
        double lon,
        String type,
        Priority priority,
        StationId station,
        boolean settleable) {
      this(timeMs, incident, lat, lon, type, priority, station, settleable, 0, null);
    }
  }

  /** One unit the command centre weighed, with its road time (+Infinity when unreachable). */
  record Weighed(UnitId unit, double roadSeconds, String state) {}

  /**
   * One dispatch decision, with its reason and the best candidates weighed.
   *
   * @param unit the unit sent (a patrol car or a station duty team), or null when waiting
   * @param roadSeconds the road time of the unit sent (for a station team, from the station)
   * @param preempted the incident the unit was taken off, or 0
   */
  record Decided(
      long timeMs,
      long incident,
      Action action,
      UnitId unit,
      Role role,
      double fromLat,
      double fromLon,
      double roadSeconds,
      long preempted,
      String reason,
      List<Weighed> candidates)
      implements DispatchEvent {}

  /**
   * A unit sent to an incident moved off towards it: a patrol car at once, or after its turnout
   * ({@code response.carTurnoutSeconds}); a station team after its turnout. The CAD's "en route"
   * time.
   */
  record EnRoute(long timeMs, long incident, UnitId unit) implements DispatchEvent {}

  /** A unit reached the scene; {@code covered} when every unit the incident needs is there. */
  record Arrived(long timeMs, long incident, UnitId unit, boolean covered)
      implements DispatchEvent {}

  /**
   * An incident lost its car to an urgent call; {@code workCreditedMs} of on-scene work already
   * done stays done, and the next unit works only the rest.
   */
  record Preempted(long timeMs, long incident, CarId car, long workCreditedMs)
      implements DispatchEvent {}

  /**
   * The incident is finished: how, by which (primary) unit, and which station receives a hand-over.
   */
  record Cleared(long timeMs, long incident, UnitId unit, Disposal disposal, StationId station)
      implements DispatchEvent {}

  /** A unit changed state (patrol car or station duty team). */
  record UnitChanged(long timeMs, UnitId unit, UnitState state) implements DispatchEvent {}

  /**
   * A sample of coverage: the share of the road network ({@code share}) and of the expected calls
   * ({@code demandShare}) within the coverage target, from the call, of a free unit the policy
   * would send.
   *
   * @param expectedCallsPerHour the calls expected in this hour of the day: the sample's weight in
   *     the day's demand-weighted coverage
   */
  record CoverageSampled(long timeMs, double share, double demandShare, double expectedCallsPerHour)
      implements DispatchEvent {}

  /**
   * Coverage per road segment over the call period, emitted once at the end of the run: for each
   * road segment, the share of the coverage samples (time, by stratified sampling) in which it was
   * within the target time of a free patrol car, counted by the part of its length reached.
   *
   * @param samples the number of coverage samples (as in {@link CoverageSampled})
   * @param shareOfTime indexed by road segment id (geo's {@code RoadSegment.id()}); 0 for segments
   *     that are not roads of the main network. Not to be modified.
   */
  record SegmentCoverage(long timeMs, int samples, double[] shareOfTime) implements DispatchEvent {}

  /**
   * A crew's shift ended before it could take (all of) its meal break; nothing passes to the next
   * crew.
   */
  record MealMissed(long timeMs, CarId car) implements DispatchEvent {}

  /**
   * A patrol car's movement, for the presence measures: from {@code timeMs} until its next one, it
   * drives {@code route} (left at {@code departedMs}; at its end it stands there) or stands at
   * {@code at}.
   *
   * @param patrolling free on patrol (what presence counts), not on a job, a meal or a hand-over
   * @param route the route being driven, or null when standing at {@code at}
   * @param at where the car stands, or null while it drives
   */
  record CarPath(
      long timeMs, CarId car, boolean patrolling, Route route, long departedMs, NetworkPosition at)
      implements DispatchEvent {}

  /**
   * The places presence is reported for, at the start of a run: the road segments with the most
   * expected calls (the plan's hot spots), busiest first.
   *
   * @param callShares the share of the expected calls on each hot spot's segment
   */
  record PresencePlan(long timeMs, int[] hotspots, double[] callShares) implements DispatchEvent {}

  /** The road segment ({@code RoadSegment.id()}) of a call's place, beside its CallReceived. */
  record CallSegment(long timeMs, long incident, int segment) implements DispatchEvent {}

  /** An incident still open when the run ended (the drain cap was reached), and where it stood. */
  record StillOpen(long timeMs, long incident, OpenState state) implements DispatchEvent {}

  /** The last event of a run: when it ended (every incident cleared, or the drain cap). */
  record RunEnded(long timeMs) implements DispatchEvent {}
}
