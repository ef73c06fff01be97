// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/**
 * One line of {@code patrolsim validate}: a simulated estimate set against its analytic value.
 *
 * @param system the system simulated, e.g. "Erlang B: M/M/3/3, a = 2"
 * @param measure what is compared, e.g. "P(loss)"
 * @param analytic the analytic value (Erlang's formulas or the exact hypercube solver)
 * @param simulated the simulated mean and 95 % confidence interval
 */
public record ValidationCheck(String system, String measure, double analytic, Estimate simulated) {
  /** True when the simulated 95 % interval contains the analytic value. */
  public boolean passed() {
    return simulated.covers(analytic);
  }
}
