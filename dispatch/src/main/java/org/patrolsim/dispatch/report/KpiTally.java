// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;

/**
 * The running counts behind a run's KPIs, folded from its events and final timelines as they come:
 * counts, each incident's response times (for exact percentiles), car time by state, call-outs per
 * station and day, coverage samples. What it holds grows only with the days (per station and day,
 * samples) and by a few bytes per incident (its response times); {@link RunReport} turns it into the
 * summary.
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
  double[] coverage = new double[64];
  int coverageSamples;
  long endedMs = Long.MIN_VALUE;
  DispatchEvent.ReplayRowsLeftOut replayLeftOut;
  DispatchEvent.SegmentCoverage segmentCoverage;

  KpiTally(DispatchEvent.RunStarted run) {
    this.run = run;
    this.fleet = new FleetTime(run.callHorizonMs(), run.vehicles());
    run.stations().forEach(id -> callOutsPerDay.put(id, new int[run.days()]));
  }

  void event(DispatchEvent e) {
    if (e instanceof DispatchEvent.UnitChanged u) {
      if (u.unit().isPatrolCar()) {
        fleet.changed(u);
      }
    } else if (e instanceof DispatchEvent.Decided d) {
      if (d.action() == Action.STATION) {
        stationCallOuts++;
        if (d.unit() instanceof TeamId team) {
          callOutsPerDay.get(team.station())[(int) Math.min(run.days() - 1, d.timeMs() / DAY_MS)]++;
        }
      }
    } else if (e instanceof DispatchEvent.CoverageSampled c) {
      if (coverageSamples == coverage.length) {
        coverage = Arrays.copyOf(coverage, coverageSamples * 2);
      }
      coverage[coverageSamples++] = c.share();
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
      urgentFirstArrivalWithinTarget += t.firstArrivalSeconds() <= run.urgentTargetSeconds() ? 1 : 0;
      urgentCoverWithinTarget += t.coverSeconds() <= run.urgentTargetSeconds() ? 1 : 0;
    }
    for (int i = 0; i < RINGS_MINUTES.length; i++) {
      withinRing[i] += t.firstArrivalSeconds() <= RINGS_MINUTES[i] * 60.0 ? 1 : 0;
    }
    if (t.disposal() == Disposal.HANDED_OVER) {
      handOvers.merge(t.handedOverTo(), 1, Integer::sum);
    } else if (t.disposal() == Disposal.STATION_CALLOUT) {
      stationDisposed.merge(((TeamId) t.clearedBy()).station(), 1, Integer::sum);
    }
  }

  /** The stream has ended. */
  void finish() {
    fleet.finish();
  }

  /** The coverage samples, in the order they were taken. */
  double[] coverageSamples() {
    return Arrays.copyOf(coverage, coverageSamples);
  }
}
