// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;

/**
 * The running counts behind a run's KPIs, folded from its events and final timelines as they come:
 * counts, each incident's response times (for exact percentiles), car time by state, call-outs per
 * station and day, coverage samples. What it holds grows only with the days (per station and day,
 * samples) and by a few bytes per incident (its response times); {@link RunReport} turns it into
 * the summary.
 */
final class KpiTally {
  static final long DAY_MS = 86_400_000L;
  static final int[] RINGS_MINUTES = {1, 3, 5};

  final DispatchEvent.RunStarted run;
  final ResponseTimes times = new ResponseTimes();
  final FleetTime fleet;
  final Map<StationId, int[]> callOutsPerDay = new LinkedHashMap<>();
  final Map<StationId, Integer> handOvers = new TreeMap<>();
  final Map<StationId, Integer> stationDisposed = new TreeMap<>();
  final long[] disposals = new long[Disposal.values().length];
  final long[] openByState = new long[OpenState.values().length];
  final long[] withinRing = new long[RINGS_MINUTES.length];
  final StreetDisposalTally street = new StreetDisposalTally();
  int calls;
  long settleable;
  long notCleared;
  long urgent;
  long urgentFirstArrivalWithinTarget;
  long urgentCoverWithinTarget;
  long stationCallOuts;
  long preemptions;
  long mealsMissed;

  /** Self-initiated jobs the cars started in the call period. */
  long selfInitiatedJobs;

  final CoverageTally coverage = new CoverageTally();
  final PresenceTally presence;
  long endedMs = Long.MIN_VALUE;
  DispatchEvent.ReplayRowsLeftOut replayLeftOut;
  DispatchEvent.SegmentCoverage segmentCoverage;

  KpiTally(DispatchEvent.RunStarted run) {
    this.run = run;
    this.fleet = new FleetTime(run.callHorizonMs(), run.vehicles());
    this.presence = new PresenceTally(run.callHorizonMs());
    run.stations().forEach(id -> callOutsPerDay.put(id, new int[run.days()]));
  }

  void event(DispatchEvent e) {
    presence.event(e);
    if (e instanceof DispatchEvent.UnitChanged u) {
      if (u.unit().isPatrolCar()) {
        fleet.changed(u);
        selfInitiatedJobs +=
            u.state() == UnitState.SELF_INITIATED && u.timeMs() < run.callHorizonMs() ? 1 : 0;
      }
    } else if (e instanceof DispatchEvent.Decided d) {
      if (d.action() == Action.STATION) {
        stationCallOuts++;
        if (d.unit() instanceof TeamId team) {
          callOutsPerDay.get(team.station())[(int) Math.min(run.days() - 1, d.timeMs() / DAY_MS)]++;
        }
      }
    } else if (e instanceof DispatchEvent.CoverageSampled c) {
      coverage.add(c);
    } else if (e instanceof DispatchEvent.Preempted) {
      preemptions++;
    } else if (e instanceof DispatchEvent.MealMissed) {
      mealsMissed++;
    } else if (e instanceof DispatchEvent.RunEnded r) {
      endedMs = Math.max(endedMs, r.timeMs());
    } else if (e instanceof DispatchEvent.ReplayRowsLeftOut r) {
      replayLeftOut = replayLeftOut == null ? r : replayLeftOut;
    } else if (e instanceof DispatchEvent.SegmentCoverage s) {
      segmentCoverage = s;
    }
  }

  void timeline(IncidentTimeline t) {
    calls++;
    settleable += t.settleable() ? 1 : 0;
    street.add(t);
    if (t.disposal() != null) {
      disposals[t.disposal().ordinal()]++;
    } else {
      notCleared++;
    }
    if (t.openState() != null) {
      openByState[t.openState().ordinal()]++;
    }
    times.add(t);
    if (t.priority() == Priority.URGENT) {
      urgent++;
      urgentFirstArrivalWithinTarget +=
          t.firstArrivalSeconds() <= run.urgentTargetSeconds() ? 1 : 0;
      urgentCoverWithinTarget += t.coverSeconds() <= run.urgentTargetSeconds() ? 1 : 0;
    }
    boolean[] rings = rings(t);
    for (int i = 0; i < rings.length; i++) {
      withinRing[i] += rings[i] ? 1 : 0;
    }
    if (t.disposal() == Disposal.HANDED_OVER) {
      handOvers.merge(t.handedOverTo(), 1, Integer::sum);
    } else if (t.disposal() == Disposal.STATION_CALLOUT) {
      stationDisposed.merge(((TeamId) t.clearedBy()).station(), 1, Integer::sum);
    }
  }

  /**
   * The 1-3-5 minute rings of one incident, counted from the first dispatch order as the field
   * counts them (docs/MODEL.md §3): 1, the first unit on scene within 1 minute of the order (a unit
   * already at the spot: the model has no guards at key places, so a car near enough stands for
   * them); 3, the first unit on scene within 3 minutes; 5, every unit it needs on scene (the backup
   * of a two-unit incident, the district's support) within 5 minutes. An incident never dispatched
   * or never reached is outside every ring.
   */
  static boolean[] rings(IncidentTimeline t) {
    if (t.firstDispatchMs() < 0) {
      return new boolean[RINGS_MINUTES.length];
    }
    long first = t.firstArrivalMs() < 0 ? Long.MAX_VALUE : t.firstArrivalMs() - t.firstDispatchMs();
    long cover = t.coveredMs() < 0 ? Long.MAX_VALUE : t.coveredMs() - t.firstDispatchMs();
    return new boolean[] {
      first <= RINGS_MINUTES[0] * 60_000L,
      first <= RINGS_MINUTES[1] * 60_000L,
      cover <= RINGS_MINUTES[2] * 60_000L
    };
  }

  /** The stream has ended. */
  void finish() {
    fleet.finish();
    presence.finish(endedMs);
  }
}
