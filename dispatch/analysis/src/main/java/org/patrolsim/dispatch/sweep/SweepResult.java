// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.List;

/**
 * A finished sweep: every variant's estimates, the goal search's answer when targets were given,
 * and the replication results behind them.
 *
 * @param setup the sweep as planned
 * @param variants each variant's estimates, in plan order
 * @param goal the goal search's answer, or null without targets
 * @param book every replication's KPIs
 */
public record SweepResult(
    SweepSetup setup, List<VariantEstimates> variants, GoalAnswer goal, ResultBook book) {

  public SweepResult {
    variants = List.copyOf(variants);
  }

  public VariantEstimates baseline() {
    return variants.get(setup.baseline());
  }
}
