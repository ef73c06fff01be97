// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/**
 * A simulated value: the mean over replications and its 95 % confidence interval (Student t).
 *
 * @param mean mean of the replication values
 * @param ciLow lower end of the 95 % interval
 * @param ciHigh upper end of the 95 % interval
 */
public record Estimate(double mean, double ciLow, double ciHigh) {
  /** True when the interval contains {@code value}. */
  public boolean covers(double value) {
    return ciLow <= value && value <= ciHigh;
  }

  /** Half the interval's width. */
  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }
}
