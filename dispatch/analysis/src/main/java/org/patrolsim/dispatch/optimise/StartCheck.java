// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.Target;

/**
 * The check of the chosen plan against the starting plan on fresh replications: a fixed number of
 * them, numbered from {@code firstReplication} on, which the selection never ran (it stops at
 * {@code --max-replications}), each run of both plans with the same seed (common random numbers).
 * The selection's own replications would flatter the plan it picked (the winner's curse); these do
 * not, and their number is fixed beforehand, so the interval is not stopped on its result.
 *
 * @param replications the pairs
 * @param firstReplication the first replication number
 * @param kpis every KPI with values in both plans, in the catalogue's order
 * @param objective the objective's paired difference, chosen - start
 * @param constraints each constraint's estimate on the chosen plan, in the goal's order
 * @param constraintDeltas each constraint's paired difference, chosen - start
 * @param shownBetter whether the objective's interval lies wholly on the better side of 0 and no
 *     constraint is missed
 */
public record StartCheck(
    int replications,
    int firstReplication,
    List<KpiDelta> kpis,
    Estimate objective,
    List<Estimate> constraints,
    List<Estimate> constraintDeltas,
    boolean shownBetter) {

  public StartCheck {
    kpis = List.copyOf(kpis);
    constraints = List.copyOf(constraints);
    constraintDeltas = List.copyOf(constraintDeltas);
  }

  /**
   * One KPI in the check.
   *
   * @param kpi the KPI
   * @param start its mean on the starting plan
   * @param chosen its mean on the chosen plan
   * @param delta the paired difference chosen - start
   */
  public record KpiDelta(Kpi kpi, double start, double chosen, Estimate delta) {}

  /**
   * Runs replications {@code first} to {@code first + n} of plans {@code start} and {@code chosen}
   * of {@code runs} and compares them on {@code goal}.
   */
  static StartCheck run(Confirmation runs, int start, int chosen, Goal goal, int first, int n) {
    runs.run(new int[] {start, chosen}, first, first + n);
    List<KpiDelta> kpis = new ArrayList<>();
    for (Kpi k : KpiCatalogue.all()) {
      double[] a = runs.values(start, k, first, first + n);
      double[] b = runs.values(chosen, k, first, first + n);
      Estimate ea = Estimate.of(a);
      Estimate eb = Estimate.of(b);
      if (ea.n() > 0 && eb.n() > 0) {
        kpis.add(new KpiDelta(k, ea.mean(), eb.mean(), Estimate.paired(a, b)));
      }
    }
    Kpi o = goal.objective().kpi();
    Estimate objective =
        Estimate.paired(
            runs.values(start, o, first, first + n), runs.values(chosen, o, first, first + n));
    List<Estimate> constraints = new ArrayList<>();
    List<Estimate> deltas = new ArrayList<>();
    boolean missed = false;
    for (Target t : goal.constraints()) {
      double[] b = runs.values(chosen, t.kpi(), first, first + n);
      Estimate e = Estimate.of(b).within(t.kpi().unit());
      constraints.add(e);
      deltas.add(Estimate.paired(runs.values(start, t.kpi(), first, first + n), b));
      missed |= t.status(e) == Target.Status.MISSED;
    }
    boolean better =
        objective.hasInterval()
            && (goal.objective().sense() == Objective.Sense.MAX
                ? objective.low() > 0
                : objective.high() < 0);
    return new StartCheck(n, first, kpis, objective, constraints, deltas, better && !missed);
  }
}
