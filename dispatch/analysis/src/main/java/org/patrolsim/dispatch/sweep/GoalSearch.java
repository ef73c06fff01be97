// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sequential goal search: the smallest variant along the axis that meets every target with 95 %
 * confidence. It looks at 5, 10, 20, ... replications per variant (never more than the most
 * allowed), and after each look classifies every variant: meets every target (each interval on the
 * right side), misses one for sure (an interval wholly on the wrong side), or open. It stops as
 * soon as the first variant that meets every target has only sure misses before it (or every
 * variant misses and each target named as binding is decided at the variant that shows it), and
 * otherwise gives more replications only to the open variants before the first one that meets (and
 * to those binding variants). Each look uses plain 95 % intervals; see docs/SWEEP.md for what
 * repeated looks mean for the error rate.
 */
final class GoalSearch {
  static final int FIRST_LOOK = 5;

  private final List<Target> targets;

  GoalSearch(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  /** The replications per variant at each look, up to {@code most}. */
  static List<Integer> looks(int most) {
    List<Integer> looks = new ArrayList<>();
    for (int n = Math.min(FIRST_LOOK, most); ; n = Math.min(most, n * 2)) {
      looks.add(n);
      if (n >= most) {
        return looks;
      }
    }
  }

  /** Where variant {@code v} stands against all targets. */
  Target.Status status(VariantEstimates v) {
    boolean open = false;
    for (Target t : targets) {
      Target.Status s = t.status(v.kpi(t.kpi()));
      if (s == Target.Status.MISSED) {
        return Target.Status.MISSED;
      }
      open |= s == Target.Status.OPEN;
    }
    return open ? Target.Status.OPEN : Target.Status.MET;
  }

  /** The index of the first variant that meets every target, or -1. */
  int firstMet(List<VariantEstimates> variants) {
    for (VariantEstimates v : variants) {
      if (status(v) == Target.Status.MET) {
        return v.variant().index();
      }
    }
    return -1;
  }

  /**
   * The variants that still need replications: the open ones before the first that meets; and while
   * no variant meets every target, also the variants a "none" would point at (its {@linkplain
   * #binding binding}) while a target is still open at them, so that "none" names only targets
   * decided there.
   */
  List<Integer> open(List<VariantEstimates> variants) {
    int first = firstMet(variants);
    Set<Integer> open = new TreeSet<>();
    for (VariantEstimates v : variants) {
      if ((first < 0 || v.variant().index() < first) && status(v) == Target.Status.OPEN) {
        open.add(v.variant().index());
      }
    }
    if (first < 0) {
      for (GoalAnswer.Binding b : binding(variants, first)) {
        if (decided(b, variants) == Target.Status.OPEN) {
          open.add(b.variant());
        }
      }
    }
    return new ArrayList<>(open);
  }

  /** The answer from the last look. */
  GoalAnswer answer(List<VariantEstimates> variants, List<Integer> looks, int replicationsUsed) {
    int first = firstMet(variants);
    List<Integer> undecided = open(variants);
    return new GoalAnswer(
        targets,
        first,
        undecided.isEmpty(),
        undecided,
        binding(variants, first),
        looks,
        replicationsUsed);
  }

  /**
   * The targets that bind. With an answer ({@code first >= 0}): those the variant just before it
   * misses for sure (else those still open there), shown at that variant (none if the answer is the
   * first variant). With none: the targets no variant meets, each at its best variant; if each is
   * met somewhere but never all together, those the variant that comes closest (the most targets
   * met, then the fewest missed, the last of equals) leaves unmet, at that variant.
   */
  List<GoalAnswer.Binding> binding(List<VariantEstimates> variants, int first) {
    if (first >= 0) {
      if (first == 0) {
        return List.of();
      }
      // what rules the variant before out: the targets it misses for sure, else those still open
      // there
      List<GoalAnswer.Binding> unmet = unmet(variants.get(first - 1));
      List<GoalAnswer.Binding> missed =
          unmet.stream().filter(b -> decided(b, variants) == Target.Status.MISSED).toList();
      return missed.isEmpty() ? unmet : missed;
    }
    List<GoalAnswer.Binding> neverMet = new ArrayList<>();
    for (Target t : targets) {
      if (variants.stream().noneMatch(v -> t.status(v.kpi(t.kpi())) == Target.Status.MET)) {
        neverMet.add(new GoalAnswer.Binding(t, bestFor(t, variants).variant().index()));
      }
    }
    if (!neverMet.isEmpty()) {
      return neverMet;
    }
    VariantEstimates closest = null;
    long bestMet = -1;
    long bestMissed = Long.MAX_VALUE;
    for (VariantEstimates v : variants) {
      long met = count(v, Target.Status.MET);
      long missed = count(v, Target.Status.MISSED);
      if (met > bestMet || (met == bestMet && missed <= bestMissed)) {
        closest = v;
        bestMet = met;
        bestMissed = missed;
      }
    }
    return unmet(closest);
  }

  private List<GoalAnswer.Binding> unmet(VariantEstimates v) {
    return targets.stream()
        .filter(t -> t.status(v.kpi(t.kpi())) != Target.Status.MET)
        .map(t -> new GoalAnswer.Binding(t, v.variant().index()))
        .toList();
  }

  /** Where the binding target stands at its variant. */
  static Target.Status decided(GoalAnswer.Binding b, List<VariantEstimates> variants) {
    return b.target().status(variants.get(b.variant()).kpi(b.target().kpi()));
  }

  private long count(VariantEstimates v, Target.Status status) {
    return targets.stream().filter(t -> t.status(v.kpi(t.kpi())) == status).count();
  }

  /** The variant with the best mean for {@code t} (the first of equals). */
  static VariantEstimates bestFor(Target t, List<VariantEstimates> variants) {
    VariantEstimates best = null;
    for (VariantEstimates v : variants) {
      double mean = v.kpi(t.kpi()).mean();
      if (Double.isFinite(mean) && (best == null || t.better(mean, best.kpi(t.kpi()).mean()))) {
        best = v;
      }
    }
    return best == null ? variants.get(0) : best;
  }
}
