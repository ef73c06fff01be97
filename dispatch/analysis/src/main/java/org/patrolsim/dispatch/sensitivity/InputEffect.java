// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import org.patrolsim.dispatch.sweep.Estimate;

/**
 * How far one input moves one KPI over its range: the KPI's mean at each end, and the paired
 * differences (common random numbers, replication by replication) of the high end from the low end
 * and of each end from the plan.
 *
 * @param input the input
 * @param rank 1 for the input that moves this KPI most
 * @param low the KPI with the input at its low end
 * @param high the KPI with the input at its high end
 * @param effect high minus low, paired
 * @param lowVsBase low end minus the plan, paired
 * @param highVsBase high end minus the plan, paired
 * @param span the tornado bar's length: the largest of the three means (low, plan, high) minus the
 *     smallest, the ranking's key (an input that moves the KPI the same way at both ends still
 *     counts)
 */
public record InputEffect(
    ModelInput input,
    int rank,
    Estimate low,
    Estimate high,
    Estimate effect,
    Estimate lowVsBase,
    Estimate highVsBase,
    double span) {

  /** Whether any of the three paired intervals excludes zero: the input clearly moves the KPI. */
  public boolean clear() {
    return excludesZero(effect) || excludesZero(lowVsBase) || excludesZero(highVsBase);
  }

  /** Whether the interval of {@code e} is known and excludes zero. */
  public static boolean excludesZero(Estimate e) {
    return e.hasInterval() && (e.low() > 0 || e.high() < 0);
  }
}
