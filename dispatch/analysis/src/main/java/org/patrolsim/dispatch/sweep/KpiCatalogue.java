// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every KPI a sweep can report: each number of a run's summary.json (docs/SCENARIO.md), addressed
 * by its dotted path, except {@code seed}, {@code days} and the per-station list. Some are written
 * only when the plan has what they measure ({@code vehicles.timeShare.turnout}: a car turnout;
 * {@code vehicles.timeShare.selfInitiated} and {@code vehicles.selfInitiatedJobs}: self-initiated
 * work); a run without it gives them as 0 (none of that time, no such jobs), so that variants with
 * and without it compare. The order is summary.json's and fixes the column order of every output. A
 * test checks the list against a real run's summary.
 */
public final class KpiCatalogue {
  /** The KPIs charted and tabled when a plan names none. */
  public static final List<String> MAIN =
      List.of(
          "streetDisposalShare",
          "availabilityLoss",
          "urgentFirstArrivalWithinTargetShare",
          "coverage.meanShareWithinTarget",
          "incidents.stationCallOuts",
          "firstArrivalSeconds.urgent.mean");

  private static final Map<String, String> LABELS =
      Map.of(
          "streetDisposalShare", "street-level disposal",
          "availabilityLoss", "availability loss",
          "responseLoss", "late-arrival loss",
          "incidents.repeatCalls", "repeat calls",
          "urgentFirstArrivalWithinTargetShare", "urgent first arrival within target",
          "coverage.meanShareWithinTarget", "road within target of a free unit",
          "incidents.stationCallOuts", "station call-outs",
          "firstArrivalSeconds.urgent.mean", "urgent first arrival, mean (s)");

  private static final Map<String, String> SHORT =
      Map.of(
          "streetDisposalShare", "street disposal %",
          "availabilityLoss", "avail. loss %",
          "responseLoss", "late loss %",
          "incidents.repeatCalls", "repeat calls",
          "urgentFirstArrivalWithinTargetShare", "urgent in target %",
          "coverage.meanShareWithinTarget", "coverage %",
          "incidents.stationCallOuts", "call-outs",
          "firstArrivalSeconds.urgent.mean", "urgent arrival s");

  /** The KPIs written only when the plan has what they measure: 0 when not written. */
  private static final java.util.Set<String> ZERO_WHEN_ABSENT =
      java.util.Set.of(
          "vehicles.timeShare.turnout",
          "vehicles.timeShare.selfInitiated",
          "vehicles.selfInitiatedJobs");

  private static final List<Kpi> ALL = build();
  private static final Map<String, Integer> INDEX = index();

  private KpiCatalogue() {}

  /** Every KPI, in summary.json order. */
  public static List<Kpi> all() {
    return ALL;
  }

  /** How many KPIs a replication yields. */
  public static int size() {
    return ALL.size();
  }

  /** The position of {@code path} in {@link #all()}, or -1. */
  public static int indexOf(String path) {
    return INDEX.getOrDefault(path, -1);
  }

  /**
   * The KPI at {@code path}; {@code where} names the file or option for the message when there is
   * none.
   */
  public static Kpi require(String path, String where) {
    int i = indexOf(path);
    if (i < 0) {
      throw new SweepInputError(
          where + ": unknown KPI '" + path + "'; expected a summary.json path, one of " + paths());
    }
    return ALL.get(i);
  }

  /**
   * A column header for tables: short for the main KPIs, the path (with % for shares) for the
   * others.
   */
  public static String header(Kpi kpi) {
    return SHORT.getOrDefault(kpi.path(), kpi.path() + (kpi.unit() == Kpi.Unit.SHARE ? " %" : ""));
  }

  /** The valid paths, for messages. */
  public static List<String> paths() {
    return ALL.stream().map(Kpi::path).toList();
  }

  /**
   * The KPI values of one run's summary (as {@code RunReport.summary()} gives it), in catalogue
   * order; a missing or null value (a mean of no incidents) is NaN, but a KPI written only for a
   * part of the plan the run does not have is 0.
   */
  @SuppressWarnings("unchecked")
  public static double[] valuesOf(Map<String, Object> summary) {
    double[] values = new double[ALL.size()];
    for (int k = 0; k < values.length; k++) {
      Object v = summary;
      for (String key : ALL.get(k).path().split("\\.")) {
        v = v instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
      }
      values[k] =
          v instanceof Number n
              ? n.doubleValue()
              : v == null && ZERO_WHEN_ABSENT.contains(ALL.get(k).path()) ? 0.0 : Double.NaN;
    }
    return values;
  }

  private static List<Kpi> build() {
    List<String> paths = new ArrayList<>();
    paths.add("run.callsUntilSeconds");
    paths.add("run.endedSeconds");
    for (String key :
        List.of(
            "total",
            "streetDisposed",
            "stationDisposed",
            "handedOver",
            "open",
            "openByState.waiting",
            "openByState.en-route",
            "openByState.on-scene",
            "stationCallOuts",
            "preemptions",
            "repeatCalls")) {
      paths.add("incidents." + key);
    }
    paths.addAll(
        List.of(
            "streetDisposalShare",
            "streetDisposalCeiling",
            "streetDisposalCeilingOfTypes",
            "availabilityLoss",
            "responseLoss"));
    for (String band : List.of("0-5", "5-10", "10-20", "20-40", "40+")) {
      for (String n : List.of("patrolAttended", "settled", "settledShare")) {
        paths.add("streetDisposalByArrivalDelay." + band + "." + n);
      }
    }
    for (String times : List.of("firstArrivalSeconds", "coverSeconds", "callToDispatchSeconds")) {
      for (String priority : List.of("urgent", "normal", "low")) {
        for (String stat : List.of("count", "mean", "p50", "p90")) {
          paths.add(times + "." + priority + "." + stat);
        }
      }
    }
    paths.addAll(
        List.of(
            "urgentFirstArrivalWithinTargetShare",
            "urgentCoverWithinTargetShare",
            "ringsFromDispatchShare.1",
            "ringsFromDispatchShare.3",
            "ringsFromDispatchShare.5",
            "vehicles.count",
            "vehicles.utilization",
            "vehicles.timeShare.free",
            "vehicles.timeShare.responding",
            "vehicles.timeShare.onScene",
            "vehicles.timeShare.returning",
            "vehicles.timeShare.mealBreak",
            "vehicles.timeShare.handover",
            "vehicles.timeShare.turnout",
            "vehicles.timeShare.selfInitiated",
            "vehicles.mealsMissed",
            "vehicles.selfInitiatedJobs"));
    paths.addAll(
        List.of(
            "stationDays.count",
            "stationDays.zeroCallOut",
            "stationDays.zeroCallOutShare",
            "stationDays.callOutsPerStationDay"));
    paths.addAll(
        List.of(
            "coverage.targetSeconds",
            "coverage.samples",
            "coverage.meanShareWithinTarget",
            "coverage.demandWithinTargetShare"));
    paths.addAll(
        List.of(
            "presence.patrolMinutesPerDay",
            "presence.revisitMinutes.p50",
            "presence.revisitMinutes.p90",
            "presence.hotspots.count",
            "presence.hotspots.visitsPerDay",
            "presence.hotspots.minutesPerDay",
            "presence.hotspots.koperShare",
            "presence.callsPassedShare.1h",
            "presence.callsPassedShare.2h",
            "presence.callsPassedShare.4h"));
    return paths.stream().map(p -> new Kpi(p, unitOf(p), LABELS.getOrDefault(p, p))).toList();
  }

  private static Kpi.Unit unitOf(String path) {
    if (path.endsWith(".count")) {
      return Kpi.Unit.COUNT;
    }
    if (path.contains("Seconds")) {
      return Kpi.Unit.SECONDS;
    }
    if (path.contains("Share")
        || path.contains("share")
        || path.startsWith("streetDisposalCeiling")
        || path.equals("availabilityLoss")
        || path.equals("responseLoss")
        || path.equals("vehicles.utilization")) {
      return Kpi.Unit.SHARE;
    }
    return Kpi.Unit.COUNT;
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int k = 0; k < ALL.size(); k++) {
      index.put(ALL.get(k).path(), k);
    }
    return index;
  }
}
