// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.hypercube.validation.ErlangCase;
import org.patrolsim.dispatch.hypercube.validation.PublishedExampleCase;
import org.patrolsim.dispatch.hypercube.validation.ValidationOutcome;
import org.patrolsim.dispatch.hypercube.validation.ValidationSuite;

/**
 * {@code patrolsim validate}'s command line: its bad input, and its table and JSON on a cheap suite
 * (the full suite runs in docs/ARCHITECTURE.md's seed study; a cheap subset of it in
 * ValidationSuiteTest).
 */
class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void aFolderWithoutTheMapIsOneLineAndExitCode2() {
    CliRun run = CliRun.of("validate", "--maps", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "patrolsim: --maps: expected a folder holding campo-grande.osm.gz (the real"
                + " map the full-model cases run on), got "
                + dir)
        .hasLineCount(1);
  }

  static ValidationOutcome cheapOutcome() {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "validate-command-test");
    try {
      return new ValidationSuite(
              List.of(
                  new ErlangCase(true, 5, 1_000),
                  new PublishedExampleCase(LineCapacity.INFINITE, 5, 1_000)),
              0.95)
          .run(system, 1);
    } finally {
      system.terminate();
    }
  }

  @Test
  void theTableShowsBothIntervalsAndThePassRule() {
    ValidationOutcome outcome = cheapOutcome();
    String table = ValidateCommand.table(outcome);
    assertThat(table)
        .contains(
            "base seed 1",
            "family-wise (Sidak): each of the 9 intervals at 99.432%",
            "95% CI",
            "99.432% CI",
            "Erlang B: M/M/3/3, a = 2",
            "Larson & Odoni 3 units, 10 atoms",
            "mean queue wait");
    assertThat(table).contains(outcome.passed() ? "PASS: all 9 intervals" : "FAIL: ");
  }

  @Test
  void jsonHasEveryCheckWithItsTwoIntervals() throws IOException {
    ValidationOutcome outcome = cheapOutcome();
    JsonNode json = new ObjectMapper().readTree(ValidateCommand.json(outcome));
    assertThat(json.get("passed").asBoolean()).isEqualTo(outcome.passed());
    assertThat(json.get("intervals").asInt()).isEqualTo(9);
    assertThat(json.get("intervalLevel").asDouble()).isEqualTo(Math.pow(0.95, 1.0 / 9));
    assertThat(json.get("checks")).hasSize(9);
    for (JsonNode c : json.get("checks")) {
      assertThat(c.get("familyLow").asDouble()).isLessThan(c.get("ciLow").asDouble());
      assertThat(c.get("familyHigh").asDouble()).isGreaterThan(c.get("ciHigh").asDouble());
      boolean covers =
          c.get("familyLow").asDouble() <= c.get("analytic").asDouble()
              && c.get("analytic").asDouble() <= c.get("familyHigh").asDouble();
      assertThat(c.get("covers").asBoolean()).isEqualTo(covers);
      assertThat(c.get("replications").asInt()).isEqualTo(5);
    }
  }
}
