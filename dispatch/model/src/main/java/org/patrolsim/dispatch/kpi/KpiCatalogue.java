// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.kpi;

import static org.patrolsim.dispatch.kpi.Kpi.Better.HIGHER;
import static org.patrolsim.dispatch.kpi.Kpi.Better.LOWER;
import static org.patrolsim.dispatch.kpi.Kpi.Better.NEITHER;
import static org.patrolsim.dispatch.kpi.Kpi.Unit.COUNT;
import static org.patrolsim.dispatch.kpi.Kpi.Unit.SECONDS;
import static org.patrolsim.dispatch.kpi.Kpi.Unit.SHARE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patrolsim.dispatch.kpi.Kpi.Better;
import org.patrolsim.dispatch.kpi.Kpi.Unit;

/**
 * Every KPI of a run, in one place: each number of a run's summary.json, addressed by its dotted
 * path, except {@code seed}, {@code days} and the per-station list. The order is summary.json's and
 * fixes the column order of every output of replications and sweeps; a test checks the list against
 * a real run's summary, and each KPI against the docs section it cites.
 *
 * <p>Some are written only when the plan has what they measure ({@code vehicles.timeShare.turnout}:
 * a car turnout; {@code vehicles.timeShare.selfInitiated} and {@code vehicles.selfInitiatedJobs}:
 * self-initiated work); {@link #valuesOf} gives them as 0 for a run without it (none of that time,
 * no such jobs), so that variants with and without it compare.
 *
 * <p>To add a KPI: write it in {@code RunReport}'s summary, add it here at the same place, and
 * define it in docs/MODEL.md section 3 (docs/SCENARIO.md lists summary.json's keys).
 */
public final class KpiCatalogue {
  /** The KPI definitions of docs/MODEL.md. */
  static final String MODEL = "docs/MODEL.md#3-kpi-definitions";

  /** The keys of summary.json in docs/SCENARIO.md, for what is a fact of the run, not a measure. */
  static final String SUMMARY = "docs/SCENARIO.md#summaryjson";

  private static final List<Kpi> BUILT = new ArrayList<>();

  public static final Kpi CALLS_UNTIL_SECONDS =
      add(
          "run.callsUntilSeconds",
          "end of the call period (s)",
          SECONDS,
          NEITHER,
          "seconds from the start to the end of the call period",
          SUMMARY);
  public static final Kpi ENDED_SECONDS =
      add(
          "run.endedSeconds",
          "end of the run (s)",
          SECONDS,
          NEITHER,
          "seconds from the start to the end of the run: the last incident finished, or the drain"
              + " cap",
          SUMMARY);
  public static final Kpi INCIDENTS =
      add(
          "incidents.total",
          "incidents",
          COUNT,
          NEITHER,
          "calls received in the call period",
          SUMMARY);
  public static final Kpi STREET_DISPOSED =
      add(
          "incidents.streetDisposed",
          "settled on the street",
          COUNT,
          HIGHER,
          "incidents settled on the spot by a patrol car",
          SUMMARY);
  public static final Kpi STATION_DISPOSED =
      add(
          "incidents.stationDisposed",
          "disposed of by a station team",
          COUNT,
          LOWER,
          "incidents whose primary unit, when the work was done, was a station team",
          MODEL);
  public static final Kpi HANDED_OVER =
      add(
          "incidents.handedOver",
          "handed over to stations",
          COUNT,
          NEITHER,
          "incidents a patrol car attended as primary unit whose case went on to the station of"
              + " the jurisdiction",
          MODEL);
  public static final Kpi OPEN =
      add(
          "incidents.open",
          "open at the end",
          COUNT,
          LOWER,
          "incidents the drain cap cut off before they were finished",
          MODEL);

  static {
    for (String[] state :
        new String[][] {
          {"waiting", "waiting", "with no unit"},
          {"en-route", "en route", "with a unit on its way"},
          {"on-scene", "on scene", "with a unit on scene"}
        }) {
      add(
          "incidents.openByState." + state[0],
          "open at the end, " + state[1],
          COUNT,
          LOWER,
          "incidents the drain cap cut off " + state[2],
          MODEL);
    }
  }

  public static final Kpi STATION_CALL_OUTS =
      add(
          "incidents.stationCallOuts",
          "station call-outs",
          "call-outs",
          COUNT,
          LOWER,
          "station duty teams sent, primary or backup",
          MODEL);
  public static final Kpi PREEMPTIONS =
      add(
          "incidents.preemptions",
          "pre-emptions",
          COUNT,
          NEITHER,
          "times a car was taken off an incident for an urgent call",
          SUMMARY);
  public static final Kpi REPEAT_CALLS =
      add(
          "incidents.repeatCalls",
          "repeat calls",
          "repeat calls",
          COUNT,
          LOWER,
          "calls brought by an earlier incident of the run not settled on the street",
          MODEL);
  public static final Kpi STREET_DISPOSAL_SHARE =
      add(
          "streetDisposalShare",
          "street-level disposal",
          "street disposal %",
          SHARE,
          HIGHER,
          "incidents settled on the spot by a roving patrol car, of all calls",
          MODEL);
  public static final Kpi STREET_DISPOSAL_CEILING =
      add(
          "streetDisposalCeiling",
          "street-disposal ceiling",
          SHARE,
          NEITHER,
          "calls whose drawn fate the plan's best crew, first on scene within the type's grace,"
              + " would settle, of all calls",
          MODEL);
  public static final Kpi STREET_DISPOSAL_CEILING_OF_TYPES =
      add(
          "streetDisposalCeilingOfTypes",
          "ceiling of the types",
          SHARE,
          NEITHER,
          "the street-disposal ceiling expected from the incident types and the best crew",
          MODEL);
  public static final Kpi AVAILABILITY_LOSS =
      add(
          "availabilityLoss",
          "availability loss",
          "avail. loss %",
          SHARE,
          LOWER,
          "settleable calls no patrol car attended as primary unit, of all calls",
          MODEL);
  public static final Kpi RESPONSE_LOSS =
      add(
          "responseLoss",
          "late-arrival loss",
          "late loss %",
          SHARE,
          LOWER,
          "settleable calls a patrol car attended as primary unit but did not settle (too late, or"
              + " a weaker crew), of all calls",
          MODEL);

  static {
    for (String band : List.of("0-5", "5-10", "10-20", "20-40", "40+")) {
      String key = "streetDisposalByArrivalDelay." + band + ".";
      String words = "arrival in " + band + " min: ";
      String calls =
          "patrol-attended calls whose first unit arrived " + band + " minutes after the call";
      add(key + "patrolAttended", words + "patrol-attended", COUNT, NEITHER, calls, MODEL);
      add(
          key + "settled",
          words + "settled",
          COUNT,
          NEITHER,
          calls + ", settled on the spot",
          MODEL);
      add(
          key + "settledShare",
          words + "settled share",
          SHARE,
          HIGHER,
          calls + ": settled of" + " them",
          MODEL);
    }
  }

  public static final Kpi URGENT_FIRST_ARRIVAL_MEAN = times();

  public static final Kpi URGENT_FIRST_ARRIVAL_WITHIN_TARGET =
      add(
          "urgentFirstArrivalWithinTargetShare",
          "urgent first arrival within target",
          "urgent in target %",
          SHARE,
          HIGHER,
          "urgent calls whose first unit was on scene within dispatch.urgentTargetMinutes, of all"
              + " urgent calls",
          MODEL);
  public static final Kpi URGENT_COVER_WITHIN_TARGET =
      add(
          "urgentCoverWithinTargetShare",
          "urgent cover within target",
          SHARE,
          HIGHER,
          "urgent calls whose every needed unit was on scene within dispatch.urgentTargetMinutes,"
              + " of all urgent calls",
          MODEL);

  static {
    for (int minutes : new int[] {1, 3, 5}) {
      add(
          "ringsFromDispatchShare." + minutes,
          minutes + "-minute ring from dispatch",
          SHARE,
          HIGHER,
          "calls whose "
              + (minutes == 5 ? "every needed unit" : "first unit")
              + " was on scene within "
              + minutes
              + " min of the first dispatch, of all calls",
          MODEL);
    }
  }

  public static final Kpi VEHICLES =
      add("vehicles.count", "patrol cars", COUNT, NEITHER, "patrol cars of the plan", SUMMARY);
  public static final Kpi UTILIZATION =
      add(
          "vehicles.utilization",
          "car utilisation",
          SHARE,
          NEITHER,
          "patrol-car on-duty time spent driving to or working at incidents",
          MODEL);

  static {
    for (String[] state :
        new String[][] {
          {"free", "free", "free (patrolling)"},
          {"responding", "responding", "driving to incidents"},
          {"onScene", "on scene", "on scene"},
          {"returning", "returning", "driving back to the post"},
          {"mealBreak", "on meals", "on a meal break"},
          {"handover", "on hand-overs", "on a hand-over"},
          {"turnout", "in turnout", "between a dispatch and moving off"},
          {"selfInitiated", "on self-initiated work", "on work the crews started themselves"}
        }) {
      add(
          "vehicles.timeShare." + state[0],
          "car time " + state[1],
          SHARE,
          NEITHER,
          "patrol-car on-duty time " + state[2],
          MODEL);
    }
  }

  public static final Kpi MEALS_MISSED =
      add(
          "vehicles.mealsMissed",
          "meals missed",
          COUNT,
          LOWER,
          "crews whose shift ended before they could take all of their meal",
          SUMMARY);
  public static final Kpi SELF_INITIATED_JOBS =
      add(
          "vehicles.selfInitiatedJobs",
          "self-initiated jobs",
          COUNT,
          NEITHER,
          "self-initiated jobs the cars started in the call period",
          MODEL);
  public static final Kpi STATION_DAYS =
      add(
          "stationDays.count",
          "station-days",
          COUNT,
          NEITHER,
          "stations times days of the call period",
          SUMMARY);
  public static final Kpi ZERO_CALL_OUT_DAYS =
      add(
          "stationDays.zeroCallOut",
          "zero call-out days",
          COUNT,
          HIGHER,
          "station-days on which the station sent no duty team",
          MODEL);
  public static final Kpi ZERO_CALL_OUT_SHARE =
      add(
          "stationDays.zeroCallOutShare",
          "zero call-out day share",
          SHARE,
          HIGHER,
          "station-days on which the station sent no duty team, of all station-days",
          MODEL);
  public static final Kpi CALL_OUTS_PER_STATION_DAY =
      add(
          "stationDays.callOutsPerStationDay",
          "call-outs per station-day",
          COUNT,
          LOWER,
          "station call-outs divided by stations times days",
          MODEL);
  public static final Kpi COVERAGE_TARGET_SECONDS =
      add(
          "coverage.targetSeconds",
          "coverage target (s)",
          SECONDS,
          NEITHER,
          "the coverage target, from the call (report.coverageTargetMinutes)",
          SUMMARY);
  public static final Kpi COVERAGE_SAMPLES =
      add(
          "coverage.samples",
          "coverage samples",
          COUNT,
          NEITHER,
          "the instants coverage was sampled at",
          SUMMARY);
  public static final Kpi COVERAGE =
      add(
          "coverage.meanShareWithinTarget",
          "road within target of a free unit",
          "coverage %",
          SHARE,
          HIGHER,
          "the road network (by length) within the coverage target from the call of a free unit"
              + " the policy would send, averaged over the call period",
          MODEL);
  public static final Kpi DEMAND_COVERAGE =
      add(
          "coverage.demandWithinTargetShare",
          "expected calls within target of a free unit",
          SHARE,
          HIGHER,
          "the expected calls within the coverage target from the call of a free unit the policy"
              + " would send, weighted by the calls expected in each hour",
          MODEL);

  public static final Kpi PATROL_MINUTES_PER_DAY =
      add(
          "presence.patrolMinutesPerDay",
          "patrol minutes per day",
          COUNT,
          NEITHER,
          "the minutes free patrol cars spent on the road segments (driving or stopped) per day",
          MODEL);

  static {
    for (String q : List.of("p50", "p90")) {
      add(
          "presence.revisitMinutes." + q,
          "revisit interval, " + q + " (min)",
          COUNT,
          LOWER,
          (q.equals("p50") ? "median" : "90th percentile")
              + " minutes between the starts of consecutive passes of free patrol cars on a road"
              + " segment, over every segment",
          MODEL);
    }
  }

  public static final Kpi HOTSPOTS =
      add(
          "presence.hotspots.count",
          "hot spots",
          COUNT,
          NEITHER,
          "the road segments with the most expected calls that presence counts as hot spots",
          MODEL);
  public static final Kpi HOTSPOT_VISITS_PER_DAY =
      add(
          "presence.hotspots.visitsPerDay",
          "hot-spot visits per day",
          COUNT,
          HIGHER,
          "passes of free patrol cars on the hot spots per day, summed over the hot spots",
          MODEL);
  public static final Kpi HOTSPOT_MINUTES_PER_DAY =
      add(
          "presence.hotspots.minutesPerDay",
          "hot-spot patrol minutes per day",
          COUNT,
          HIGHER,
          "minutes free patrol cars spent on the hot spots per day, summed over the hot spots",
          MODEL);
  public static final Kpi KOPER_SHARE =
      add(
          "presence.hotspots.koperShare",
          "hot-spot visits of 10-15 min",
          SHARE,
          HIGHER,
          "visits to the hot spots that lasted 10 to 15 minutes (Koper's band), of all their visits",
          MODEL);

  static {
    for (String hours : List.of("1h", "2h", "4h")) {
      add(
          "presence.callsPassedShare." + hours,
          "calls where a car passed within " + hours,
          SHARE,
          HIGHER,
          "calls on a road segment a free patrol car had been on within "
              + hours
              + " before the call, of all calls",
          MODEL);
    }
  }

  private static final List<Kpi> ALL = List.copyOf(BUILT);
  private static final Map<String, Integer> INDEX = index();

  /** The KPIs charted and tabled when a plan names none, and printed for replications. */
  public static final List<Kpi> MAIN =
      List.of(
          STREET_DISPOSAL_SHARE,
          AVAILABILITY_LOSS,
          URGENT_FIRST_ARRIVAL_WITHIN_TARGET,
          COVERAGE,
          STATION_CALL_OUTS,
          URGENT_FIRST_ARRIVAL_MEAN);

  /** The KPIs written only when the plan has what they measure: 0 when not written. */
  private static final Set<String> ZERO_WHEN_ABSENT =
      Set.of(
          "vehicles.timeShare.turnout",
          "vehicles.timeShare.selfInitiated",
          "vehicles.selfInitiatedJobs");

  private KpiCatalogue() {}

  /** Every KPI, in summary.json order. */
  public static List<Kpi> all() {
    return ALL;
  }

  /** How many KPIs a run yields. */
  public static int size() {
    return ALL.size();
  }

  /** The position of {@code key} in {@link #all()}, or -1. */
  public static int indexOf(String key) {
    return INDEX.getOrDefault(key, -1);
  }

  /** The KPI at {@code key}, if there is one. */
  public static Optional<Kpi> find(String key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(ALL.get(i));
  }

  /**
   * The KPI at {@code key}; {@code where} names the file or option for the one-line message when
   * there is none, which offers the closest keys (or, when none is close, the headline KPIs) and
   * where the full list is (a list of all the keys would fill a screen).
   */
  public static Kpi require(String key, String where) {
    return find(key)
        .orElseThrow(
            () ->
                new UnknownKpiError(
                    where
                        + ": unknown KPI '"
                        + key
                        + "'; "
                        + suggestion(key)
                        + " (every KPI: docs/SCENARIO.md, section summary.json)"));
  }

  /** "did you mean ..." with the keys closest to {@code key}, or the headline KPIs. */
  static String suggestion(String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    List<String> close =
        ALL.stream()
            .map(Kpi::key)
            .filter(k -> distance(wanted, k.toLowerCase(Locale.ROOT)) <= closeness(wanted))
            .sorted(
                Comparator.comparingInt((String k) -> distance(wanted, k.toLowerCase(Locale.ROOT)))
                    .thenComparingInt(KpiCatalogue::indexOf))
            .limit(3)
            .toList();
    if (!close.isEmpty()) {
      return "did you mean " + String.join(" or ", close) + "?";
    }
    return "expected a summary.json path such as "
        + String.join(", ", MAIN.stream().map(Kpi::key).toList());
  }

  /** How many edits still make a key close: a third of the key's length, at least 2. */
  private static int closeness(String key) {
    return Math.max(2, key.length() / 3);
  }

  /**
   * The edit distance of {@code a} to {@code b}, where a {@code b} that contains {@code a} counts
   * as close as a one-letter slip (a key given without its section, e.g. {@code mealsMissed}).
   */
  private static int distance(String a, String b) {
    if (b.contains(a) && a.length() >= 4) {
      return 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The valid keys, for messages. */
  public static List<String> keys() {
    return ALL.stream().map(Kpi::key).toList();
  }

  /**
   * The KPI values of one run's summary (as {@code RunReport.summary()} gives it), in catalogue
   * order; a missing or null value (a mean of no incidents) is NaN, but a KPI written only for a
   * part of the plan the run does not have is 0.
   */
  public static double[] valuesOf(Map<String, Object> summary) {
    double[] values = new double[ALL.size()];
    for (int k = 0; k < values.length; k++) {
      Number v = ALL.get(k).in(summary);
      values[k] =
          v != null
              ? v.doubleValue()
              : ZERO_WHEN_ABSENT.contains(ALL.get(k).key()) ? 0.0 : Double.NaN;
    }
    return values;
  }

  /**
   * The response times, per measure, priority and statistic; returns the urgent first arrival's
   * mean.
   */
  private static Kpi times() {
    Kpi urgentMean = null;
    String[][] measures = {
      {"firstArrivalSeconds", "first arrival", "the first unit on scene"},
      {"coverSeconds", "cover", "every needed unit on scene"},
      {"callToDispatchSeconds", "call to dispatch", "the first unit sent"}
    };
    for (String[] m : measures) {
      for (String priority : List.of("urgent", "normal", "low")) {
        String key = m[0] + "." + priority + ".";
        String what = priority + " " + m[1];
        String of = "of the " + priority + " calls reached, from the call to " + m[2];
        add(key + "count", what + ", count", COUNT, NEITHER, "calls " + of, MODEL);
        boolean urgentArrival = m[0].equals("firstArrivalSeconds") && priority.equals("urgent");
        Kpi mean =
            add(
                key + "mean",
                what + ", mean (s)",
                urgentArrival ? "urgent arrival s" : key + "mean",
                SECONDS,
                LOWER,
                "mean seconds " + of,
                MODEL);
        if (urgentArrival) {
          urgentMean = mean;
        }
        add(key + "p50", what + ", p50 (s)", SECONDS, LOWER, "median seconds " + of, MODEL);
        add(key + "p90", what + ", p90 (s)", SECONDS, LOWER, "90th percentile " + of, MODEL);
      }
    }
    return urgentMean;
  }

  private static Kpi add(
      String key, String label, Unit unit, Better better, String definition, String source) {
    return add(key, label, key + (unit == SHARE ? " %" : ""), unit, better, definition, source);
  }

  private static Kpi add(
      String key,
      String label,
      String header,
      Unit unit,
      Better better,
      String definition,
      String source) {
    Kpi kpi = new Kpi(key, label, header, unit, better, definition, source);
    BUILT.add(kpi);
    return kpi;
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int k = 0; k < ALL.size(); k++) {
      if (index.put(ALL.get(k).key(), k) != null) {
        throw new IllegalStateException("KPI " + ALL.get(k).key() + " is in the catalogue twice");
      }
    }
    return index;
  }
}
