// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.kpi;

import java.util.Map;

/**
 * One KPI of a run, as the {@link KpiCatalogue} defines it: every output that shows a KPI (the
 * console, summary.json, the report's cards, replications, sweeps, sensitivity) takes its name,
 * words and unit from here.
 *
 * @param key the dotted summary.json path, the name users write: {@code
 *     firstArrivalSeconds.urgent.mean}
 * @param label a short label in words, for the console, tables and charts
 * @param header a column header for tables of several KPIs side by side
 * @param unit what the values measure
 * @param better which way is better
 * @param definition what the KPI counts, in one sentence
 * @param source where the definition is written out: a docs file and section
 */
public record Kpi(
    String key,
    String label,
    String header,
    Unit unit,
    Better better,
    String definition,
    String source) {

  /**
   * This KPI's value in a run's summary (as {@code RunReport.summary()} gives it): a number, or
   * null when the summary has none (a mean of no incidents, a part of the plan the run lacks).
   */
  @SuppressWarnings("unchecked")
  public Number in(Map<String, Object> summary) {
    Object v = summary;
    for (String part : key.split("\\.", -1)) {
      v = v instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(part) : null;
    }
    return v instanceof Number n ? n : null;
  }

  /**
   * What a KPI's values measure, and the range they can take (every KPI of a run is a share of 1, a
   * time or a count, none negative); KPIs of one unit share a chart panel.
   */
  public enum Unit {
    SHARE("share of 1", 1),
    SECONDS("seconds", Double.POSITIVE_INFINITY),
    COUNT("count", Double.POSITIVE_INFINITY);

    private final String words;
    private final double most;

    Unit(String words, double most) {
      this.words = words;
      this.most = most;
    }

    public String words() {
      return words;
    }

    /** The least value a KPI of this unit can take: 0. */
    public double least() {
      return 0;
    }

    /** The greatest value a KPI of this unit can take: 1 for a share, else unbounded. */
    public double most() {
      return most;
    }

    /** Whether {@code v} is a value a KPI of this unit can take. */
    public boolean allows(double v) {
      return v >= least() && v <= most;
    }

    /** The range in words, for messages: "from 0 to 1", "at least 0". */
    public String range() {
      return Double.isInfinite(most) ? "at least 0" : "from 0 to 1";
    }
  }

  /** Which way a KPI is better, for the reader; neither for what a plan sets or only describes. */
  public enum Better {
    HIGHER,
    LOWER,
    NEITHER
  }
}
