// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * The series behind the report's charts, aggregated here from the run's events so that the page draws
 * them as they are: calls and street disposal by hour of day, the response-time distributions, patrol
 * cars by state over time, and station call-outs per station and day.
 */
final class ChartData {
  static final long HOUR_MS = 3_600_000L;
  /** The fleet chart has at most about this many time buckets; wider buckets for long runs. */
  static final int MAX_BUCKETS = 3_000;
  /** Points per response-time curve at most (quantiles of the sorted times). */
  static final int MAX_CURVE_POINTS = 300;
  static final List<UnitState> CAR_STATES = List.of(UnitState.FREE, UnitState.RESPONDING, UnitState.ON_SCENE,
      UnitState.MEAL_BREAK, UnitState.HANDOVER);

  private ChartData() {}

  /** Calls per day in each hour of the day (mean over the days) and the street-disposal share of each hour. */
  static Map<String, Object> hourly(RunReport report) {
    int days = report.run().days();
    int[] calls = new int[24];
    int[] street = new int[24];
    for (IncidentTimeline t : report.timelines()) {
      int h = (int) ((t.callMs() / HOUR_MS) % 24);
      calls[h]++;
      street[h] += t.disposal() == Disposal.STREET ? 1 : 0;
    }
    List<Double> perDay = new ArrayList<>();
    List<Double> share = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      perDay.add(round(calls[h] / (double) days, 10));
      share.add(calls[h] == 0 ? null : round(street[h] / (double) calls[h], 10_000));
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
      curves.add(curve(report, p, p.key() + " first arrival", IncidentTimeline::firstArrivalSeconds));
    }
    curves.add(curve(report, Priority.URGENT, "urgent cover (all units)", IncidentTimeline::coverSeconds));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("targetMinutes", report.run().urgentTargetSeconds() / 60);
    m.put("curves", curves);
    return m;
  }

  private static Map<String, Object> curve(RunReport report, Priority p, String name,
      ToDoubleFunction<IncidentTimeline> seconds) {
    List<IncidentTimeline> calls = report.timelines().stream().filter(t -> t.priority() == p).toList();
    double[] reached = calls.stream().mapToDouble(seconds).filter(Double::isFinite).sorted().toArray();
    List<List<Double>> points = new ArrayList<>();
    int n = reached.length;
    int step = Math.max(1, (int) Math.ceil(n / (double) MAX_CURVE_POINTS));
    for (int i = 0; i < n; i += step) {
      points.add(point(reached[i], i + 1, calls.size()));
    }
    if (n > 0 && (n - 1) % step != 0) {
      points.add(point(reached[n - 1], n, calls.size()));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("priority", p.key());
    c.put("calls", calls.size());
    c.put("points", points);
    return c;
  }

  private static List<Double> point(double secs, int rank, int of) {
    return List.of(round(secs / 60, 100), round(rank / (double) of, 10_000));
  }

  /** Patrol cars by state over the call period: the mean number of cars in each state per bucket. */
  static Map<String, Object> fleet(RunReport report) {
    long horizon = report.run().callHorizonMs();
    long bucket = bucketMs(horizon);
    int buckets = (int) ((horizon + bucket - 1) / bucket);
    double[][] carMs = new double[CAR_STATES.size()][buckets];
    Map<UnitId, DispatchEvent.UnitChanged> last = new HashMap<>();
    for (DispatchEvent e : report.events()) {
      if (e instanceof DispatchEvent.UnitChanged u && u.unit().isPatrolCar()) {
        DispatchEvent.UnitChanged before = last.put(u.unit(), u);
        if (before != null) {
          spread(carMs, before.state(), before.timeMs(), u.timeMs(), bucket, horizon);
        }
      }
    }
    last.values().forEach(u -> spread(carMs, u.state(), u.timeMs(), horizon, bucket, horizon));
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

  /** Five minutes, or wider (whole minutes) so that the call period has at most {@link #MAX_BUCKETS}. */
  static long bucketMs(long horizonMs) {
    long minutes = Math.max(5, (long) Math.ceil(horizonMs / 60_000.0 / MAX_BUCKETS));
    return minutes * 60_000;
  }

  private static void spread(double[][] carMs, UnitState state, long from, long to, long bucket, long horizon) {
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
    };
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
