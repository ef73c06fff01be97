// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

/**
 * One KPI of a run: its dotted path in summary.json (the name users write), the unit its values are
 * in, and a short label for tables and charts.
 *
 * @param path the dotted summary.json path, e.g. {@code firstArrivalSeconds.urgent.mean}
 * @param unit what the values measure
 * @param label a short label in words
 */
public record Kpi(String path, Unit unit, String label) {

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
}
