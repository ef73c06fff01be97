// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a comparison line may differ by and still pass (docs/MODEL.md §9 gives the defaults'
 * reasons). A line with fewer than {@code minSamples} values on a side is {@link Verdict#TOO_FEW}.
 * Otherwise it fails when a difference is beyond its tolerance (median, p90, Kolmogorov-Smirnov D)
 * and the two samples differ beyond chance: the KS p-value is below {@code alpha} divided by the
 * number of lines tested (Bonferroni), so a plan that matches the records fails anywhere with a
 * chance of at most {@code alpha}.
 *
 * @param medianRelative the largest |simulated - recorded| / recorded of the medians
 * @param p90Relative the same of the 90th percentiles
 * @param ksD the largest Kolmogorov-Smirnov D (the largest gap between the distribution functions)
 * @param alpha the family-wise significance level
 * @param minSamples the fewest values on each side for a verdict
 * @param busyRelative the largest relative difference of the mean units busy in a block of hours
 */
public record Tolerances(
    double medianRelative,
    double p90Relative,
    double ksD,
    double alpha,
    int minSamples,
    double busyRelative) {

  /** The defaults: 15 %, 20 %, D 0.10, alpha 0.01, 30 samples, 20 %. */
  public static final Tolerances DEFAULTS = new Tolerances(0.15, 0.20, 0.10, 0.01, 30, 0.20);

  public Tolerances {
    positive(medianRelative, "medianRelative");
    positive(p90Relative, "p90Relative");
    positive(busyRelative, "busyRelative");
    if (!(ksD > 0 && ksD <= 1)) {
      throw new IllegalArgumentException("ksD: expected above 0 and at most 1, got " + ksD);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha: expected above 0 and below 1, got " + alpha);
    }
    if (minSamples < 2) {
      throw new IllegalArgumentException("minSamples: expected at least 2, got " + minSamples);
    }
  }

  private static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + ": expected above 0, got " + v);
    }
  }

  /** For compare.json. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("medianRelative", medianRelative);
    m.put("p90Relative", p90Relative);
    m.put("ksD", ksD);
    m.put("alpha", alpha);
    m.put("minSamples", minSamples);
    m.put("busyRelative", busyRelative);
    return m;
  }
}
