// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import org.patrolsim.dispatch.backtest.Tolerances;
import org.patrolsim.dispatch.incident.replay.ReplaySource;
import org.patrolsim.dispatch.records.CadRecords;
import picocli.CommandLine.Option;

/**
 * {@code run --compare RECORDS} and its tolerances (a picocli mixin): the run replays the records'
 * calls and is compared with them (docs/MODEL.md §9). Unset tolerances take {@link
 * Tolerances#DEFAULTS}.
 */
final class CompareOptions {
  @Option(
      names = "--compare",
      paramLabel = "RECORDS",
      description =
          "Back-test: replay the calls of these dispatch records (a records YAML mapping or a CSV,"
              + " docs/REAL-DATA.md) with the plan and compare the run with them; writes compare.json and compare.html.")
  Path records;

  @Option(
      names = "--fail-on-mismatch",
      description = "With --compare: exit with code 1 when a comparison line fails.")
  boolean failOnMismatch;

  @Option(
      names = "--median-tolerance",
      paramLabel = "SHARE",
      description = "With --compare: the largest relative difference of medians (default 0.15).")
  Double median;

  @Option(
      names = "--p90-tolerance",
      paramLabel = "SHARE",
      description =
          "With --compare: the largest relative difference of 90th percentiles (default 0.20).")
  Double p90;

  @Option(
      names = "--ks-tolerance",
      paramLabel = "D",
      description = "With --compare: the largest Kolmogorov-Smirnov D (default 0.10).")
  Double ksD;

  @Option(
      names = "--alpha",
      paramLabel = "LEVEL",
      description =
          "With --compare: the family-wise significance level a failure needs (default 0.01).")
  Double alpha;

  @Option(
      names = "--min-samples",
      paramLabel = "N",
      description = "With --compare: the fewest values a side for a verdict (default 30).")
  Integer minSamples;

  @Option(
      names = "--busy-tolerance",
      paramLabel = "SHARE",
      description =
          "With --compare: the largest relative difference of mean units busy (default 0.20).")
  Double busy;

  /** Whether a back-test was asked for. */
  boolean active() {
    return records != null;
  }

  /** The options that need --compare, when given without it: null when none. */
  String withoutCompare() {
    if (active()) {
      return null;
    }
    if (failOnMismatch) {
      return "--fail-on-mismatch";
    }
    return median != null
        ? "--median-tolerance"
        : p90 != null
            ? "--p90-tolerance"
            : ksD != null
                ? "--ks-tolerance"
                : alpha != null
                    ? "--alpha"
                    : minSamples != null
                        ? "--min-samples"
                        : busy != null ? "--busy-tolerance" : null;
  }

  /** The tolerances, each checked: a bad one is one line naming its option. */
  Tolerances tolerances() {
    Tolerances d = Tolerances.DEFAULTS;
    return new Tolerances(
        share("--median-tolerance", median, d.medianRelative()),
        share("--p90-tolerance", p90, d.p90Relative()),
        within("--ks-tolerance", ksD, d.ksD(), "above 0 and at most 1", v -> v > 0 && v <= 1),
        within("--alpha", alpha, d.alpha(), "above 0 and below 1", v -> v > 0 && v < 1),
        count(minSamples, d.minSamples()),
        share("--busy-tolerance", busy, d.busyRelative()));
  }

  private static double share(String option, Double v, double fallback) {
    return within(
        option,
        v,
        fallback,
        "a relative difference above 0, e.g. 0.15 for 15 %",
        x -> x > 0 && Double.isFinite(x));
  }

  private static double within(
      String option,
      Double v,
      double fallback,
      String expected,
      java.util.function.DoublePredicate ok) {
    if (v == null) {
      return fallback;
    }
    if (!ok.test(v)) {
      throw new CliInputError(option + ": expected " + expected + ", got " + v);
    }
    return v;
  }

  private static int count(Integer v, int fallback) {
    if (v == null) {
      return fallback;
    }
    if (v < 2) {
      throw new CliInputError("--min-samples: expected at least 2, got " + v);
    }
    return v;
  }

  /** The records' mapping (the file checked here: a missing or bad one is one line naming it). */
  ReplaySource mapping() {
    return CadRecords.mapping(records);
  }
}
