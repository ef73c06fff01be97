// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.sweep.Estimate;

/**
 * One KPI of two runs: A's value, B's, the difference B - A and, when the runs' replications pair,
 * the paired 95 % interval of the difference (Student t over the replication-by-replication
 * differences, {@link Estimate#paired}).
 *
 * @param kpi the KPI
 * @param a A's value (a replicated run's mean); NaN when A has none
 * @param b B's value
 * @param paired the paired difference B - A, or null when the runs do not pair
 */
public record KpiDelta(Kpi kpi, double a, double b, Estimate paired) {

  /** B - A; NaN when either has no value. */
  public double delta() {
    return b - a;
  }

  /** What the paired interval says of B. */
  public Verdict verdict() {
    return Verdict.of(kpi, paired);
  }
}
