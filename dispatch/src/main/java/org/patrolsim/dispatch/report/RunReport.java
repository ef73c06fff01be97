// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;

/**
 * The KPIs of one run, computed only from its stream of {@link DispatchEvent}s; the definitions are in
 * docs/MODEL.md. {@link #summary()} is the content of summary.json, with the keys documented in
 * docs/SCENARIO.md. Building a report checks the run's invariants ({@link RunInvariants}).
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
    RunInvariants.check(run, this.events, timelines);
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

  public DispatchEvent.RunStarted run() {
    return run;
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
    s.put("run", runPeriod());
    s.put("incidents", incidents());
    s.put("streetDisposalShare", streetDisposalShare());
    double ceiling = share(timelines.stream().filter(IncidentTimeline::settleable).count(), timelines.size());
    s.put("streetDisposalCeiling", ceiling);
    s.put("streetDisposalCeilingOfTypes", round(run.streetCeiling()));
    s.put("availabilityLoss", round(ceiling - streetDisposalShare()));
    s.put("firstArrivalSeconds", byPriority(IncidentTimeline::firstArrivalSeconds));
    s.put("coverSeconds", byPriority(IncidentTimeline::coverSeconds));
    s.put("callToDispatchSeconds", byPriority(IncidentTimeline::callToDispatchSeconds));
    s.put("urgentFirstArrivalWithinTargetShare", urgentWithinTarget(IncidentTimeline::firstArrivalSeconds));
    s.put("urgentCoverWithinTargetShare", urgentWithinTarget(IncidentTimeline::coverSeconds));
    Map<String, Object> rings = new LinkedHashMap<>();
    for (int m : RINGS_MINUTES) {
      long within = timelines.stream().filter(t -> t.firstArrivalSeconds() <= m * 60.0).count();
      rings.put(Integer.toString(m), share(within, timelines.size()));
    }
    s.put("arrivalWithinMinutesShare", rings);
    s.put("vehicles", vehicles());
    s.put("stations", stations());
    s.put("coverage", coverage());
    return s;
  }

  private Map<String, Object> runPeriod() {
    Map<String, Object> r = new LinkedHashMap<>();
    long ended = events.stream().filter(DispatchEvent.RunEnded.class::isInstance)
        .mapToLong(DispatchEvent::timeMs).max().orElse(run.callHorizonMs());
    r.put("callsUntilSeconds", run.callHorizonMs() / 1000);
    r.put("endedSeconds", ended / 1000.0);
    r.put("drained", timelines.stream().allMatch(IncidentTimeline::cleared));
    return r;
  }

  private Map<String, Object> incidents() {
    Map<String, Object> inc = new LinkedHashMap<>();
    inc.put("total", timelines.size());
    inc.put("streetDisposed", count(Disposal.STREET));
    inc.put("stationDisposed", count(Disposal.STATION_CALLOUT));
    inc.put("handedOver", count(Disposal.HANDED_OVER));
    Map<String, Object> open = new LinkedHashMap<>();
    for (OpenState state : OpenState.values()) {
      open.put(state.key(), timelines.stream().filter(t -> t.openState() == state).count());
    }
    inc.put("open", timelines.stream().filter(t -> !t.cleared()).count());
    inc.put("openByState", open);
    inc.put("stationCallOuts", decisions().stream().filter(d -> d.action() == Action.STATION).count());
    inc.put("preemptions", events.stream().filter(DispatchEvent.Preempted.class::isInstance).count());
    replayLeftOut().ifPresent(r -> {
      inc.put("replaySkippedRows", r.skippedRows());
      inc.put("replayRowsOutsideHorizon", r.rowsOutsideHorizon());
    });
    return inc;
  }

  /** What a replay left out (bad rows skipped, rows after the last day), when the run replayed a file. */
  public java.util.Optional<DispatchEvent.ReplayRowsLeftOut> replayLeftOut() {
    return events.stream().filter(DispatchEvent.ReplayRowsLeftOut.class::isInstance)
        .map(DispatchEvent.ReplayRowsLeftOut.class::cast).findFirst();
  }

  /** The street-level disposal share: incidents settled on the spot by a patrol, of all calls. */
  public double streetDisposalShare() {
    return share(count(Disposal.STREET), timelines.size());
  }

  private long count(Disposal disposal) {
    return timelines.stream().filter(t -> t.disposal() == disposal).count();
  }

  private Map<String, Object> byPriority(ToDoubleFunction<IncidentTimeline> seconds) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      double[] values = timelines.stream().filter(t -> t.priority() == p).mapToDouble(seconds)
          .filter(Double::isFinite).sorted().toArray();
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("count", values.length);
      stats.put("mean", round(Arrays.stream(values).average().orElse(Double.NaN)));
      stats.put("p50", round(percentile(values, 0.50)));
      stats.put("p90", round(percentile(values, 0.90)));
      out.put(p.key(), stats);
    }
    return out;
  }

  /** Nearest-rank percentile of sorted values; NaN when empty (written as null). */
  static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Of all urgent calls, the share reached within the target (one never reached counts as late). */
  private double urgentWithinTarget(ToDoubleFunction<IncidentTimeline> seconds) {
    List<IncidentTimeline> urgent = timelines.stream().filter(t -> t.priority() == Priority.URGENT).toList();
    long within = urgent.stream().filter(t -> seconds.applyAsDouble(t) <= run.urgentTargetSeconds()).count();
    return share(within, urgent.size());
  }

  private Map<String, Object> vehicles() {
    FleetTime time = new FleetTime(events, run.callHorizonMs(), run.vehicles());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("count", run.vehicles());
    v.put("utilization", round(time.utilization()));
    Map<String, Object> shares = new LinkedHashMap<>();
    shares.put("free", round(time.share(UnitState.FREE)));
    shares.put("responding", round(time.share(UnitState.RESPONDING)));
    shares.put("onScene", round(time.share(UnitState.ON_SCENE)));
    shares.put("returning", round(time.share(UnitState.RETURNING)));
    shares.put("mealBreak", round(time.share(UnitState.MEAL_BREAK)));
    shares.put("handover", round(time.share(UnitState.HANDOVER)));
    v.put("timeShare", shares);
    v.put("mealsMissed", events.stream().filter(DispatchEvent.MealMissed.class::isInstance).count());
    return v;
  }

  /** Per station: teams sent (on the day sent; the drain counts on the last day), days without, hand-overs. */
  private List<Object> stations() {
    Map<StationId, int[]> perDay = new LinkedHashMap<>();
    Map<StationId, Integer> handOvers = new TreeMap<>();
    Map<StationId, Integer> disposed = new TreeMap<>();
    run.stations().forEach(id -> perDay.put(id, new int[run.days()]));
    for (DispatchEvent.Decided d : decisions()) {
      if (d.action() == Action.STATION && d.unit() instanceof TeamId team) {
        perDay.get(team.station())[(int) Math.min(run.days() - 1, d.timeMs() / DAY_MS)]++;
      }
    }
    for (IncidentTimeline t : timelines) {
      if (t.disposal() == Disposal.HANDED_OVER) {
        handOvers.merge(t.handedOverTo(), 1, Integer::sum);
      } else if (t.disposal() == Disposal.STATION_CALLOUT) {
        disposed.merge(((TeamId) t.clearedBy()).station(), 1, Integer::sum);
      }
    }
    List<Object> out = new ArrayList<>();
    perDay.forEach((id, days) -> {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("id", id.value());
      st.put("callOuts", Arrays.stream(days).sum());
      st.put("callOutsPerDay", Arrays.stream(days).boxed().toList());
      st.put("zeroCallOutDays", Arrays.stream(days).filter(n -> n == 0).count());
      st.put("stationDisposed", disposed.getOrDefault(id, 0));
      st.put("handOvers", handOvers.getOrDefault(id, 0));
      out.add(st);
    });
    return out;
  }

  private Map<String, Object> coverage() {
    double[] samples = events.stream().filter(DispatchEvent.CoverageSampled.class::isInstance)
        .mapToDouble(e -> ((DispatchEvent.CoverageSampled) e).share()).toArray();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("targetSeconds", run.coverageTargetSeconds());
    c.put("samples", samples.length);
    c.put("meanShareWithinTarget", round(Arrays.stream(samples).average().orElse(0)));
    return c;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : round(part / (double) whole);
  }

  static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 10_000.0) / 10_000.0 : Double.NaN;
  }
}
