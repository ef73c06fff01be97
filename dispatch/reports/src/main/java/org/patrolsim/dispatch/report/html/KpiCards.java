// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.report.RunReport;

/**
 * The KPI cards at the top of the report, in the field's words, from the run's summary
 * (docs/MODEL.md defines each). Values are formatted here, with {@link Locale#ROOT}, so that the
 * page shows exactly what summary.json says. A card may carry a 95 % interval when replications
 * give one, keyed by the card's key: {@link #KEYS}; the card then leads with the replications'
 * mean, and replication 0's value ({@code single}) and figures ({@code detail}) follow, labelled.
 */
final class KpiCards {
  /** The cards' keys, in order, for {@link KpiInterval}s. */
  static final java.util.List<String> KEYS =
      java.util.List.of(
          "streetDisposalShare",
          "availabilityLoss",
          "responseLoss",
          "repeatCalls",
          "stationCallOuts",
          "zeroCallOutDays",
          "handedOver",
          "urgentFirstArrivalMean",
          "urgentFirstArrivalWithinTargetShare",
          "coverage",
          "utilization",
          "open");

  private KpiCards() {}

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> of(RunReport report, Map<String, KpiInterval> intervals) {
    Map<String, Object> s = report.summary();
    Map<String, Object> inc = (Map<String, Object>) s.get("incidents");
    Map<String, Object> veh = (Map<String, Object>) s.get("vehicles");
    Map<String, Object> time = (Map<String, Object>) veh.get("timeShare");
    Map<String, Object> cov = (Map<String, Object>) s.get("coverage");
    Map<String, Object> urgent =
        (Map<String, Object>) ((Map<String, Object>) s.get("firstArrivalSeconds")).get("urgent");
    Map<String, Object> urgentCover =
        (Map<String, Object>) ((Map<String, Object>) s.get("coverSeconds")).get("urgent");
    List<Object> stations = (List<Object>) s.get("stations");
    long total = num(inc.get("total")).longValue();
    long stationDays = (long) stations.size() * report.run().days();
    long zeroDays =
        stations.stream()
            .mapToLong(o -> num(((Map<String, Object>) o).get("zeroCallOutDays")).longValue())
            .sum();
    double targetMin = report.run().urgentTargetSeconds() / 60;
    double coverMin = report.run().coverageTargetSeconds() / 60;

    List<Map<String, Object>> cards = new ArrayList<>();
    cards.add(
        card(
            "streetDisposalShare",
            "Street-level disposal",
            pct(s.get("streetDisposalShare")),
            "share",
            inc.get("streetDisposed")
                + " of "
                + total
                + " calls settled on the spot by a patrol car; ceiling "
                + pct(s.get("streetDisposalCeiling")),
            "good",
            intervals));
    cards.add(
        card(
            "availabilityLoss",
            "Availability loss",
            points(s.get("availabilityLoss")),
            "points",
            "settleable calls no patrol attended (a station team went): what a plan changes",
            "bad",
            intervals));
    cards.add(
        card(
            "responseLoss",
            "Late-arrival loss",
            points(s.get("responseLoss")),
            "points",
            "settleable calls a patrol reached too late to settle (or with a weaker crew); with availability loss,"
                + " the ceiling minus the share",
            "bad",
            intervals));
    cards.add(
        card(
            "repeatCalls",
            "Repeat calls",
            String.valueOf(inc.get("repeatCalls")),
            "count",
            "calls brought back to the same place by an incident not settled on the street",
            "bad",
            intervals));
    cards.add(
        card(
            "stationCallOuts",
            "Station call-outs",
            String.valueOf(inc.get("stationCallOuts")),
            "count",
            String.format(
                Locale.ROOT,
                "duty teams sent; %.1f per station-day",
                stationDays == 0
                    ? 0.0
                    : num(inc.get("stationCallOuts")).doubleValue() / stationDays),
            "bad",
            intervals));
    cards.add(
        card(
            "zeroCallOutDays",
            "Zero call-out days",
            zeroDays + " of " + stationDays,
            "count",
            " of " + stationDays,
            "station-days on which the station sent no duty team ("
                + pct(stationDays == 0 ? 0.0 : zeroDays / (double) stationDays)
                + ")",
            "good",
            intervals));
    cards.add(
        card(
            "handedOver",
            "Handed over",
            String.valueOf(inc.get("handedOver")),
            "count",
            "a patrol attended, the case went on to the station",
            "neutral",
            intervals));
    cards.add(
        card(
            "urgentFirstArrivalMean",
            "Urgent calls: first arrival",
            seconds(urgent.get("mean")),
            "seconds",
            "mean; p50 "
                + seconds(urgent.get("p50"))
                + ", p90 "
                + seconds(urgent.get("p90"))
                + "; cover mean "
                + seconds(urgentCover.get("mean")),
            "neutral",
            intervals));
    cards.add(
        card(
            "urgentFirstArrivalWithinTargetShare",
            "Urgent within " + minutes(targetMin),
            pct(s.get("urgentFirstArrivalWithinTargetShare")),
            "share",
            "of urgent calls, first unit on scene within the "
                + "target; all needed units: "
                + pct(s.get("urgentCoverWithinTargetShare")),
            "good",
            intervals));
    cards.add(
        card(
            "coverage",
            "Coverage",
            pct(cov.get("meanShareWithinTarget")),
            "share",
            "of the road network within "
                + minutes(coverMin)
                + " from the call of a free unit the policy would send;"
                + " of the expected calls: "
                + pct(cov.get("demandWithinTargetShare"))
                + " ("
                + cov.get("samples")
                + " samples)",
            "good",
            intervals));
    cards.add(
        card(
            "utilization",
            "Car utilisation",
            pct(veh.get("utilization")),
            "share",
            "of car time at incidents; meal breaks "
                + pct(time.get("mealBreak"))
                + ", hand-overs "
                + pct(time.get("handover")),
            "neutral",
            intervals));
    cards.add(
        card(
            "open",
            "Open at the end",
            String.valueOf(inc.get("open")),
            "count",
            ((Boolean) ((Map<String, Object>) s.get("run")).get("drained"))
                ? "every call was followed to its end"
                : "calls the drain cap cut off",
            "neutral",
            intervals));
    return cards;
  }

  private static Map<String, Object> card(
      String key,
      String label,
      String value,
      String unit,
      String detail,
      String tone,
      Map<String, KpiInterval> intervals) {
    return card(key, label, value, unit, "", detail, tone, intervals);
  }

  /**
   * A card. With an interval, the card leads with the replications' mean ({@code value} of the
   * mean, then {@code suffix}) and its interval; replication 0's value and the detail (replication
   * 0's figures) follow in small print, labelled. {@code tone} says which way is better ("good":
   * higher, "bad": lower, "neutral").
   */
  private static Map<String, Object> card(
      String key,
      String label,
      String value,
      String unit,
      String suffix,
      String detail,
      String tone,
      Map<String, KpiInterval> intervals) {
    Map<String, Object> c = new LinkedHashMap<>();
    KpiInterval i = intervals.get(key);
    c.put("key", key);
    c.put("label", label);
    c.put("value", i == null ? value : value(i.mean(), unit) + suffix);
    c.put("detail", i == null ? detail : "replication 0: " + detail);
    c.put("tone", tone);
    c.put("interval", i == null ? null : formatted(i, unit));
    c.put("single", i == null ? null : value);
    return c;
  }

  private static String formatted(KpiInterval i, String unit) {
    return "mean of "
        + i.replications()
        + " replications; 95 % interval "
        + value(i.low(), unit)
        + " to "
        + value(i.high(), unit);
  }

  /**
   * A figure in its card's unit: a share in per cent, points, whole seconds, or a count with one
   * decimal.
   */
  static String value(double v, String unit) {
    return switch (unit) {
      case "share" -> pct(v);
      case "points" -> points(v);
      case "seconds" -> seconds(v);
      default -> String.format(Locale.ROOT, "%.1f", v);
    };
  }

  static String pct(Object share) {
    return share instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.1f %%", n.doubleValue() * 100)
        : "-";
  }

  private static String points(Object share) {
    return share instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.1f pts", n.doubleValue() * 100)
        : "-";
  }

  static String seconds(Object v) {
    return v instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.0f s", n.doubleValue())
        : "-";
  }

  private static String minutes(double m) {
    return m == Math.rint(m)
        ? String.format(Locale.ROOT, "%.0f min", m)
        : String.format(Locale.ROOT, "%.1f min", m);
  }

  private static Number num(Object o) {
    return o instanceof Number n ? n : 0;
  }
}
