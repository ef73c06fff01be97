// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import java.util.Locale;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.sweep.Estimate;

/**
 * The console table: for each KPI, its value in the plan and the inputs that move it most, each
 * with the KPI at the low and the high end of its range and the paired difference high minus low
 * with its 95 % half-width ({@code *}: one of the input's paired intervals excludes 0).
 */
public final class SensitivityTable {
  private SensitivityTable() {}

  /** The table, with at most {@code top} inputs per KPI. */
  public static String of(SensitivityResult result, int top) {
    StringBuilder sb = new StringBuilder();
    int width = result.setup().inputs().stream().mapToInt(i -> i.name().length()).max().orElse(8);
    for (KpiSensitivity k : result.kpis()) {
      Kpi kpi = k.kpi();
      sb.append('\n')
          .append(kpi.label())
          .append(" (")
          .append(kpi.key())
          .append("): plan ")
          .append(value(k.base().mean(), kpi, false))
          .append(kpi.unit() == Kpi.Unit.SHARE ? " %" : "")
          .append('\n');
      sb.append(
          String.format(
              Locale.ROOT,
              "  %4s  %-" + width + "s  %12s  %12s  %20s%n",
              "rank",
              "input",
              "at low",
              "at high",
              "high - low"));
      for (InputEffect e : k.ranking().subList(0, Math.min(top, k.ranking().size()))) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %4d  %-" + width + "s  %12s  %12s  %20s%n",
                e.rank(),
                e.input().name(),
                value(e.low().mean(), kpi, false),
                value(e.high().mean(), kpi, false),
                difference(e.effect(), kpi) + (e.clear() ? "*" : " ")));
      }
    }
    return sb.toString();
  }

  private static String value(double v, Kpi kpi, boolean signed) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    boolean share = kpi.unit() == Kpi.Unit.SHARE;
    return String.format(
        Locale.ROOT, (signed ? "%+" : "%") + (share ? ".2f" : ".1f"), v * (share ? 100 : 1));
  }

  private static String difference(Estimate e, Kpi kpi) {
    String mean = value(e.mean(), kpi, true);
    return e.hasInterval() ? mean + " ± " + value(e.halfWidth(), kpi, false) : mean;
  }
}
