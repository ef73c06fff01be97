// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.List;
import java.util.Locale;

/** The goal search's answer in one sentence, for the console and sweep.json. */
final class GoalWords {
  private GoalWords() {}

  static String of(SweepResult result) {
    GoalAnswer g = result.goal();
    List<VariantEstimates> vs = result.variants();
    String used = g.replicationsUsed() + " replications in all (looks at " + g.looks() + " per variant)";
    String undecided = g.undecided().isEmpty() ? "" : "; undecided after " + g.looks().get(g.looks().size() - 1)
        + " replications: " + String.join(", ", g.undecided().stream().map(i -> vs.get(i).variant().name()).toList());
    if (g.found()) {
      VariantEstimates answer = vs.get(g.answer());
      return "smallest variant meeting " + targets(g) + " with 95 % confidence: " + answer.variant().name()
          + " (" + String.join(", ", g.targets().stream().map(t -> t.kpi().path() + " " + interval(answer.kpi(t.kpi())))
              .toList()) + ")" + (g.certain() ? "; certain, every smaller variant misses a target" : undecided)
          + "; " + used;
    }
    StringBuilder binding = new StringBuilder();
    for (Target t : g.binding()) {
      VariantEstimates best = GoalSearch.bestFor(t, vs);
      binding.append(binding.length() == 0 ? "" : "; ").append(t).append(" (best: ").append(best.variant().name())
          .append(' ').append(interval(best.kpi(t.kpi()))).append(')');
    }
    return "none of the " + vs.size() + " variants meets " + targets(g) + " with 95 % confidence; binding: "
        + binding + undecided + "; " + used;
  }

  private static String targets(GoalAnswer g) {
    return String.join(",", g.targets().stream().map(Target::toString).toList());
  }

  static String interval(Estimate e) {
    if (!e.hasInterval()) {
      return Double.isFinite(e.mean()) ? fmt(e.mean()) : "-";
    }
    return fmt(e.mean()) + " [" + fmt(e.low()) + ", " + fmt(e.high()) + "]";
  }

  private static String fmt(double v) {
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
