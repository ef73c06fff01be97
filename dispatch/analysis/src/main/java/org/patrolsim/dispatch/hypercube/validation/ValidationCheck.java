// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import java.util.List;
import org.patrolsim.sim.stats.ConfidenceInterval;
import org.patrolsim.sim.stats.StreamingStats;

/**
 * One line of {@code patrolsim validate}: a measure simulated over independent replications, set
 * against its analytic value. Its Student-t interval can be taken at any confidence level: 95 % for
 * reading, and the suite's per-interval level for the family-wise pass rule ({@link
 * ValidationOutcome}).
 *
 * @param system the system simulated, e.g. "Erlang B: M/M/3/3, a = 2"
 * @param measure what is compared, e.g. "P(loss)"
 * @param analytic the exact value (Erlang's formulas or the exact hypercube solver)
 * @param replications the value each replication measured, in replication order
 */
public record ValidationCheck(
    String system, String measure, double analytic, List<Double> replications) {
  public ValidationCheck {
    replications = List.copyOf(replications);
    if (replications.size() < 2) {
      throw new IllegalArgumentException(
          "an interval needs at least 2 replications, got " + replications.size());
    }
  }

  /** The mean over the replications. */
  public double mean() {
    return interval(0.95).mean();
  }

  /** The Student-t interval of the mean at confidence {@code level}. */
  public ConfidenceInterval interval(double level) {
    return ConfidenceInterval.studentT(
        StreamingStats.of(replications.stream().mapToDouble(Double::doubleValue).toArray()), level);
  }

  /** Whether the interval at {@code level} contains the analytic value. */
  public boolean covers(double level) {
    return interval(level).contains(analytic);
  }
}
