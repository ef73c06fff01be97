// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.unit.UnitId;
import org.patrolsim.geo.LatLon;

/**
 * The simulated side of a back-test, folded from a run's event stream: each incident as a dispatch
 * centre would have recorded it, so that both sides are measured by the same rules ({@link
 * RecordedCall#span}). A unit is dispatched at its dispatch decision, en route when it moves off
 * ({@code EnRoute}: after a car's or a station team's turnout), on scene at its first arrival, and
 * cleared when it next leaves the scene (its state changes from on scene); a unit sent elsewhere
 * before it cleared has no clear time, as in a CAD export. Each visit keeps where the unit was when
 * it was dispatched, as a CAD with vehicle positions records it.
 */
public final class SimulatedRun implements RunObserver {
  /** The wall clock the simulated calls are written on: only durations are read from it. */
  private static final LocalDateTime ZERO = LocalDate.EPOCH.atStartOfDay();

  /** One incident: its timeline (time, place, jurisdiction) and the call as a CAD would hold it. */
  public record Incident(IncidentTimeline timeline, RecordedCall call) {}

  /** One unit's part in one incident, filled in as the events come; -1: did not happen. */
  private static final class Visit {
    final UnitId unit;
    final long dispatchedMs;
    final LatLon from;
    long enRouteMs = -1;
    long onSceneMs = -1;
    long clearedMs = -1;

    Visit(DispatchEvent.Decided d) {
      this.unit = d.unit();
      this.dispatchedMs = d.timeMs();
      this.from =
          Double.isNaN(d.fromLat()) || Double.isNaN(d.fromLon())
              ? null
              : new LatLon(d.fromLat(), d.fromLon());
    }

    UnitVisit toVisit() {
      return new UnitVisit(
          unit.name(), at(dispatchedMs), at(enRouteMs), at(onSceneMs), at(clearedMs), from);
    }
  }

  private final Map<Long, List<Visit>> visits = new HashMap<>();
  private final Map<UnitId, Visit> open = new HashMap<>();
  private final Map<UnitId, Long> openIncident = new HashMap<>();
  private final List<IncidentTimeline> timelines = new ArrayList<>();
  private Map<Long, Incident> incidents;

  @Override
  public void event(DispatchEvent event) {
    if (event instanceof DispatchEvent.Decided d
        && d.unit() != null
        && d.action() != DispatchEvent.Action.WAIT) {
      Visit v = new Visit(d);
      open.put(d.unit(), v);
      openIncident.put(d.unit(), d.incident());
      visits.computeIfAbsent(d.incident(), k -> new ArrayList<>()).add(v);
    } else if (event instanceof DispatchEvent.EnRoute r) {
      Visit v = open.get(r.unit());
      if (v != null && openIncident.get(r.unit()) == r.incident() && v.enRouteMs < 0) {
        v.enRouteMs = r.timeMs();
      }
    } else if (event instanceof DispatchEvent.Arrived a) {
      Visit v = open.get(a.unit());
      if (v != null && openIncident.get(a.unit()) == a.incident() && v.onSceneMs < 0) {
        v.onSceneMs = a.timeMs();
      }
    } else if (event instanceof DispatchEvent.UnitChanged c && c.state() != UnitState.ON_SCENE) {
      Visit v = open.get(c.unit());
      if (v != null && v.onSceneMs >= 0) {
        v.clearedMs = c.timeMs();
        open.remove(c.unit());
        openIncident.remove(c.unit());
      }
    }
  }

  @Override
  public void timeline(IncidentTimeline t) {
    timelines.add(t);
  }

  @Override
  public void finish(org.patrolsim.dispatch.report.RunReport report) {
    Map<Long, Incident> out = new LinkedHashMap<>();
    for (IncidentTimeline t : timelines) {
      List<UnitVisit> units =
          visits.getOrDefault(t.id(), List.of()).stream().map(Visit::toVisit).toList();
      out.put(
          t.id(),
          new Incident(
              t,
              new RecordedCall(
                  Long.toString(t.id()),
                  0,
                  at(t.callMs()),
                  new LatLon(t.lat(), t.lon()),
                  t.type(),
                  t.type(),
                  t.priority(),
                  false,
                  units)));
    }
    incidents = java.util.Collections.unmodifiableMap(out);
    visits.clear();
  }

  /** A run time (ms since the start) on the wall clock of {@link #ZERO}; null for -1. */
  private static LocalDateTime at(long ms) {
    return ms < 0 ? null : ZERO.plusNanos(ms * 1_000_000L);
  }

  /** The wall-clock time of the run's time 0 in {@link Incident#call()}. */
  public static LocalDateTime zero() {
    return ZERO;
  }

  /** The incidents by id, once the run has finished. */
  public Map<Long, Incident> incidents() {
    if (incidents == null) {
      throw new IllegalStateException("the run has not finished");
    }
    return incidents;
  }
}
