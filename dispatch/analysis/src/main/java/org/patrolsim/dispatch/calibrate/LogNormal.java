// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A log-normal distribution fitted by maximum likelihood to positive durations: the mean and
 * standard deviation of their logarithms. The scenario states it by its median and 90th percentile,
 * as the simulation draws it (model.Spread).
 *
 * @param mu the mean of the logarithms
 * @param sigma their standard deviation (0: a fixed value)
 */
public record LogNormal(double mu, double sigma) {
  /** The 90th percentile of the standard normal distribution. */
  static final double Z90 = 1.2815515655446004;

  private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

  /** The maximum-likelihood fit to a sample of positive values (at least one). */
  public static LogNormal fit(List<Double> positive) {
    if (positive.isEmpty()) {
      throw new IllegalArgumentException("no values to fit");
    }
    double sum = 0;
    for (double x : positive) {
      if (!(x > 0)) {
        throw new IllegalArgumentException("a log-normal needs positive values, got " + x);
      }
      sum += Math.log(x);
    }
    double mu = sum / positive.size();
    double ss = 0;
    for (double x : positive) {
      ss += (Math.log(x) - mu) * (Math.log(x) - mu);
    }
    return new LogNormal(mu, Math.sqrt(ss / positive.size()));
  }

  public double median() {
    return Math.exp(mu);
  }

  public double p90() {
    return Math.exp(mu + Z90 * sigma);
  }

  public double mean() {
    return Math.exp(mu + sigma * sigma / 2);
  }

  /** The share of the distribution at or below {@code x}. */
  public double cdf(double x) {
    if (x <= 0) {
      return 0;
    }
    if (sigma == 0) {
      return x >= median() ? 1 : 0;
    }
    return STANDARD.cumulativeProbability((Math.log(x) - mu) / sigma);
  }

  /**
   * The Kolmogorov-Smirnov distance: the largest gap between the sample's distribution and this
   * one.
   */
  public double ksDistance(List<Double> sample) {
    double[] v = NearestRank.sorted(sample);
    double d = 0;
    for (int i = 0; i < v.length; i++) {
      double f = cdf(v[i]);
      d =
          Math.max(
              d, Math.max(Math.abs((i + 1.0) / v.length - f), Math.abs(f - (double) i / v.length)));
    }
    return d;
  }

  /**
   * The sample against this distribution in {@code bins} equal bins from 0 to the sample's 99th
   * percentile (values beyond in the last bin), for the page.
   */
  public Histogram histogram(List<Double> sample, int bins, String axis) {
    double[] v = NearestRank.sorted(sample);
    double top = Math.max(NearestRank.ofSorted(v, 0.99), 1e-9);
    double width = top / bins;
    List<String> labels = new ArrayList<>();
    List<Integer> observed = new ArrayList<>();
    List<Double> fitted = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      double lo = b * width;
      double hi = b == bins - 1 ? Double.POSITIVE_INFINITY : (b + 1) * width;
      labels.add(String.format(Locale.ROOT, b == bins - 1 ? "%.3g+" : "%.3g", lo));
      int count = 0;
      for (double x : v) {
        if (x >= lo && x < hi) {
          count++;
        }
      }
      observed.add(count);
      fitted.add(Math.round(v.length * (cdf(hi) - cdf(lo)) * 100) / 100.0);
    }
    return new Histogram(axis, labels, observed, fitted);
  }
}
