// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.patrolsim.dispatch.kpi.Kpi;

/**
 * The sweep's console table: for each variant and each of the plan's KPIs the mean with its 95 %
 * half-width, then the paired difference from the baseline ({@code *}: its interval excludes 0),
 * and the goal search's answer.
 */
public final class SweepTable {
  private SweepTable() {}

  public static String of(SweepResult result) {
    SweepSetup setup = result.setup();
    List<Kpi> kpis = setup.kpis();
    StringBuilder sb = new StringBuilder();
    int nameWidth =
        Math.max(
            8,
            result.variants().stream().mapToInt(v -> v.variant().name().length()).max().orElse(8));
    List<String> header = new ArrayList<>();
    kpis.forEach(k -> header.add(k.header()));
    int[] widths = header.stream().mapToInt(h -> Math.max(15, h.length())).toArray();
    sb.append("mean ± 95 % half-width\n");
    row(sb, nameWidth, "variant", "n", header, widths);
    for (VariantEstimates v : result.variants()) {
      List<String> cells = new ArrayList<>();
      kpis.forEach(k -> cells.add(cell(v.kpi(k), k, false)));
      row(sb, nameWidth, v.variant().name(), Integer.toString(v.replications()), cells, widths);
    }
    sb.append("\ndifference from the baseline ")
        .append(result.baseline().variant().name())
        .append(" (paired, common random numbers; * the interval excludes 0)\n");
    row(sb, nameWidth, "variant", "n", header, widths);
    for (VariantEstimates v : result.variants()) {
      List<String> cells = new ArrayList<>();
      kpis.forEach(k -> cells.add(cell(v.vsBaseline(k), k, true)));
      row(
          sb,
          nameWidth,
          v.variant().name(),
          Integer.toString(v.vsBaseline(kpis.get(0)).n()),
          cells,
          widths);
    }
    if (result.goal() != null) {
      sb.append('\n').append("goal: ").append(GoalWords.of(result)).append('\n');
    }
    return sb.toString();
  }

  private static void row(
      StringBuilder sb, int nameWidth, String name, String n, List<String> cells, int[] widths) {
    sb.append(String.format(Locale.ROOT, "  %-" + nameWidth + "s %4s", name, n));
    for (int i = 0; i < cells.size(); i++) {
      sb.append(String.format(Locale.ROOT, "  %" + widths[i] + "s", cells.get(i)));
    }
    sb.append('\n');
  }

  static String cell(Estimate e, Kpi k, boolean difference) {
    if (!Double.isFinite(e.mean())) {
      return "-";
    }
    double scale = k.unit() == Kpi.Unit.SHARE ? 100 : 1;
    String pattern =
        k.unit() == Kpi.Unit.SECONDS ? "%.1f" : k.unit() == Kpi.Unit.SHARE ? "%.2f" : "%.1f";
    String mean =
        String.format(
            Locale.ROOT, difference ? pattern.replace("%", "%+") : pattern, e.mean() * scale);
    if (!e.hasInterval()) {
      return mean;
    }
    String cell = mean + " ± " + String.format(Locale.ROOT, pattern, e.halfWidth() * scale);
    boolean excludesZero = e.low() > 0 || e.high() < 0;
    return difference ? cell + (excludesZero ? "*" : " ") : cell;
  }
}
