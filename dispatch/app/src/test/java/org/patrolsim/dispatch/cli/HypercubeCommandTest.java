// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.hypercube.LarsonOdoniExample;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.testing.Fixtures;

class HypercubeCommandTest {
  @TempDir Path dir;

  @Test
  void printsThePublishedExample() throws IOException {
    CliRun run = CliRun.of("hypercube", example().toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Exact solution: 2^3 = 8 states")
        .containsPattern("workload unit 1 +0\\.55736")
        .containsPattern("P\\(all busy\\) +0\\.23684")
        .containsPattern("inter-district fraction +0\\.43533")
        .contains("P000 = 0.21053");
  }

  @Test
  void jsonHasTheDocumentedKeys() throws IOException {
    CliRun run = CliRun.of("hypercube", "--json", example().toString());
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("method").asText()).isEqualTo("exact");
    assertThat(json.get("workloads")).hasSize(3);
    assertThat(json.get("workloads").get(0).asDouble()).isCloseTo(0.5574, within(0.5e-4));
    assertThat(json.get("probAllBusy").asDouble()).isCloseTo(0.23684, within(0.5e-5));
    assertThat(json.get("interDistrictFraction").asDouble()).isCloseTo(0.4353, within(0.5e-4));
    assertThat(json.get("dispatchFractions")).hasSize(3);
    assertThat(json.get("dispatchFractions").get(0)).hasSize(10);
    assertThat(json.get("meanQueueWait").asDouble()).isPositive();
    assertThat(json.get("stateProbabilities")).hasSize(8);
    assertThat(json.has("simulated")).isFalse();
  }

  @Test
  void sameInputGivesIdenticalOutput() throws IOException {
    String spec = example().toString();
    assertThat(CliRun.of("hypercube", "--json", spec).out())
        .isEqualTo(CliRun.of("hypercube", "--json", spec).out());
  }

  @Test
  void simulateAddsEstimatesWithIntervalsAndIsReproducible() throws IOException {
    String[] args = {
      "hypercube",
      "--simulate",
      "--replications",
      "3",
      "--horizon",
      "300",
      "--json",
      example().toString()
    };
    CliRun first = CliRun.of(args);
    assertThat(first.exitCode()).isZero();
    JsonNode sim = new ObjectMapper().readTree(first.out()).get("simulated");
    assertThat(sim.get("replications").asInt()).isEqualTo(3);
    assertThat(sim.get("workloads")).hasSize(3);
    for (String key : new String[] {"probAllBusy", "interDistrictFraction", "meanQueueWait"}) {
      JsonNode e = sim.get(key);
      assertThat(e.get("ciLow").asDouble()).as(key).isLessThanOrEqualTo(e.get("mean").asDouble());
      assertThat(e.get("ciHigh").asDouble())
          .as(key)
          .isGreaterThanOrEqualTo(e.get("mean").asDouble());
    }
    assertThat(sim.get("dispatchFractions").get(2).get(9).has("ciHigh")).isTrue();
    assertThat(CliRun.of(args).out()).isEqualTo(first.out());
  }

  @Test
  void simulateTextShowsAnalyticAndSimulatedSideBySide() throws IOException {
    CliRun run =
        CliRun.of(
            "hypercube",
            "--simulate",
            "--replications",
            "2",
            "--horizon",
            "200",
            example().toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("analytic  simulated  95% CI", "Simulated dispatch fractions");
  }

  @Test
  void oneReplicationIsRefused() throws IOException {
    CliRun run = CliRun.of("hypercube", "--simulate", "--replications", "1", example().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("patrolsim: --replications: expected at least 2");
  }

  @Test
  void travelTimesAreReportedPerAtom() {
    CliRun run =
        CliRun.of(
            "hypercube", "--json", Fixtures.file("/hypercube/with-travel-times.json").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"meanTravelTimes\"", "\"meanTravelTime\"");
  }

  @Test
  void unknownUnitInAPreferenceListIsAUserError() throws IOException {
    Path spec =
        write(
            "bad.yaml",
            LarsonOdoniExample.text(LineCapacity.INFINITE)
                .replace("rate: 0.15, preference: [2, 1, 3]", "rate: 0.15, preference: [2, 1, 4]"));
    CliRun run = CliRun.of("hypercube", spec.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "patrolsim: "
                + spec
                + ": atoms[4] (atom 5).preference: unit 4 does not exist (units are numbered 1..3)"
                + System.lineSeparator());
  }

  @Test
  void negativeRateIsAUserError() throws IOException {
    Path spec =
        write(
            "negative.yaml",
            LarsonOdoniExample.text(LineCapacity.ZERO).replace("rate: 0.15", "rate: -0.15"));
    CliRun run = CliRun.of("hypercube", spec.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "patrolsim: "
                + spec
                + ": atoms[4] (atom 5).rate: expected a number that is not negative");
  }

  @Test
  void tooManyUnitsForTheExactMethodSuggestsTheApproximation() throws IOException {
    Path spec = write("big.yaml", symmetricSpec(17));
    CliRun run = CliRun.of("hypercube", spec.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "patrolsim: "
                + spec
                + ": units: 17 is more than the exact solver's limit of 16"
                + " (2^N states); use --approximate for Larson's approximate procedure"
                + System.lineSeparator());

    CliRun approximate = CliRun.of("hypercube", "--approximate", spec.toString());
    assertThat(approximate.exitCode()).isZero();
    assertThat(approximate.out()).contains("Larson's approximate procedure");
  }

  @Test
  void missingFileIsAUserError() {
    CliRun run = CliRun.of("hypercube", dir.resolve("none.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("none.yaml: no such file");
  }

  private Path example() throws IOException {
    return write("larson.yaml", LarsonOdoniExample.text(LineCapacity.INFINITE));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String symmetricSpec(int units) {
    StringBuilder yaml =
        new StringBuilder("units: " + units + "\nserviceRates: 1.0\nqueue: infinite\natoms:\n");
    for (int j = 0; j < units; j++) {
      yaml.append("  - { rate: 0.5, preference: [");
      for (int k = 0; k < units; k++) {
        yaml.append(k == 0 ? "" : ", ").append((j + k) % units + 1);
      }
      yaml.append("] }\n");
    }
    return yaml.toString();
  }
}
