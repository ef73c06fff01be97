// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The interval of a difference of two means from independent samples (Welch's t interval, with the
 * Welch-Satterthwaite degrees of freedom): what comparing two variants would give without common
 * random numbers. Beside {@link PairedDifference} it shows what pairing saves: with positively
 * correlated pairs the paired interval is the narrower.
 */
public final class UnpairedDifference {

  private UnpairedDifference() {}

  /** The Welch 95% interval of mean(b) - mean(a); each sample needs at least two values. */
  public static ConfidenceInterval welch95(double[] a, double[] b) {
    StreamingStats sa = StreamingStats.of(a);
    StreamingStats sb = StreamingStats.of(b);
    if (sa.count() < 2 || sb.count() < 2) {
      throw new IllegalArgumentException(
          "each sample needs at least 2 values, got " + sa.count() + " and " + sb.count());
    }
    double va = sa.variance() / sa.count();
    double vb = sb.variance() / sb.count();
    double se = Math.sqrt(va + vb);
    double mean = sb.mean() - sa.mean();
    if (se == 0) {
      return new ConfidenceInterval(mean, 0, sa.count() + sb.count(), 0.95);
    }
    double df =
        (va + vb) * (va + vb) / (va * va / (sa.count() - 1.0) + vb * vb / (sb.count() - 1.0));
    double t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
    return new ConfidenceInterval(mean, t * se, sa.count() + sb.count(), 0.95);
  }
}
