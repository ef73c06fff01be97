// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

/**
 * One KPI of a run: its dotted path in summary.json (the name users write), the unit its values are in,
 * and a short label for tables and charts.
 *
 * @param path the dotted summary.json path, e.g. {@code firstArrivalSeconds.urgent.mean}
 * @param unit what the values measure
 * @param label a short label in words
 */
public record Kpi(String path, Unit unit, String label) {

  /** What a KPI's values measure; KPIs of one unit share a chart panel. */
  public enum Unit {
    SHARE("share of 1"),
    SECONDS("seconds"),
    COUNT("count");

    private final String words;

    Unit(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }
}
