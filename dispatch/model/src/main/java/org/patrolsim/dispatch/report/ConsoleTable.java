// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.incident.replay.MappedBy;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * The readable KPI table printed at the end of a run: a line per KPI, labelled as the {@link
 * KpiCatalogue} labels it, with related figures beside it; the response times and a few composite
 * lines (cars, coverage, rings) keep their own words.
 */
public final class ConsoleTable {
  /** How many lines of a replay's category table the console shows (the most rows first). */
  static final int MAPPING_SHOWN = 20;

  private ConsoleTable() {}

  @SuppressWarnings("unchecked")
  public static String of(RunReport report) {
    Map<String, Object> s = report.summary();
    Map<String, Object> inc = (Map<String, Object>) s.get("incidents");
    Map<String, Object> rings = (Map<String, Object>) s.get("ringsFromDispatchShare");
    Map<String, Object> veh = (Map<String, Object>) s.get("vehicles");
    Map<String, Object> time = (Map<String, Object>) veh.get("timeShare");
    Map<String, Object> open = (Map<String, Object>) inc.get("openByState");
    StringBuilder sb = new StringBuilder();
    line(sb, "seed / days", s.get("seed") + " / " + s.get("days"));
    line(sb, KpiCatalogue.INCIDENTS.label(), String.valueOf(KpiCatalogue.INCIDENTS.in(s)));
    report.replayLeftOut().ifPresent(r -> replayRows(sb, r));
    line(
        sb,
        KpiCatalogue.STREET_DISPOSAL_SHARE.label(),
        KpiCatalogue.STREET_DISPOSED.in(s)
            + "  ("
            + pct(KpiCatalogue.STREET_DISPOSAL_SHARE.in(s))
            + " of calls; ceiling "
            + pct(KpiCatalogue.STREET_DISPOSAL_CEILING.in(s))
            + ", "
            + KpiCatalogue.AVAILABILITY_LOSS.label()
            + " "
            + pct(KpiCatalogue.AVAILABILITY_LOSS.in(s))
            + ", arrived too late "
            + pct(KpiCatalogue.RESPONSE_LOSS.in(s))
            + ")");
    line(sb, KpiCatalogue.HANDED_OVER.label(), String.valueOf(KpiCatalogue.HANDED_OVER.in(s)));
    line(
        sb,
        KpiCatalogue.STATION_CALL_OUTS.label() + " (teams sent)",
        KpiCatalogue.STATION_CALL_OUTS.in(s)
            + "  ("
            + KpiCatalogue.STATION_DISPOSED.in(s)
            + " incidents disposed of by a station team)");
    Number stillOpen = KpiCatalogue.OPEN.in(s);
    line(
        sb,
        KpiCatalogue.OPEN.label(),
        stillOpen
            + (stillOpen.longValue() == 0
                ? ""
                : "  (waiting "
                    + open.get("waiting")
                    + ", en route "
                    + open.get("en-route")
                    + ", on scene "
                    + open.get("on-scene")
                    + ")"));
    line(sb, KpiCatalogue.PREEMPTIONS.label(), String.valueOf(KpiCatalogue.PREEMPTIONS.in(s)));
    line(
        sb,
        KpiCatalogue.REPEAT_CALLS.label() + " (unsettled incidents)",
        String.valueOf(KpiCatalogue.REPEAT_CALLS.in(s)));
    times(sb, "first arrival", (Map<String, Object>) s.get("firstArrivalSeconds"));
    times(sb, "cover (all units)", (Map<String, Object>) s.get("coverSeconds"));
    line(
        sb,
        KpiCatalogue.URGENT_FIRST_ARRIVAL_WITHIN_TARGET.label(),
        pct(KpiCatalogue.URGENT_FIRST_ARRIVAL_WITHIN_TARGET.in(s)));
    line(
        sb,
        "1-3-5 rings from dispatch",
        pct(rings.get("1"))
            + " / "
            + pct(rings.get("3"))
            + " / "
            + pct(rings.get("5"))
            + "  (first unit on scene in 1, 3 min; all units in 5)");
    line(
        sb,
        "patrol cars / utilisation",
        KpiCatalogue.VEHICLES.in(s) + " / " + pct(KpiCatalogue.UTILIZATION.in(s)));
    if (veh.get("onDutyByHour") instanceof List<?> byHour) {
      line(sb, "patrol cars on duty by hour", hours((List<Number>) byHour));
    }
    line(
        sb,
        "car time on meals / hand-overs",
        pct(time.get("mealBreak"))
            + " / "
            + pct(time.get("handover"))
            + "  (meals missed "
            + KpiCatalogue.MEALS_MISSED.in(s)
            + ")");
    line(
        sb,
        "coverage: road / expected calls",
        pct(KpiCatalogue.COVERAGE.in(s))
            + " / "
            + pct(KpiCatalogue.DEMAND_COVERAGE.in(s))
            + "  (within target from the call of a free unit)");
    if (KpiCatalogue.HOTSPOT_MINUTES_PER_DAY.in(s) != null) {
      line(sb, KpiCatalogue.HOTSPOT_MINUTES_PER_DAY.label(), presence(s));
    }
    StringBuilder st = new StringBuilder();
    for (Object o : (List<Object>) s.get("stations")) {
      Map<String, Object> m = (Map<String, Object>) o;
      st.append(m.get("id")).append(':').append(m.get("callOuts")).append(' ');
    }
    line(sb, "call-outs per station", st.toString().trim());
    return sb.toString();
  }

  /**
   * Patrol presence's headline (summary.json's {@code presence}, when the run measured it): minutes
   * a day at the hot spots, their visits, and the calls a car had passed in the hour before.
   */
  static String presence(Map<String, Object> s) {
    return String.format(
        Locale.ROOT,
        "%s  (%s hot spots, summed; %s visits a day, %s of 10-15 min; calls a car passed within 1 h %s)",
        KpiCatalogue.HOTSPOT_MINUTES_PER_DAY.in(s),
        KpiCatalogue.HOTSPOTS.in(s),
        KpiCatalogue.HOTSPOT_VISITS_PER_DAY.in(s),
        pct(KpiCatalogue.KOPER_SHARE.in(s)),
        pct(KpiCatalogue.find("presence.callsPassedShare.1h").orElseThrow().in(s)));
  }

  @SuppressWarnings("unchecked")
  private static void times(StringBuilder sb, String what, Map<String, Object> byPriority) {
    for (Map.Entry<String, Object> e : byPriority.entrySet()) {
      Map<String, Object> st = (Map<String, Object>) e.getValue();
      line(
          sb,
          what + " " + e.getKey() + " (s)",
          String.format(
              Locale.ROOT,
              "mean %s  p50 %s  p90 %s  (n=%s)",
              num(st.get("mean")),
              num(st.get("p50")),
              num(st.get("p90")),
              st.get("count")));
    }
  }

  /**
   * The cars on duty by hour of day as runs of hours with the same figure: "00-16 h 48, 16-20 h 60,
   * ...".
   */
  static String hours(List<Number> byHour) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int h = 1; h <= byHour.size(); h++) {
      if (h == byHour.size() || !cars(byHour.get(h)).equals(cars(byHour.get(from)))) {
        out.append(out.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "%02d-%02d h %s", from, h, cars(byHour.get(from))));
        from = h;
      }
    }
    return out.toString();
  }

  /** A mean number of cars: whole when it is, else to one decimal. */
  private static String cars(Number n) {
    double v = n.doubleValue();
    return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v);
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append(String.format(Locale.ROOT, "  %-36s %s%n", label, value));
  }

  private static String pct(Object share) {
    return share instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.1f %%", n.doubleValue() * 100)
        : "-";
  }

  private static String num(Object v) {
    return v instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.0f", n.doubleValue())
        : "-";
  }

  /**
   * The replay's rows: replayed of the file's, and those left out by reason (the bad rows' first
   * lines).
   */
  private static void replayRows(
      StringBuilder sb, org.patrolsim.dispatch.event.DispatchEvent.ReplayRowsLeftOut r) {
    StringBuilder why = new StringBuilder();
    r.leftOut()
        .forEach(
            (reason, count) -> {
              if (count > 0) {
                var known = org.patrolsim.dispatch.incident.replay.LeftOut.ofKey(reason);
                why.append(why.length() == 0 ? "" : ", ")
                    .append(count)
                    .append(' ')
                    .append(known == null ? reason : known.words());
              }
            });
    String lines =
        r.skippedRows() == 0
            ? ""
            : (r.skippedRows() == 1 ? "; bad row at line " : "; bad rows at lines ")
                + r.firstSkippedLines().stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))
                + (r.skippedRows() > r.firstSkippedLines().size() ? ", ..." : "");
    line(
        sb,
        "replay rows",
        r.replayed()
            + " of "
            + r.records()
            + " replayed"
            + (r.repeatedIds() == null ? "" : " (repeated ids: " + r.repeatedIds() + ")")
            + (why.length() == 0 ? "" : "; left out: " + why)
            + lines);
    int shown = Math.min(MAPPING_SHOWN, r.mapping().size());
    for (var m : r.mapping().subList(0, shown)) {
      line(
          sb,
          "  " + (m.category() == null ? "(no type column)" : "'" + m.category() + "'"),
          m.rows()
              + " -> "
              + m.type()
              + " ("
              + m.priority()
              + ")"
              + (m.how() == MappedBy.TYPES ? "" : ", by " + m.how().key()));
    }
    if (r.mapping().size() > shown) {
      line(
          sb,
          "  ...",
          (r.mapping().size() - shown) + " more lines in summary.json (replay.mapping)");
    }
    r.warnings().forEach(w -> line(sb, "  warning", w));
  }
}
