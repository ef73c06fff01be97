// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.RunReport;

/**
 * The KPI cards at the top of the report, in the field's words, from the run's summary: each card
 * shows one KPI of the {@link KpiCatalogue} (docs/MODEL.md defines each), takes its title from the
 * KPI's label unless it says otherwise, its unit and which way is better from the KPI, and adds
 * related figures as its detail. Values are formatted here, with {@link Locale#ROOT}, so that the
 * page shows exactly what summary.json says. A card may carry a 95 % interval when replications
 * give one for its KPI; the card then leads with the replications' mean, and replication 0's value
 * ({@code single}) and figures ({@code detail}) follow, labelled.
 */
final class KpiCards {
  /** The cards' keys on the page ({@code data-kpi}), in order, but for {@link #PRESENCE_KEY}. */
  static final List<String> KEYS =
      List.of(
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

  /**
   * The card of patrol presence's headline, after coverage, when the run measured presence ({@code
   * report.presence}).
   */
  static final String PRESENCE_KEY = "hotspotMinutesPerDay";

  /** How a card shows its figures: a share in per cent or in points, whole seconds, a count. */
  enum Shown {
    PERCENT,
    POINTS,
    SECONDS,
    COUNT;

    static Shown of(Kpi.Unit unit) {
      return switch (unit) {
        case SHARE -> PERCENT;
        case SECONDS -> SECONDS;
        case COUNT -> COUNT;
      };
    }
  }

  private KpiCards() {}

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> of(RunReport report, Map<Kpi, KpiInterval> intervals) {
    Map<String, Object> s = report.summary();
    Map<String, Object> cov = (Map<String, Object>) s.get("coverage");
    List<Object> stations = (List<Object>) s.get("stations");
    long total = num(KpiCatalogue.INCIDENTS.in(s)).longValue();
    long stationDays = (long) stations.size() * report.run().days();
    long zeroDays =
        stations.stream()
            .mapToLong(o -> num(((Map<String, Object>) o).get("zeroCallOutDays")).longValue())
            .sum();
    double targetMin = report.run().urgentTargetSeconds() / 60;
    double coverMin = report.run().coverageTargetSeconds() / 60;
    Cards cards = new Cards(s, intervals);
    cards.add(
        "streetDisposalShare",
        KpiCatalogue.STREET_DISPOSAL_SHARE,
        KpiCatalogue.STREET_DISPOSED.in(s)
            + " of "
            + total
            + " calls settled on the spot by a patrol car; ceiling "
            + pct(KpiCatalogue.STREET_DISPOSAL_CEILING.in(s)));
    cards.add(
        "availabilityLoss",
        KpiCatalogue.AVAILABILITY_LOSS,
        Shown.POINTS,
        "settleable calls no patrol attended (a station team went): what a plan changes");
    cards.add(
        "responseLoss",
        KpiCatalogue.RESPONSE_LOSS,
        Shown.POINTS,
        "settleable calls a patrol reached too late to settle (or with a weaker crew); with availability loss,"
            + " the ceiling minus the share");
    cards.add(
        "repeatCalls",
        KpiCatalogue.REPEAT_CALLS,
        "calls brought back to the same place by an incident not settled on the street");
    cards.add(
        "stationCallOuts",
        KpiCatalogue.STATION_CALL_OUTS,
        String.format(
            Locale.ROOT,
            "duty teams sent; %.1f per station-day",
            stationDays == 0
                ? 0.0
                : num(KpiCatalogue.STATION_CALL_OUTS.in(s)).doubleValue() / stationDays));
    cards.add(
        "zeroCallOutDays",
        KpiCatalogue.ZERO_CALL_OUT_DAYS,
        null,
        zeroDays + " of " + stationDays,
        Shown.COUNT,
        " of " + stationDays,
        "station-days on which the station sent no duty team ("
            + pct(stationDays == 0 ? 0.0 : zeroDays / (double) stationDays)
            + ")");
    cards.add(
        "handedOver",
        KpiCatalogue.HANDED_OVER,
        "Handed over",
        "a patrol attended, the case went on to the station");
    Map<String, Object> urgent =
        (Map<String, Object>) ((Map<String, Object>) s.get("firstArrivalSeconds")).get("urgent");
    cards.add(
        "urgentFirstArrivalMean",
        KpiCatalogue.URGENT_FIRST_ARRIVAL_MEAN,
        "Urgent calls: first arrival",
        "mean; p50 "
            + seconds(urgent.get("p50"))
            + ", p90 "
            + seconds(urgent.get("p90"))
            + "; cover mean "
            + seconds(KpiCatalogue.find("coverSeconds.urgent.mean").orElseThrow().in(s)));
    cards.add(
        "urgentFirstArrivalWithinTargetShare",
        KpiCatalogue.URGENT_FIRST_ARRIVAL_WITHIN_TARGET,
        "Urgent within " + minutes(targetMin),
        "of urgent calls, first unit on scene within the "
            + "target; all needed units: "
            + pct(KpiCatalogue.URGENT_COVER_WITHIN_TARGET.in(s)));
    cards.add(
        "coverage",
        KpiCatalogue.COVERAGE,
        "Coverage",
        "of the road network within "
            + minutes(coverMin)
            + " from the call of a free unit the policy would send;"
            + " of the expected calls: "
            + pct(KpiCatalogue.DEMAND_COVERAGE.in(s))
            + " ("
            + cov.get("samples")
            + " samples)");
    if (KpiCatalogue.HOTSPOT_MINUTES_PER_DAY.in(s) != null) {
      cards.add(
          PRESENCE_KEY,
          KpiCatalogue.HOTSPOT_MINUTES_PER_DAY,
          "Patrol minutes a day at the hot spots",
          String.format(
              Locale.ROOT,
              "at the %s busiest places for calls, summed; %s visits a day, %s of 10-15 min;"
                  + " calls a car had passed within 1 h: %s",
              KpiCatalogue.HOTSPOTS.in(s),
              KpiCatalogue.HOTSPOT_VISITS_PER_DAY.in(s),
              pct(KpiCatalogue.KOPER_SHARE.in(s)),
              pct(KpiCatalogue.find("presence.callsPassedShare.1h").orElseThrow().in(s))));
    }
    Map<String, Object> time =
        (Map<String, Object>) ((Map<String, Object>) s.get("vehicles")).get("timeShare");
    cards.add(
        "utilization",
        KpiCatalogue.UTILIZATION,
        "of car time at incidents; meal breaks "
            + pct(time.get("mealBreak"))
            + ", hand-overs "
            + pct(time.get("handover")));
    cards.add(
        "open",
        KpiCatalogue.OPEN,
        ((Boolean) ((Map<String, Object>) s.get("run")).get("drained"))
            ? "every call was followed to its end"
            : "calls the drain cap cut off");
    return cards.list;
  }

  /** The cards as they are added, from one summary and the replications' intervals. */
  private static final class Cards {
    private final Map<String, Object> summary;
    private final Map<Kpi, KpiInterval> intervals;
    private final List<Map<String, Object>> list = new ArrayList<>();

    Cards(Map<String, Object> summary, Map<Kpi, KpiInterval> intervals) {
      this.summary = summary;
      this.intervals = intervals;
    }

    /** A card titled with its KPI's label, its value in the KPI's unit. */
    void add(String key, Kpi kpi, String detail) {
      add(key, kpi, Shown.of(kpi.unit()), detail);
    }

    void add(String key, Kpi kpi, Shown shown, String detail) {
      add(key, kpi, null, shown, detail);
    }

    void add(String key, Kpi kpi, String title, String detail) {
      add(key, kpi, title, Shown.of(kpi.unit()), detail);
    }

    void add(String key, Kpi kpi, String title, Shown shown, String detail) {
      add(key, kpi, title, shownValue(kpi.in(summary), shown), shown, "", detail);
    }

    /**
     * A card. With an interval, the card leads with the replications' mean ({@code value} of the
     * mean, then {@code suffix}) and its interval; replication 0's value and the detail
     * (replication 0's figures) follow in small print, labelled. {@code tone} says which way is
     * better ("good": higher, "bad": lower, "neutral"), from the KPI.
     */
    void add(
        String key,
        Kpi kpi,
        String title,
        String value,
        Shown shown,
        String suffix,
        String detail) {
      Map<String, Object> c = new LinkedHashMap<>();
      KpiInterval i = intervals.get(kpi);
      c.put("key", key);
      c.put("label", title != null ? title : capitalised(kpi.label()));
      c.put("value", i == null ? value : value(i.mean(), shown) + suffix);
      c.put("detail", i == null ? detail : "replication 0: " + detail);
      c.put("tone", tone(kpi.better()));
      c.put("interval", i == null ? null : formatted(i, shown));
      c.put("single", i == null ? null : value);
      list.add(c);
    }
  }

  private static String tone(Kpi.Better better) {
    return switch (better) {
      case HIGHER -> "good";
      case LOWER -> "bad";
      case NEITHER -> "neutral";
    };
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** A summary's figure as a card shows it: a count as written. */
  private static String shownValue(Number v, Shown shown) {
    return switch (shown) {
      case PERCENT -> pct(v);
      case POINTS -> points(v);
      case SECONDS -> seconds(v);
      case COUNT -> String.valueOf(v);
    };
  }

  private static String formatted(KpiInterval i, Shown unit) {
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
  static String value(double v, Shown unit) {
    return switch (unit) {
      case PERCENT -> pct(v);
      case POINTS -> points(v);
      case SECONDS -> seconds(v);
      case COUNT -> String.format(Locale.ROOT, "%.1f", v);
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
