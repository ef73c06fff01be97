// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;

/**
 * The KPIs of one run, computed only from its stream of {@link DispatchEvent}s. {@link #summary()} is
 * the content of summary.json, with the stable keys documented in docs/SCENARIO.md#report.
 */
public final class RunReport {
  private static final long DAY_MS = 86_400_000L;
  private static final int[] RINGS_MINUTES = {1, 3, 5};

  private final List<DispatchEvent> events;
  private final DispatchEvent.RunStarted run;
  private final List<IncidentTimeline> timelines;

  private RunReport(List<DispatchEvent> events) {
    this.events = List.copyOf(events);
    this.run = events.stream().filter(DispatchEvent.RunStarted.class::isInstance)
        .map(DispatchEvent.RunStarted.class::cast).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the event stream has no RunStarted"));
    this.timelines = Timelines.of(events);
  }

  public static RunReport of(List<DispatchEvent> events) {
    return new RunReport(events);
  }

  public List<DispatchEvent> events() {
    return events;
  }

  public List<IncidentTimeline> timelines() {
    return timelines;
  }

  public List<DispatchEvent.Decided> decisions() {
    return events.stream().filter(DispatchEvent.Decided.class::isInstance)
        .map(DispatchEvent.Decided.class::cast).toList();
  }

  /** The summary as nested ordered maps (the JSON written to summary.json). */
  public Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("seed", run.seed());
    s.put("days", run.days());
    int total = timelines.size();
    long street = count(Disposal.STREET);
    Map<String, Object> incidents = new LinkedHashMap<>();
    incidents.put("total", total);
    incidents.put("streetDisposed", street);
    incidents.put("stationCallOuts", count(Disposal.STATION_CALLOUT));
    incidents.put("handedOver", count(Disposal.HANDED_OVER));
    incidents.put("unserved", timelines.stream().filter(t -> !t.served()).count());
    incidents.put("preemptions", events.stream().filter(DispatchEvent.Preempted.class::isInstance).count());
    replayLeftOut().ifPresent(r -> {
      incidents.put("replaySkippedRows", r.skippedRows());
      incidents.put("replayRowsOutsideHorizon", r.rowsOutsideHorizon());
    });
    s.put("incidents", incidents);
    s.put("streetDisposalShare", share(street, total));
    s.put("responseTimeSeconds", responseTimes());
    s.put("urgentWithinTargetShare", urgentWithinTarget());
    Map<String, Object> rings = new LinkedHashMap<>();
    for (int m : RINGS_MINUTES) {
      long within = timelines.stream().filter(t -> t.firstArrivalSeconds() <= m * 60.0).count();
      rings.put(Integer.toString(m), share(within, total));
    }
    s.put("arrivalWithinMinutesShare", rings);
    Map<String, Object> vehicles = new LinkedHashMap<>();
    vehicles.put("count", run.vehicles());
    vehicles.put("utilization", round(patrolUtilization()));
    s.put("vehicles", vehicles);
    s.put("stations", stations());
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("targetSeconds", run.coverageTargetSeconds());
    coverage.put("meanShareWithinTarget", round(events.stream()
        .filter(DispatchEvent.CoverageSampled.class::isInstance)
        .mapToDouble(e -> ((DispatchEvent.CoverageSampled) e).share()).average().orElse(0)));
    s.put("coverage", coverage);
    return s;
  }

  /** What a replay left out (bad rows skipped, rows after the last day), when the run replayed a file. */
  public java.util.Optional<DispatchEvent.ReplayRowsLeftOut> replayLeftOut() {
    return events.stream().filter(DispatchEvent.ReplayRowsLeftOut.class::isInstance)
        .map(DispatchEvent.ReplayRowsLeftOut.class::cast).findFirst();
  }

  /** The street-level disposal share (for tables and tests). */
  public double streetDisposalShare() {
    return share(count(Disposal.STREET), timelines.size());
  }

  private long count(Disposal disposal) {
    return timelines.stream().filter(t -> t.disposal() == disposal).count();
  }

  private Map<String, Object> responseTimes() {
    Map<String, Object> byPriority = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      double[] seconds = timelines.stream().filter(t -> t.priority() == p)
          .mapToDouble(IncidentTimeline::responseSeconds).filter(Double::isFinite).sorted().toArray();
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("count", seconds.length);
      stats.put("mean", round(Arrays.stream(seconds).average().orElse(Double.NaN)));
      stats.put("p50", round(percentile(seconds, 0.50)));
      stats.put("p90", round(percentile(seconds, 0.90)));
      byPriority.put(p.key(), stats);
    }
    return byPriority;
  }

  /** Nearest-rank percentile of sorted values; NaN when empty (written as null). */
  static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private double urgentWithinTarget() {
    long urgent = timelines.stream().filter(t -> t.priority() == Priority.URGENT).count();
    long within = timelines.stream().filter(t -> t.priority() == Priority.URGENT)
        .filter(t -> t.responseSeconds() <= run.urgentTargetSeconds()).count();
    return share(within, urgent);
  }

  /** Share of patrol-car time spent responding to or on scene of incidents. */
  private double patrolUtilization() {
    long horizon = run.days() * DAY_MS;
    Map<String, long[]> lastChange = new TreeMap<>(); // unit -> {time, busy?1:0}
    long busy = 0;
    for (DispatchEvent e : events) {
      if (e instanceof DispatchEvent.UnitChanged u && u.patrolCar()) {
        long[] last = lastChange.get(u.unit());
        if (last != null && last[1] == 1) {
          busy += u.timeMs() - last[0];
        }
        boolean nowBusy = u.state() == UnitState.RESPONDING || u.state() == UnitState.ON_SCENE;
        lastChange.put(u.unit(), new long[] {u.timeMs(), nowBusy ? 1 : 0});
      }
    }
    for (long[] last : lastChange.values()) {
      if (last[1] == 1) {
        busy += Math.max(0, horizon - last[0]);
      }
    }
    return run.vehicles() == 0 ? 0 : busy / (double) (run.vehicles() * horizon);
  }

  private List<Object> stations() {
    Map<String, int[]> callOutsPerDay = new LinkedHashMap<>();
    Map<String, Integer> handOvers = new TreeMap<>();
    for (String id : run.stations()) {
      callOutsPerDay.put(id, new int[run.days()]);
    }
    for (IncidentTimeline t : timelines) {
      int day = (int) Math.min(run.days() - 1, t.callMs() / DAY_MS);
      if (t.disposal() == Disposal.STATION_CALLOUT && callOutsPerDay.containsKey(t.station())) {
        callOutsPerDay.get(t.station())[day]++;
      }
      if (t.disposal() == Disposal.HANDED_OVER) {
        handOvers.merge(t.handedOverTo(), 1, Integer::sum);
      }
    }
    List<Object> out = new ArrayList<>();
    callOutsPerDay.forEach((id, perDay) -> {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("id", id);
      st.put("callOuts", Arrays.stream(perDay).sum());
      st.put("zeroCallOutDays", Arrays.stream(perDay).filter(n -> n == 0).count());
      st.put("handOvers", handOvers.getOrDefault(id, 0));
      out.add(st);
    });
    return out;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : round(part / (double) whole);
  }

  static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 10_000.0) / 10_000.0 : Double.NaN;
  }
}
