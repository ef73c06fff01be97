// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * A cheap subset of {@code patrolsim validate} (the full suite and its seeds are in
 * docs/ARCHITECTURE.md): the engine, the published hypercube example and the full model on Campo
 * Grande with short runs, at the default seed; and the full-model check failing a deliberately
 * biased model.
 */
@IntegrationTest
class ValidationSuiteTest {
  static final Path CAMPO_GRANDE = TestMaps.map(FullModelCase.MAP_FILE);
  static final Path CACHE = TestMaps.CACHE;
  static ActorSystem<Void> system;

  @BeforeAll
  static void start() {
    system = ActorSystem.create(Behaviors.empty(), "validation-test");
  }

  @AfterAll
  static void stop() {
    system.terminate();
  }

  /** 10 replications of 4 days, the first 6 hours dropped. */
  static FullModelCase cheapZeroCapacity() {
    return FullModelCase.zeroCapacity(10, 4, 0.25, CAMPO_GRANDE, CACHE);
  }

  @Test
  void aCheapSubsetPassesTheFamilyWiseRuleAtTheDefaultSeed() {
    ValidationSuite cheap =
        new ValidationSuite(
            List.of(
                new ErlangCase(true, 10, 2_000),
                new PublishedExampleCase(LineCapacity.ZERO, 10, 2_000),
                cheapZeroCapacity(),
                FullModelCase.queue(10, 4, 0.25, CAMPO_GRANDE, CACHE)),
            0.95);
    ValidationOutcome outcome = cheap.run(system, ValidationSuite.DEFAULT_SEED);
    assertThat(outcome.checks()).hasSize(2 + 6 + 15 + 18);
    assertThat(outcome.intervalLevel()).isEqualTo(Math.pow(0.95, 1.0 / 41));
    assertThat(outcome.checks())
        .allSatisfy(
            c ->
                assertThat(c.covers(outcome.intervalLevel()))
                    .as(
                        "%s %s: %s, analytic %s",
                        c.system(), c.measure(), c.interval(outcome.intervalLevel()), c.analytic())
                    .isTrue());
    assertThat(outcome.passed()).isTrue();
    // the full model's cases check what the issue asks: workloads, P(all busy), the busiest atoms'
    // fractions
    assertThat(outcome.checks())
        .extracting(ValidationCheck::measure)
        .contains(
            "workload car-01",
            "workload car-06",
            "P(all busy)",
            "inter-district fraction",
            "mean travel time (min)",
            "mean queue wait (min)")
        .anyMatch(m -> m.startsWith("f(car-") && m.endsWith("atom 3)"));
  }

  @Test
  void theFullModelCheckFailsAModelThatSendsTheSecondNearestCar() {
    FullModelCase biased = cheapZeroCapacity().withModel(SecondNearestCommand::replication);
    ValidationOutcome outcome =
        new ValidationSuite(List.of(biased), 0.95).run(system, ValidationSuite.DEFAULT_SEED);
    assertThat(outcome.passed()).isFalse();
    // the dispatch pattern gives it away: far more calls go to a car other than the atom's first,
    // and
    // each busy atom's first car takes fewer of them
    ValidationCheck interDistrict =
        outcome.checks().stream()
            .filter(c -> c.measure().equals("inter-district fraction"))
            .findFirst()
            .orElseThrow();
    assertThat(interDistrict.covers(outcome.intervalLevel())).isFalse();
    assertThat(interDistrict.mean()).isGreaterThan(interDistrict.analytic());
    assertThat(
            outcome.checks().stream()
                .filter(c -> c.measure().startsWith("f("))
                .filter(c -> !c.covers(outcome.intervalLevel())))
        .hasSizeGreaterThanOrEqualTo(3);
  }
}
