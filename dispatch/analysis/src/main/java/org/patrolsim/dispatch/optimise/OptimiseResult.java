// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.List;
import org.patrolsim.dispatch.sweep.Estimate;

/**
 * What {@code patrolsim optimise} found.
 *
 * @param goal what it was asked
 * @param settings how hard it searched and confirmed
 * @param seed the scenario seed: replication r of every plan ran on the same seed
 * @param sites the candidate sites
 * @param demandPoints the screen's demand points
 * @param busyProbability the cars' busy share the screen used (the starting plan's simulated
 *     utilization)
 * @param valueFunction the screen's value of a call by road time
 * @param search the screen's search
 * @param hSquared KN's constant for the plans in the contest
 * @param rows the confirmation table: the starting plan first, then the screened plans
 * @param chosen the row of the plan chosen
 * @param versusStart the chosen plan's objective less the starting plan's, paired by replication
 * @param capped true when the replication cap stopped the selection before its guarantee
 * @param replications the replications simulated in all
 * @param staffing with {@code --car-hours}: the staffing screen and its candidates, else null
 * @param check the chosen plan against the starting plan on fresh replications
 */
public record OptimiseResult(
    Goal goal,
    Optimiser.Settings settings,
    long seed,
    List<Site> sites,
    int demandPoints,
    double busyProbability,
    ScreenValue valueFunction,
    PostSearch.Result search,
    double hSquared,
    List<Row> rows,
    int chosen,
    Estimate versusStart,
    boolean capped,
    int replications,
    StaffingReport staffing,
    StartCheck check) {

  public OptimiseResult {
    sites = List.copyOf(sites);
    rows = List.copyOf(rows);
  }

  /**
   * One plan of the confirmation.
   *
   * @param plan the plan
   * @param replications its replications
   * @param objective the objective's estimate over them
   * @param constraints each constraint's estimate over them, in the goal's order
   * @param contested false when it missed a constraint for sure after the first stage
   * @param eliminatedAt the replications after which KN dropped it (0: never dropped)
   */
  public record Row(
      PostPlan plan,
      int replications,
      Estimate objective,
      List<Estimate> constraints,
      boolean contested,
      int eliminatedAt) {
    public Row {
      constraints = List.copyOf(constraints);
    }
  }

  public Row chosenRow() {
    return rows.get(chosen);
  }
}
