// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.report.ResponseTimes.Measure;

/**
 * The KPIs of one run, computed only from its stream of {@link DispatchEvent}s (folded as the run
 * goes by a {@link RunFold}); the definitions are in docs/MODEL.md. {@link #summary()} is the
 * content of summary.json, with the keys documented in docs/SCENARIO.md. Folding a run checks its
 * invariants ({@link RunInvariants}). It holds the run's response times (for exact percentiles and
 * the report's curves) but not its events or timelines.
 */
public final class RunReport {
  private final DispatchEvent.RunStarted run;
  private final Map<String, Object> summary;
  private final Optional<DispatchEvent.ReplayRowsLeftOut> replayLeftOut;
  private final DispatchEvent.SegmentCoverage segmentCoverage;
  private final Optional<Presence> presence;
  private final double[][][] reached;
  private final int[] calls;
  private final double streetDisposalShare;

  RunReport(KpiTally tally) {
    this.run = tally.run;
    this.replayLeftOut = Optional.ofNullable(tally.replayLeftOut);
    this.segmentCoverage = tally.segmentCoverage;
    this.presence =
        tally.presence.measured()
            ? Optional.of(tally.presence.result(Math.max(1, tally.run.days())))
            : Optional.empty();
    this.reached = new double[Measure.values().length][Priority.values().length][];
    this.calls = new int[Priority.values().length];
    for (Priority p : Priority.values()) {
      calls[p.ordinal()] = tally.times.calls(p);
      for (Measure m : Measure.values()) {
        reached[m.ordinal()][p.ordinal()] = tally.times.sortedSeconds(m, p);
      }
    }
    this.streetDisposalShare = share(tally.disposals[Disposal.STREET.ordinal()], tally.calls);
    this.summary = freeze(summaryOf(tally));
  }

  /** Folds {@code events} (a whole run, in the engine's order) into its report. */
  public static RunReport of(List<DispatchEvent> events) {
    RunFold fold = RunFold.of();
    events.forEach(fold);
    return fold.finish();
  }

  public DispatchEvent.RunStarted run() {
    return run;
  }

  /** The summary as nested ordered maps (the JSON written to summary.json); not to be modified. */
  public Map<String, Object> summary() {
    return summary;
  }

  /**
   * What a replay left out (bad rows skipped, rows after the last day), when the run replayed a
   * file.
   */
  public Optional<DispatchEvent.ReplayRowsLeftOut> replayLeftOut() {
    return replayLeftOut;
  }

  /** The street-level disposal share: incidents settled on the spot by a patrol, of all calls. */
  public double streetDisposalShare() {
    return streetDisposalShare;
  }

  /** The run's coverage per road segment (one event at the end of every run). */
  public DispatchEvent.SegmentCoverage segmentCoverage() {
    if (segmentCoverage == null) {
      throw new IllegalStateException("the run emitted no coverage per road segment");
    }
    return segmentCoverage;
  }

  /**
   * Where the run's patrol time went: per road segment, per hot spot, for the calls; empty when the
   * run did not measure it ({@code report.presence: false}).
   */
  public Optional<Presence> presence() {
    return presence;
  }

  /** Calls of priority {@code p}. */
  public int calls(Priority p) {
    return calls[p.ordinal()];
  }

  /**
   * The seconds from the call to {@code m} of every call of priority {@code p} that {@code m}
   * happened to, sorted ascending; shared, not to be modified.
   */
  public double[] reachedSeconds(Measure m, Priority p) {
    return reached[m.ordinal()][p.ordinal()];
  }

  private Map<String, Object> summaryOf(KpiTally t) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("seed", run.seed());
    s.put("days", run.days());
    s.put("run", runPeriod(t));
    s.put("incidents", incidents(t));
    replayLeftOut.ifPresent(r -> s.put("replay", replay(r)));
    s.put("streetDisposalShare", streetDisposalShare);
    double ceiling = share(t.settleable, t.calls);
    s.put("streetDisposalCeiling", ceiling);
    s.put("streetDisposalCeilingOfTypes", round(run.streetCeiling()));
    double responseLoss = share(t.street.attendedNotSettled, t.calls);
    s.put("availabilityLoss", round(ceiling - streetDisposalShare - responseLoss));
    s.put("responseLoss", responseLoss);
    s.put("streetDisposalByType", t.street.byType());
    s.put("streetDisposalByArrivalDelay", t.street.byArrivalDelay());
    s.put("firstArrivalSeconds", byPriority(Measure.FIRST_ARRIVAL));
    s.put("coverSeconds", byPriority(Measure.COVER));
    s.put("callToDispatchSeconds", byPriority(Measure.CALL_TO_DISPATCH));
    s.put("urgentFirstArrivalWithinTargetShare", share(t.urgentFirstArrivalWithinTarget, t.urgent));
    s.put("urgentCoverWithinTargetShare", share(t.urgentCoverWithinTarget, t.urgent));
    Map<String, Object> rings = new LinkedHashMap<>();
    for (int i = 0; i < KpiTally.RINGS_MINUTES.length; i++) {
      rings.put(Integer.toString(KpiTally.RINGS_MINUTES[i]), share(t.withinRing[i], t.calls));
    }
    s.put("ringsFromDispatchShare", rings);
    s.put("vehicles", vehicles(t));
    s.put("stations", stations(t));
    s.put("stationDays", stationDays(t));
    s.put("coverage", coverage(t));
    presence.ifPresent(p -> s.put("presence", presenceSummary(p)));
    return s;
  }

  /**
   * A replay's rows: how many the file held, how many were replayed, and every other one by reason.
   */
  private static Map<String, Object> replay(DispatchEvent.ReplayRowsLeftOut r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", r.records());
    out.put("replayed", r.replayed());
    if (r.repeatedIds() != null) {
      out.put("repeatedIds", r.repeatedIds());
    }
    out.put("leftOut", r.leftOut());
    List<Map<String, Object>> mapping = new java.util.ArrayList<>();
    for (var m : r.mapping()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("category", m.category());
      line.put("type", m.type());
      line.put("priority", m.priority());
      line.put("how", m.how().key());
      line.put("rows", m.rows());
      mapping.add(line);
    }
    out.put("mapping", mapping);
    out.put("warnings", r.warnings());
    return out;
  }

  private Map<String, Object> runPeriod(KpiTally t) {
    Map<String, Object> r = new LinkedHashMap<>();
    long ended = t.endedMs == Long.MIN_VALUE ? run.callHorizonMs() : t.endedMs;
    r.put("callsUntilSeconds", run.callHorizonMs() / 1000);
    r.put("endedSeconds", ended / 1000.0);
    r.put("drained", t.notCleared == 0);
    return r;
  }

  private Map<String, Object> incidents(KpiTally t) {
    Map<String, Object> inc = new LinkedHashMap<>();
    inc.put("total", t.calls);
    inc.put("streetDisposed", t.disposals[Disposal.STREET.ordinal()]);
    inc.put("stationDisposed", t.disposals[Disposal.STATION_CALLOUT.ordinal()]);
    inc.put("handedOver", t.disposals[Disposal.HANDED_OVER.ordinal()]);
    Map<String, Object> open = new LinkedHashMap<>();
    for (OpenState state : OpenState.values()) {
      open.put(state.key(), t.openByState[state.ordinal()]);
    }
    inc.put("open", t.notCleared);
    inc.put("openByState", open);
    inc.put("stationCallOuts", t.stationCallOuts);
    inc.put("preemptions", t.preemptions);
    inc.put("repeatCalls", t.street.repeatCalls);
    replayLeftOut.ifPresent(
        r -> {
          inc.put("replaySkippedRows", r.skippedRows());
          inc.put("replayRowsOutsideHorizon", r.rowsOutsideHorizon());
        });
    return inc;
  }

  private Map<String, Object> byPriority(Measure m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      double[] values = reachedSeconds(m, p);
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

  /** Where patrol time went (docs/MODEL.md §3): the streets, the hot spots, the calls. */
  private static Map<String, Object> presenceSummary(Presence presence) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("patrolMinutesPerDay", Math.round(presence.totalMinutesPerDay() * 10) / 10.0);
    Map<String, Object> revisit = new LinkedHashMap<>();
    revisit.put("p50", minutesOrNull(presence.revisitP50AllSegments()));
    revisit.put("p90", minutesOrNull(presence.revisitP90AllSegments()));
    p.put("revisitMinutes", revisit);
    double visits = 0;
    double minutes = 0;
    double koper = 0;
    for (Presence.Hotspot h : presence.hotspots()) {
      visits += h.visitsPerDay();
      minutes += h.minutesPerDay();
      koper += h.koperShare() * h.visitsPerDay();
    }
    Map<String, Object> hot = new LinkedHashMap<>();
    hot.put("count", presence.hotspots().size());
    hot.put("visitsPerDay", Math.round(visits * 10) / 10.0);
    hot.put("minutesPerDay", Math.round(minutes * 10) / 10.0);
    hot.put("koperShare", visits > 0 ? round(koper / visits) : 0.0);
    p.put("hotspots", hot);
    Map<String, Object> passed = new LinkedHashMap<>();
    for (int i = 0; i < Presence.LOOKBACK_HOURS.length; i++) {
      passed.put(Presence.LOOKBACK_HOURS[i] + "h", round(presence.callsPassedShares()[i]));
    }
    p.put("callsPassedShare", passed);
    return p;
  }

  private static Double minutesOrNull(int seconds) {
    return seconds < 0 ? null : Math.round(seconds / 60.0 * 100) / 100.0;
  }

  private Map<String, Object> vehicles(KpiTally t) {
    FleetTime time = t.fleet;
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
    if (run.carTurnout()) {
      shares.put("turnout", round(time.share(UnitState.TURNOUT)));
    }
    if (run.selfInitiated()) {
      shares.put("selfInitiated", round(time.share(UnitState.SELF_INITIATED)));
    }
    v.put("timeShare", shares);
    v.put("mealsMissed", t.mealsMissed);
    if (run.selfInitiated()) {
      v.put("selfInitiatedJobs", t.selfInitiatedJobs);
    }
    if (time.someoneOffDuty()) {
      v.put(
          "onDutyByHour",
          Arrays.stream(time.onDutyByHour()).map(RunReport::round).boxed().toList());
    }
    return v;
  }

  /**
   * Per station: teams sent (on the day sent; the drain counts on the last day), days without,
   * hand-overs.
   */
  private List<Object> stations(KpiTally t) {
    List<Object> out = new ArrayList<>();
    t.callOutsPerDay.forEach(
        (id, days) -> {
          Map<String, Object> st = new LinkedHashMap<>();
          st.put("id", id.value());
          st.put("callOuts", Arrays.stream(days).sum());
          st.put("callOutsPerDay", Arrays.stream(days).boxed().toList());
          st.put("zeroCallOutDays", Arrays.stream(days).filter(n -> n == 0).count());
          st.put("stationDisposed", t.stationDisposed.getOrDefault(id, 0));
          st.put("handOvers", t.handOvers.getOrDefault(id, 0));
          out.add(st);
        });
    return out;
  }

  /**
   * The stations' call-outs over every station-day of the call period: how many station-days, how
   * many without a call-out, and the call-outs per station-day. Numbers, so that replications and
   * sweeps give them intervals (the per-station list cannot be a sweep KPI).
   */
  private Map<String, Object> stationDays(KpiTally t) {
    long count = (long) t.callOutsPerDay.size() * run.days();
    long zero =
        t.callOutsPerDay.values().stream().flatMapToInt(Arrays::stream).filter(n -> n == 0).count();
    long callOuts =
        t.callOutsPerDay.values().stream().flatMapToInt(Arrays::stream).asLongStream().sum();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("count", count);
    d.put("zeroCallOut", zero);
    d.put("zeroCallOutShare", share(zero, count));
    d.put("callOutsPerStationDay", count == 0 ? 0.0 : round(callOuts / (double) count));
    return d;
  }

  private Map<String, Object> coverage(KpiTally t) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("targetSeconds", run.coverageTargetSeconds());
    c.put("samples", t.coverage.samples());
    c.put("meanShareWithinTarget", round(t.coverage.meanRoadShare()));
    c.put("demandWithinTargetShare", round(t.coverage.demandShare()));
    c.put("byHour", t.coverage.byHour());
    return c;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : round(part / (double) whole);
  }

  static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 10_000.0) / 10_000.0 : Double.NaN;
  }

  /** The summary made read-only, maps and lists all the way down (in the same order). */
  @SuppressWarnings("unchecked")
  private static <T> T freeze(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> out.put(k, freeze(v)));
      return (T) Collections.unmodifiableMap(out);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(freeze(v)));
      return (T) Collections.unmodifiableList(out);
    }
    return value;
  }
}
