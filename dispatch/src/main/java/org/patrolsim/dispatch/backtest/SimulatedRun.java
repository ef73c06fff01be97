// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * The simulated side of a back-test, folded from a run's event stream: each incident's measures from
 * its timeline, and its unit time from the units' states. A unit is busy on a call while turning out,
 * responding or on scene (a station team's drive back is not counted: a CAD export clears a unit when
 * it leaves the scene); each busy stretch is the incident's the unit was last sent to, and a unit sent
 * on while busy (pre-empted) starts a stretch for the new incident.
 */
public final class SimulatedRun implements RunObserver {
  private static final Set<UnitState> BUSY = Set.of(UnitState.TURNOUT, UnitState.RESPONDING, UnitState.ON_SCENE);

  /** One incident as simulated: its time and place (to pair it with its record) and its measures. */
  public record Incident(long id, long callMs, double lat, double lon, IncidentTimeline timeline,
      Map<Measure, Double> measures) {}

  private final Map<UnitId, Long> sentTo = new HashMap<>();
  private final Map<UnitId, Long> busySince = new HashMap<>();
  private final Map<Long, Long> unitMs = new HashMap<>();
  private final Map<Long, Incident> incidents = new TreeMap<>();
  private final BusyByHour busy = new BusyByHour();
  private long lastMs;

  @Override
  public void event(DispatchEvent event) {
    lastMs = event.timeMs();
    if (event instanceof DispatchEvent.Decided d && d.unit() != null) {
      if (busySince.containsKey(d.unit())) {
        close(d.unit(), d.timeMs());
        busySince.put(d.unit(), d.timeMs());
      }
      sentTo.put(d.unit(), d.incident());
    } else if (event instanceof DispatchEvent.UnitChanged c) {
      boolean nowBusy = BUSY.contains(c.state());
      if (nowBusy && !busySince.containsKey(c.unit())) {
        busySince.put(c.unit(), c.timeMs());
      } else if (!nowBusy && busySince.containsKey(c.unit())) {
        close(c.unit(), c.timeMs());
      }
    }
  }

  private void close(UnitId unit, long atMs) {
    long from = busySince.remove(unit);
    Long incident = sentTo.get(unit);
    if (incident != null && atMs > from) {
      unitMs.merge(incident, atMs - from, Long::sum);
      busy.add(from, atMs);
    }
  }

  @Override
  public void timeline(IncidentTimeline t) {
    incidents.put(t.id(), new Incident(t.id(), t.callMs(), t.lat(), t.lon(), t, measures(t)));
  }

  @Override
  public void finish(org.patrolsim.dispatch.report.RunReport report) {
    for (UnitId unit : busySince.keySet().stream().sorted().toList()) {
      close(unit, lastMs);
    }
    incidents.replaceAll((id, i) -> {
      Map<Measure, Double> m = new EnumMap<>(Measure.class);
      m.putAll(i.measures());
      Long ms = unitMs.get(id);
      if (ms != null) {
        m.put(Measure.UNIT_TIME, ms / 1000.0);
      }
      return new Incident(i.id(), i.callMs(), i.lat(), i.lon(), i.timeline(), m);
    });
  }

  /**
   * The stage measures of a timeline: handling (call to first dispatch), drive (first dispatch to first
   * arrival), response (call to first arrival), on scene (first arrival to clear); each only where both
   * times happened.
   */
  static Map<Measure, Double> measures(IncidentTimeline t) {
    Map<Measure, Double> m = new EnumMap<>(Measure.class);
    put(m, Measure.HANDLING, t.callMs(), t.firstDispatchMs());
    put(m, Measure.DRIVE, t.firstDispatchMs(), t.firstArrivalMs());
    put(m, Measure.RESPONSE, t.callMs(), t.firstArrivalMs());
    put(m, Measure.ON_SCENE, t.firstArrivalMs(), t.clearMs());
    return m;
  }

  private static void put(Map<Measure, Double> m, Measure measure, long fromMs, long toMs) {
    if (fromMs >= 0 && toMs >= fromMs) {
      m.put(measure, (toMs - fromMs) / 1000.0);
    }
  }

  /** The incidents by id, once the run has finished. */
  public Map<Long, Incident> incidents() {
    return java.util.Collections.unmodifiableMap(incidents);
  }

  /** The units busy on calls by hour, once the run has finished. */
  public BusyByHour busy() {
    return busy;
  }
}
