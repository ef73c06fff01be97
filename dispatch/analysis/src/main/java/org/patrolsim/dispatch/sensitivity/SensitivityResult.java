// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.SweepResult;
import org.patrolsim.dispatch.sweep.VariantEstimates;

/**
 * A finished sensitivity analysis: for each KPI, the inputs ranked by the span of their tornado
 * bar, with the paired intervals of their effects. Computed from the sweep's results filed by
 * (variant, replication), so the same setup gives the same numbers however the replications ran.
 *
 * @param setup the analysis as set up
 * @param sweep the sweep of its variants, with every replication's KPIs
 * @param kpis the ranking of each KPI of the setup, in the setup's order
 */
public record SensitivityResult(
    SensitivitySetup setup, SweepResult sweep, List<KpiSensitivity> kpis) {

  public SensitivityResult {
    kpis = List.copyOf(kpis);
  }

  /** Ranks the inputs for every KPI of {@code setup} from the finished {@code sweep}. */
  public static SensitivityResult of(SensitivitySetup setup, SweepResult sweep) {
    List<KpiSensitivity> out = new ArrayList<>();
    for (Kpi kpi : setup.kpis()) {
      out.add(rank(setup, sweep, kpi));
    }
    return new SensitivityResult(setup, sweep, out);
  }

  /** The ranking of the KPI at summary.json path {@code path}. */
  public KpiSensitivity kpi(String path) {
    return kpis.stream()
        .filter(k -> k.kpi().key().equals(path))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no KPI " + path));
  }

  private static KpiSensitivity rank(SensitivitySetup setup, SweepResult sweep, Kpi kpi) {
    Estimate base = sweep.baseline().kpi(kpi);
    int k = KpiCatalogue.indexOf(kpi.key());
    int n = setup.replications();
    List<InputEffect> effects = new ArrayList<>();
    for (int i = 0; i < setup.inputs().size(); i++) {
      VariantEstimates low = sweep.variants().get(setup.variant(i, ModelInput.End.LOW));
      VariantEstimates high = sweep.variants().get(setup.variant(i, ModelInput.End.HIGH));
      Estimate effect =
          Estimate.paired(
              column(sweep.book().of(low.variant().index(), n), k),
              column(sweep.book().of(high.variant().index(), n), k));
      effects.add(
          new InputEffect(
              setup.inputs().get(i),
              0,
              low.kpi(kpi),
              high.kpi(kpi),
              effect,
              low.vsBaseline(kpi),
              high.vsBaseline(kpi),
              span(low.kpi(kpi), base, high.kpi(kpi))));
    }
    // largest span first; an unknown span (a KPI with no value at some end) last; ties in registry
    // order
    List<InputEffect> sorted =
        effects.stream()
            .sorted(
                Comparator.comparingDouble(
                    (InputEffect e) ->
                        Double.isFinite(e.span()) ? -e.span() : Double.POSITIVE_INFINITY))
            .toList();
    List<InputEffect> ranked = new ArrayList<>();
    for (InputEffect e : sorted) {
      ranked.add(
          new InputEffect(
              e.input(),
              ranked.size() + 1,
              e.low(),
              e.high(),
              e.effect(),
              e.lowVsBase(),
              e.highVsBase(),
              e.span()));
    }
    return new KpiSensitivity(kpi, base, ranked);
  }

  private static double span(Estimate low, Estimate base, Estimate high) {
    double min = Math.min(low.mean(), Math.min(base.mean(), high.mean()));
    double max = Math.max(low.mean(), Math.max(base.mean(), high.mean()));
    return max - min;
  }

  private static double[] column(double[][] rows, int k) {
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      out[r] = rows[r][k];
    }
    return out;
  }
}
