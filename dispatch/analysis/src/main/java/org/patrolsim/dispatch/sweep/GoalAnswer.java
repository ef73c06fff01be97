// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.List;

/**
 * What a goal search found.
 *
 * @param targets the targets, all of which must be met
 * @param answer the smallest variant along the axis that meets every target with 95 % confidence,
 *     or -1
 * @param certain whether every variant before the answer (every variant, when there is none) missed
 *     a target for sure, so that more replications would not change the answer
 * @param undecided variants before the answer (all, if none) that could be decided neither way
 * @param binding the targets that bind, each with the variant whose interval shows it: with an
 *     answer, the targets the variant just before it does not meet (none when the first variant
 *     meets every target); with none, the targets no variant meets (each at its best variant) or,
 *     if each is met somewhere, those the variant that comes closest leaves unmet
 * @param looks the replications per variant at each look, in order
 * @param replicationsUsed the replications run in all
 */
public record GoalAnswer(
    List<Target> targets,
    int answer,
    boolean certain,
    List<Integer> undecided,
    List<Binding> binding,
    List<Integer> looks,
    int replicationsUsed) {

  /** A target that binds, and the variant (its index) whose interval shows it. */
  public record Binding(Target target, int variant) {}

  public GoalAnswer {
    targets = List.copyOf(targets);
    undecided = List.copyOf(undecided);
    binding = List.copyOf(binding);
    looks = List.copyOf(looks);
  }

  public boolean found() {
    return answer >= 0;
  }
}
