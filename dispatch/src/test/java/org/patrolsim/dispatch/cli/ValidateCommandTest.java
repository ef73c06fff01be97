// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  @Test
  void everySimulatedIntervalCoversItsAnalyticValue() throws IOException {
    CliRun run = CliRun.of("validate", "--json");
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode checks = json.get("checks");
    assertThat(checks).hasSize(18);
    for (JsonNode c : checks) {
      double analytic = c.get("analytic").asDouble();
      assertThat(analytic).as(c.toString())
          .isBetween(c.get("ciLow").asDouble(), c.get("ciHigh").asDouble());
      assertThat(c.get("covers").asBoolean()).isTrue();
    }
    assertThat(json.get("passed").asBoolean()).isTrue();
    assertThat(run.exitCode()).isZero();
    // the suite covers Erlang B, Erlang C and both variants of the published hypercube example
    assertThat(run.out()).contains("Erlang B: M/M/3/3", "Erlang C: M/M/3", "Larson & Odoni 3 units, 10 atoms",
        "Larson & Odoni, zero queue");
  }
}
