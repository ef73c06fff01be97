// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The sequential goal search: the smallest variant along the axis that meets every target with 95 %
 * confidence. It looks at 5, 10, 20, ... replications per variant (never more than the most allowed),
 * and after each look classifies every variant: meets every target (each interval on the right side),
 * misses one for sure (an interval wholly on the wrong side), or open. It stops as soon as the first
 * variant that meets every target has only sure misses before it (or every variant misses), and
 * otherwise gives more replications only to the open variants before the first one that meets. Each
 * look uses plain 95 % intervals; see docs/SWEEP.md for what repeated looks mean for the error rate.
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

  /** The variants that still need replications: the open ones before the first that meets. */
  List<Integer> open(List<VariantEstimates> variants) {
    int first = firstMet(variants);
    List<Integer> open = new ArrayList<>();
    for (VariantEstimates v : variants) {
      if ((first < 0 || v.variant().index() < first) && status(v) == Target.Status.OPEN) {
        open.add(v.variant().index());
      }
    }
    return open;
  }

  /** The answer from the last look. */
  GoalAnswer answer(List<VariantEstimates> variants, List<Integer> looks, int replicationsUsed) {
    int first = firstMet(variants);
    List<Integer> undecided = open(variants);
    List<Target> binding = first >= 0 ? List.of() : binding(variants);
    return new GoalAnswer(targets, first, undecided.isEmpty(), undecided, binding, looks, replicationsUsed);
  }

  /**
   * With no answer: the targets no variant meets; if each is met somewhere but never all together, the
   * ones the variant meeting the most (the last of equals) leaves unmet.
   */
  private List<Target> binding(List<VariantEstimates> variants) {
    List<Target> neverMet = new ArrayList<>();
    for (Target t : targets) {
      if (variants.stream().noneMatch(v -> t.status(v.kpi(t.kpi())) == Target.Status.MET)) {
        neverMet.add(t);
      }
    }
    if (!neverMet.isEmpty()) {
      return neverMet;
    }
    VariantEstimates best = null;
    long bestMet = -1;
    for (VariantEstimates v : variants) {
      long met = targets.stream().filter(t -> t.status(v.kpi(t.kpi())) == Target.Status.MET).count();
      if (met >= bestMet) {
        best = v;
        bestMet = met;
      }
    }
    VariantEstimates chosen = best;
    return targets.stream().filter(t -> t.status(chosen.kpi(t.kpi())) != Target.Status.MET).toList();
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
