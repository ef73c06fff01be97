// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.ResponseTimes.Measure;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * The series behind the report's charts, aggregated here so that the page draws them as they are:
 * calls and street disposal by hour of day and patrol cars by state over time, folded from the
 * run's events and timelines as they come (24 hours and at most {@link #MAX_BUCKETS} buckets,
 * whatever the run's length); the response-time distributions and station call-outs per station and
 * day, from the run's report.
 */
final class ChartData implements RunObserver {
  static final long HOUR_MS = 3_600_000L;

  /** The fleet chart has at most about this many time buckets; wider buckets for long runs. */
  static final int MAX_BUCKETS = 3_000;

  /** Points per response-time curve at most (quantiles of the sorted times). */
  static final int MAX_CURVE_POINTS = 300;

  static final List<UnitState> CAR_STATES =
      List.of(
          UnitState.FREE,
          UnitState.RESPONDING,
          UnitState.ON_SCENE,
          UnitState.MEAL_BREAK,
          UnitState.HANDOVER);

  private final int[] callsByHour = new int[24];
  private final int[] streetByHour = new int[24];
  private final Map<UnitId, DispatchEvent.UnitChanged> last = new HashMap<>();
  private int days;
  private long horizon;
  private long bucket;
  private double[][] carMs;

  @Override
  public void start(DispatchEvent.RunStarted run) {
    days = run.days();
    horizon = run.callHorizonMs();
    bucket = bucketMs(horizon);
    carMs = new double[CAR_STATES.size()][(int) ((horizon + bucket - 1) / bucket)];
  }

  @Override
  public void event(DispatchEvent e) {
    if (e instanceof DispatchEvent.UnitChanged u && u.unit().isPatrolCar()) {
      DispatchEvent.UnitChanged before = last.put(u.unit(), u);
      if (before != null) {
        spread(before.state(), before.timeMs(), u.timeMs());
      }
    }
  }

  @Override
  public void timeline(IncidentTimeline t) {
    int h = (int) ((t.callMs() / HOUR_MS) % 24);
    callsByHour[h]++;
    streetByHour[h] += t.disposal() == Disposal.STREET ? 1 : 0;
  }

  @Override
  public void finish(RunReport report) {
    last.values().forEach(u -> spread(u.state(), u.timeMs(), horizon));
    last.clear();
  }

  /**
   * Calls per day in each hour of the day (mean over the days) and the street-disposal share of
   * each hour.
   */
  Map<String, Object> hourly() {
    List<Double> perDay = new ArrayList<>();
    List<Double> share = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      perDay.add(round(callsByHour[h] / (double) days, 10));
      share.add(
          callsByHour[h] == 0 ? null : round(streetByHour[h] / (double) callsByHour[h], 10_000));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("days", days);
    m.put("callsPerDay", perDay);
    m.put("streetShare", share);
    return m;
  }

  /**
   * Cumulative distributions of first arrival per priority, and of cover for urgent calls: for x
   * minutes, the share of all calls of that priority reached within x (calls never reached keep the
   * curve below 1). Long lists are cut to quantiles.
   */
  static Map<String, Object> response(RunReport report) {
    List<Object> curves = new ArrayList<>();
    for (Priority p : Priority.values()) {
      curves.add(curve(report, p, p.key() + " first arrival", Measure.FIRST_ARRIVAL));
    }
    curves.add(curve(report, Priority.URGENT, "urgent cover (all units)", Measure.COVER));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("targetMinutes", report.run().urgentTargetSeconds() / 60);
    m.put("curves", curves);
    return m;
  }

  private static Map<String, Object> curve(
      RunReport report, Priority p, String name, Measure measure) {
    int calls = report.calls(p);
    double[] reached = report.reachedSeconds(measure, p);
    List<List<Double>> points = new ArrayList<>();
    int n = reached.length;
    int step = Math.max(1, (int) Math.ceil(n / (double) MAX_CURVE_POINTS));
    for (int i = 0; i < n; i += step) {
      points.add(point(reached[i], i + 1, calls));
    }
    if (n > 0 && (n - 1) % step != 0) {
      points.add(point(reached[n - 1], n, calls));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("priority", p.key());
    c.put("calls", calls);
    c.put("points", points);
    return c;
  }

  private static List<Double> point(double secs, int rank, int of) {
    return List.of(round(secs / 60, 100), round(rank / (double) of, 10_000));
  }

  /**
   * Patrol cars by state over the call period: the mean number of cars in each state per bucket.
   */
  Map<String, Object> fleet() {
    int buckets = carMs[0].length;
    List<Object> series = new ArrayList<>();
    for (int s = 0; s < CAR_STATES.size(); s++) {
      List<Double> values = new ArrayList<>(buckets);
      for (int b = 0; b < buckets; b++) {
        long width = Math.min(bucket, horizon - b * bucket);
        values.add(round(carMs[s][b] / width, 100));
      }
      series.add(values);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bucketMinutes", bucket / 60_000);
    m.put("states", CAR_STATES.stream().map(ChartData::label).toList());
    m.put("series", series);
    return m;
  }

  /**
   * Five minutes, or wider (whole minutes) so that the call period has at most {@link
   * #MAX_BUCKETS}.
   */
  static long bucketMs(long horizonMs) {
    long minutes = Math.max(5, (long) Math.ceil(horizonMs / 60_000.0 / MAX_BUCKETS));
    return minutes * 60_000;
  }

  private void spread(UnitState state, long from, long to) {
    int s = CAR_STATES.indexOf(state);
    long a = Math.min(from, horizon);
    long b = Math.min(to, horizon);
    if (s < 0) {
      return;
    }
    while (a < b) {
      int i = (int) (a / bucket);
      long end = Math.min(b, (i + 1) * bucket);
      carMs[s][i] += end - a;
      a = end;
    }
  }

  static String label(UnitState s) {
    return switch (s) {
      case FREE -> "free (on patrol)";
      case RESPONDING -> "responding";
      case ON_SCENE -> "on scene";
      case MEAL_BREAK -> "meal break";
      case HANDOVER -> "hand-over";
      case TURNOUT -> "turnout";
      case RETURNING -> "returning";
      case OFF_DUTY -> "off duty";
      case SELF_INITIATED -> "self-initiated";
    };
  }

  /**
   * The hot spots' patrol: per hot spot (busiest first) its rank, share of the expected calls,
   * visits and patrol minutes per day, and the share of its visits that lasted 10 to 15 minutes.
   */
  static Map<String, Object> presence(org.patrolsim.dispatch.report.Presence presence) {
    List<Map<String, Object>> hot = new ArrayList<>();
    List<org.patrolsim.dispatch.report.Presence.Hotspot> spots = presence.hotspots();
    for (int i = 0; i < spots.size(); i++) {
      org.patrolsim.dispatch.report.Presence.Hotspot h = spots.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", i + 1);
      m.put("segment", h.segment());
      m.put("callShare", Math.round(h.callShare() * 10_000) / 10_000.0);
      m.put("visitsPerDay", Math.round(h.visitsPerDay() * 10) / 10.0);
      m.put("minutesPerDay", Math.round(h.minutesPerDay() * 10) / 10.0);
      m.put("koperShare", Math.round(h.koperShare() * 10_000) / 10_000.0);
      hot.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hotspots", hot);
    return out;
  }

  /** Station call-outs per station and day: [day, station index, teams sent] cells. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> callOuts(RunReport report) {
    List<String> ids = new ArrayList<>();
    List<List<Integer>> cells = new ArrayList<>();
    List<Object> stations = (List<Object>) report.summary().get("stations");
    for (int i = 0; i < stations.size(); i++) {
      Map<String, Object> st = (Map<String, Object>) stations.get(i);
      ids.add((String) st.get("id"));
      List<Integer> perDay = (List<Integer>) st.get("callOutsPerDay");
      for (int d = 0; d < perDay.size(); d++) {
        cells.add(List.of(d, i, perDay.get(d)));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stations", ids);
    m.put("days", report.run().days());
    m.put("cells", cells);
    m.put("max", cells.stream().mapToInt(c -> c.get(2)).max().orElse(0));
    return m;
  }

  static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }
}
