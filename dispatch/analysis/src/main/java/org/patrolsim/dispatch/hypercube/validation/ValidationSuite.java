// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import akka.actor.typed.ActorSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.hypercube.LineCapacity;

/**
 * The checks behind {@code patrolsim validate}: systems whose exact answers are known, simulated
 * over independent replications from one base seed, with a family-wise pass rule over all their
 * intervals ({@link ValidationOutcome}). The standard suite: the engine against Erlang B and C, the
 * abstract hypercube against Larson & Odoni's published example (infinite and zero queue), and the
 * full dispatch model in its hypercube-compatible configuration on Campo Grande against the exact
 * hypercube of the same plan (8 cars with a queue, 6 cars without). No seed is special: any base
 * seed passes for a flawless simulator with probability at least 95 %.
 *
 * @param cases the systems, in the order of the table
 * @param familyLevel the probability that a flawless simulator passes
 */
public record ValidationSuite(List<ValidationCase> cases, double familyLevel) {
  /** The default base seed of {@code patrolsim validate}: the first, not a chosen one. */
  public static final long DEFAULT_SEED = 1;

  /** Replications of every case of the standard suite. */
  public static final int REPLICATIONS = 10;

  public ValidationSuite {
    cases = List.copyOf(cases);
  }

  /**
   * The standard suite; the full-model cases run on {@code map} (Campo Grande), its graph cached in
   * {@code cacheDir}.
   */
  public static ValidationSuite standard(Path map, Path cacheDir) {
    return new ValidationSuite(
        List.of(
            new ErlangCase(true, REPLICATIONS, 10_000),
            new ErlangCase(false, REPLICATIONS, 10_000),
            new PublishedExampleCase(LineCapacity.INFINITE, REPLICATIONS, 10_000),
            new PublishedExampleCase(LineCapacity.ZERO, REPLICATIONS, 10_000),
            FullModelCase.queue(REPLICATIONS, 20, 1, map, cacheDir),
            FullModelCase.zeroCapacity(REPLICATIONS, 20, 1, map, cacheDir)),
        0.95);
  }

  /** Runs every case from base seed {@code seed} on {@code system}. */
  public ValidationOutcome run(ActorSystem<?> system, long seed) {
    List<ValidationCheck> checks = new ArrayList<>();
    for (ValidationCase c : cases) {
      checks.addAll(c.run(system, seed));
    }
    return new ValidationOutcome(seed, checks, familyLevel);
  }
}
