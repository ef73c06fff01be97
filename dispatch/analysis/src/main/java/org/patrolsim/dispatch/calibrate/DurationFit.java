// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A log-normal fit of positive durations stated as {@code {median, p90}}, with the
 * Kolmogorov-Smirnov distance of the data from it; fewer than {@link #MIN_RECORDS} values are not
 * fitted.
 */
final class DurationFit {
  /**
   * The fewest values a duration is fitted on: below, the median and p90 are too noisy to replace a
   * default.
   */
  static final int MIN_RECORDS = 10;

  private DurationFit() {}

  /**
   * Fits {@code values} (in the target's unit) into {@code findings}, or says why not.
   *
   * @param extra more figures for the report
   */
  static void fit(
      Findings findings,
      String name,
      String target,
      List<Double> values,
      Map<String, Integer> leftOut,
      String method,
      String axis,
      Map<String, Object> extra) {
    if (values.size() < MIN_RECORDS) {
      findings.add(
          new NotFitted(
              name,
              target,
              String.format(
                  Locale.ROOT,
                  "%d usable record(s), fewer than the %d a fit needs%s",
                  values.size(),
                  MIN_RECORDS,
                  reasons(leftOut))));
      return;
    }
    LogNormal fit = LogNormal.fit(values);
    double ks = fit.ksDistance(values);
    Map<String, Object> details = new LinkedHashMap<>(summary(values));
    details.put("mu", ArrivalFit.round(fit.mu(), 4));
    details.put("sigma", ArrivalFit.round(fit.sigma(), 4));
    details.put("mean", ArrivalFit.round(fit.mean(), 1));
    details.putAll(extra);
    findings.add(
        new Fit(
            name,
            target,
            spread(fit),
            details,
            method,
            values.size(),
            new Goodness(
                "KS distance",
                ArrivalFit.round(ks, 4),
                String.format(
                    Locale.ROOT,
                    "largest gap between the data's and the log-normal's distribution; about %.3f is sampling noise at this n"
                        + " (95 %% critical value 1.36 / sqrt(n))",
                    1.36 / Math.sqrt(values.size()))),
            leftOut,
            fit.histogram(values, 20, axis)));
  }

  /** The fit as the scenario states it: {@code {median, p90}}, rounded to 0.1. */
  static Map<String, Object> spread(LogNormal fit) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("median", ArrivalFit.round(fit.median(), 1));
    out.put("p90", ArrivalFit.round(Math.max(fit.p90(), fit.median()), 1));
    return out;
  }

  /** The data's own median and p90 (nearest rank), to read beside the fit's. */
  static Map<String, Object> summary(List<Double> values) {
    double[] v = NearestRank.sorted(values);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataMedian", ArrivalFit.round(NearestRank.ofSorted(v, 0.5), 1));
    out.put("dataP90", ArrivalFit.round(NearestRank.ofSorted(v, 0.9), 1));
    return out;
  }

  private static String reasons(Map<String, Integer> leftOut) {
    return leftOut.isEmpty() ? "" : "; left out: " + leftOut;
  }
}
