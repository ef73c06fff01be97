// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.Locale;
import java.util.Map;

/**
 * The back-test's console table: every line with a verdict (PASS or FAIL), the lines with too few
 * samples counted, then the whole verdict and the failed lines.
 */
public final class CompareTable {
  private CompareTable() {}

  public static String of(Comparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-10s %-26s %13s %15s %15s %6s %9s %8s  %s%n",
            "measure",
            "slice",
            "n sim/rec",
            "median s",
            "p90 s",
            "KS D",
            "p",
            "W1 s",
            "verdict"));
    for (CompareLine l : c.lines()) {
      if (l.verdict() == Verdict.TOO_FEW) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-10s %-26s %6d/%-6d %7.0f/%-7.0f %7.0f/%-7.0f %6.3f %9.2g %8.1f  %s%n",
              l.measure().key(),
              l.slice().key(),
              l.simulatedCount(),
              l.recordedCount(),
              l.simulatedMedian(),
              l.recordedMedian(),
              l.simulatedP90(),
              l.recordedP90(),
              l.ksD(),
              l.ksP(),
              l.wasserstein(),
              verdict(l)));
    }
    for (BusyLine b : c.busy()) {
      if (b.verdict() == Verdict.TOO_FEW) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-10s %-26s %13s %7.2f/%-7.2f units busy (%+.1f %%)  %s%n",
              "unitsBusy",
              b.sliceKey(),
              "",
              b.simulated(),
              b.recorded(),
              100 * CompareLine.signedRelative(b.simulated(), b.recorded()),
              b.verdict().key()));
    }
    Map<Verdict, Integer> n = c.counts();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %d line(s) with too few samples (under %d a side) not shown%n",
            n.get(Verdict.TOO_FEW),
            c.tolerances().minSamples()));
    sb.append("  verdict: ")
        .append(c.verdict().key())
        .append(" (")
        .append(n.get(Verdict.PASS))
        .append(" pass, ")
        .append(n.get(Verdict.FAIL))
        .append(" fail)");
    if (!c.failures().isEmpty()) {
      sb.append("; failed: ").append(String.join(", ", c.failures()));
    }
    return sb.append(System.lineSeparator()).toString();
  }

  private static String verdict(CompareLine l) {
    return l.verdict().key()
        + (l.exceeded().isEmpty()
            ? ""
            : " ("
                + String.join(", ", l.exceeded())
                + (l.verdict() == Verdict.PASS ? ": within chance" : "")
                + ")");
  }
}
