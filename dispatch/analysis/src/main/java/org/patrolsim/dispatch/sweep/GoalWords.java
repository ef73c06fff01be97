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
    String used =
        g.replicationsUsed() + " replications in all (looks at " + g.looks() + " per variant)";
    String undecided =
        g.undecided().isEmpty()
            ? ""
            : "; undecided after "
                + g.looks().get(g.looks().size() - 1)
                + " replications: "
                + String.join(
                    ", ", g.undecided().stream().map(i -> vs.get(i).variant().name()).toList());
    if (g.found()) {
      VariantEstimates answer = vs.get(g.answer());
      return "smallest variant meeting "
          + targets(g)
          + " with 95 % confidence: "
          + answer.variant().name()
          + " ("
          + String.join(
              ", ",
              g.targets().stream()
                  .map(t -> t.kpi().key() + " " + interval(answer.kpi(t.kpi())))
                  .toList())
          + ")"
          + (g.binding().isEmpty()
              ? "; no target binds, the first variant meets them all"
              : "; binding: " + binding(g, vs, ""))
          + (g.certain() ? "; certain, every smaller variant misses a" + " target" : undecided)
          + "; "
          + used;
    }
    return "none of the "
        + vs.size()
        + " variants meets "
        + targets(g)
        + " with 95 % confidence; binding: "
        + binding(g, vs, "best: ")
        + undecided
        + "; "
        + used;
  }

  /**
   * Each binding target with the interval of the variant that shows it, and whether it is still
   * open there.
   */
  private static String binding(GoalAnswer g, List<VariantEstimates> vs, String prefix) {
    StringBuilder out = new StringBuilder();
    for (GoalAnswer.Binding b : g.binding()) {
      VariantEstimates at = vs.get(b.variant());
      out.append(out.length() == 0 ? "" : "; ")
          .append(b.target())
          .append(" (")
          .append(prefix)
          .append(at.variant().name())
          .append(' ')
          .append(interval(at.kpi(b.target().kpi())))
          .append(GoalSearch.decided(b, vs) == Target.Status.OPEN ? ", undecided" : "")
          .append(')');
    }
    return out.toString();
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
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.4f", v);
  }
}
