// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.sweep.Estimate;

/**
 * Two runs of plans on the same map and days, KPI by KPI in catalogue order: A, B, B - A and, with
 * common random numbers, the paired interval of B - A. (Not the back-test of {@code run --compare
 * RECORDS}, which holds one run against a force's records.)
 *
 * @param a the first run, the base
 * @param b the second run
 * @param pairing whether and how their replications pair
 * @param deltas every KPI of the catalogue, in its order
 */
public record PlanComparison(RunOutput a, RunOutput b, CommonSeeds pairing, List<KpiDelta> deltas) {

  public PlanComparison {
    deltas = List.copyOf(deltas);
  }

  /**
   * Compares two runs.
   *
   * @throws CompareInputError when they ran on other maps or for other numbers of days
   */
  public static PlanComparison of(RunOutput a, RunOutput b) {
    RunOutput.checkComparable(a, b);
    CommonSeeds pairing = CommonSeeds.of(a, b);
    List<KpiDelta> deltas = new ArrayList<>();
    for (int k = 0; k < KpiCatalogue.size(); k++) {
      Estimate paired = null;
      if (pairing.available()) {
        double[] base = column(a, k, pairing.pairs());
        double[] other = column(b, k, pairing.pairs());
        paired = Estimate.paired(base, other);
      }
      deltas.add(new KpiDelta(KpiCatalogue.all().get(k), a.values()[k], b.values()[k], paired));
    }
    return new PlanComparison(a, b, pairing, deltas);
  }

  /** The delta of {@code kpi}. */
  public KpiDelta delta(Kpi kpi) {
    return deltas.get(KpiCatalogue.indexOf(kpi.key()));
  }

  private static double[] column(RunOutput run, int k, int n) {
    double[] column = new double[n];
    for (int r = 0; r < n; r++) {
      column[r] = run.replications().get(r)[k];
    }
    return column;
  }
}
