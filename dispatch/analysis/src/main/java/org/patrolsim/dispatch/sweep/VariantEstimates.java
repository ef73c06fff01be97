// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * Every KPI of one variant: its estimate and its paired difference from the baseline, in {@link
 * KpiCatalogue} order.
 *
 * @param variant the variant
 * @param replications the replications it ran
 * @param kpis the estimate of each KPI
 * @param vsBaseline the paired difference (this variant minus the baseline) of each KPI
 */
public record VariantEstimates(
    Variant variant, int replications, List<Estimate> kpis, List<Estimate> vsBaseline) {

  public VariantEstimates {
    kpis = List.copyOf(kpis);
    vsBaseline = List.copyOf(vsBaseline);
  }

  public Estimate kpi(Kpi kpi) {
    return kpis.get(KpiCatalogue.indexOf(kpi.key()));
  }

  public Estimate vsBaseline(Kpi kpi) {
    return vsBaseline.get(KpiCatalogue.indexOf(kpi.key()));
  }

  /**
   * The estimates of {@code variant} from the first {@code replications} of its results and the
   * baseline's.
   */
  static VariantEstimates of(Variant variant, double[][] values, double[][] baseline) {
    int kpis = KpiCatalogue.size();
    Estimate[] own = new Estimate[kpis];
    Estimate[] diff = new Estimate[kpis];
    for (int k = 0; k < kpis; k++) {
      double[] column = column(values, k);
      Kpi.Unit unit = KpiCatalogue.all().get(k).unit();
      own[k] = Estimate.of(column).within(unit);
      // a difference of two values in [least, most] lies within +-(most - least)
      double span = unit.most() - unit.least();
      diff[k] = Estimate.paired(column(baseline, k), column).within(-span, span);
    }
    return new VariantEstimates(variant, values.length, List.of(own), List.of(diff));
  }

  private static double[] column(double[][] rows, int k) {
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      out[r] = rows[r][k];
    }
    return out;
  }
}
