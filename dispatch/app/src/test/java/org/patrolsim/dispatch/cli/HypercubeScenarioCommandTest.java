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
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.MonacoPlans;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * {@code patrolsim hypercube --scenario}: the hypercube screen of a plan, on the real map of Monaco
 * (a plan whose hypercube is written by hand in PlanHypercubeBuilderTest) and on the default
 * scenario.
 */
@IntegrationTest
class HypercubeScenarioCommandTest {
  static final String CACHE = "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath();

  @TempDir Path dir;

  /**
   * Three cars at posts in Monaco, calls in three hotspots around them: the hypercube-compatible
   * plan.
   */
  Path plan() throws IOException {
    Path file = dir.resolve("monaco-plan.yaml");
    Files.writeString(
        file, "map: {osm: " + MonacoPlans.MONACO.toAbsolutePath() + "}\n" + MonacoPlans.COMPATIBLE);
    return file;
  }

  @Test
  void aCompatiblePlanIsScreenedExactlyAndSaysSo() throws IOException {
    CliRun run = CliRun.of("hypercube", "--scenario", plan().toString(), "--set", CACHE);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "3 patrol cars (at their posts), 3 atoms",
            "Calls: 2.00 an hour (the day's mean) x 1.000 cars per call = 2.00 dispatches an hour",
            "Busy time per dispatch: 30.00 min, exponential",
            "Line capacity: zero",
            "Exact solution: 2^3 = 8 states",
            "The plan meets every assumption of the hypercube model")
        .containsPattern("probability that no car is free +0\\.0\\d{4}")
        .containsPattern("car-01 +43\\.73827,7\\.42453 +0\\.\\d{4}");
  }

  @Test
  void jsonHasTheKeysOfASpecAndThePlan() throws IOException {
    CliRun run =
        CliRun.of(
            "hypercube",
            "--scenario",
            plan().toString(),
            "--set",
            CACHE,
            "--json",
            "--set",
            "dispatch.whenNoCarFree=wait");
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("method").asText()).isEqualTo("exact");
    assertThat(json.get("queue").asText()).isEqualTo("infinite");
    assertThat(json.get("totalArrivalRate").asDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(json.get("workloads")).hasSize(3);
    assertThat(json.get("dispatchFractions")).hasSize(3);
    assertThat(json.get("stateProbabilities")).hasSize(8);
    JsonNode plan = json.get("plan");
    assertThat(plan.get("exact").asBoolean()).isTrue();
    assertThat(plan.get("departures")).isEmpty();
    assertThat(plan.get("serviceRate").asDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(plan.get("atomList").get(0).get("rate").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(plan.get("atomList").get(0).get("preference").toString()).isEqualTo("[1,3,2]");
    assertThat(plan.get("cars").get(2).get("id").asText()).isEqualTo("car-03");
  }

  @Test
  void simulateSetsTheFullModelBesideTheScreenAndIsReproducible() throws IOException {
    String[] args = {
      "hypercube",
      "--scenario",
      plan().toString(),
      "--set",
      CACHE,
      "--simulate",
      "--replications",
      "3",
      "--days",
      "2",
      "--json"
    };
    CliRun first = CliRun.of(args);
    assertThat(first.exitCode()).isZero();
    JsonNode sim = new ObjectMapper().readTree(first.out()).get("simulated");
    assertThat(sim.get("replications").asInt()).isEqualTo(3);
    assertThat(sim.get("workloads")).hasSize(3);
    for (String key :
        new String[] {
          "probAllBusy", "callsFindingNoFreeCar", "interDistrictFraction", "meanTravelTime"
        }) {
      JsonNode e = sim.get(key);
      assertThat(e.get("ciLow").asDouble()).as(key).isLessThanOrEqualTo(e.get("mean").asDouble());
      assertThat(e.get("ciHigh").asDouble())
          .as(key)
          .isGreaterThanOrEqualTo(e.get("mean").asDouble());
    }
    assertThat(CliRun.of(args).out()).isEqualTo(first.out());
    CliRun text =
        CliRun.of(
            "hypercube",
            "--scenario",
            plan().toString(),
            "--set",
            CACHE,
            "--simulate",
            "--replications",
            "2",
            "--days",
            "1");
    assertThat(text.out())
        .contains("screen full model  95% CI", "share of calls that found no car free");
  }

  @Test
  void aPlanTheHypercubeCannotExpressIsOneLineAndExitCode2() throws IOException {
    Path plan = plan();
    CliRun run =
        CliRun.of(
            "hypercube",
            "--scenario",
            plan.toString(),
            "--set",
            CACHE,
            "--set",
            "dispatch.preemption=true",
            "--set",
            "incidents.types=[{name: a, priority: urgent}, {name: b, priority: low}]");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "patrolsim: "
                + plan
                + ": dispatch.preemption: urgent calls taking cars off"
                + " minor ones have no place in the hypercube")
        .hasLineCount(1);
    CliRun traditional =
        CliRun.of(
            "hypercube",
            "--scenario",
            plan.toString(),
            "--set",
            CACHE,
            "--set",
            "dispatch.policy=traditional");
    assertThat(traditional.exitCode()).isEqualTo(2);
    assertThat(traditional.err())
        .contains(": dispatch.policy: the traditional policy sends no patrol car")
        .hasLineCount(1);
  }

  @Test
  void badOptionsAreOneLineAndExitCode2() throws IOException {
    for (String[] args :
        new String[][] {
          {"hypercube"},
          {"hypercube", "spec.yaml", "--scenario"},
          {"hypercube", "--scenario", plan().toString(), "--hour", "24"},
          {"hypercube", "spec.yaml", "--hour", "3"}
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).startsWith("patrolsim: ").hasLineCount(1);
    }
  }

  @Test
  void theDefaultScenarioIsScreenedWithLarsonsApproximationAndItsApproximationsListed() {
    CliRun run =
        CliRun.of(
            "hypercube", "--scenario", "--set", "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Hypercube screen of default scenario on the demo city: 48 patrol cars (at"
                + " their beats' centres)",
            "Larson's approximate procedure (more than 16 cars)",
            "Line capacity: zero",
            "street-disposal ceiling of the types",
            "car-48")
        .contains(
            "  - fleet.patrol: ",
            "  - fleet.busyTime: ",
            "  - fleet.mealBreakMinutes: ",
            "  - fleet.handoverMinutes: ",
            "  - incidents.types: ",
            "  - incidents.types[0].unitsNeeded: ",
            "  - incidents.hourlyProfile: ",
            "  - dispatch.responseThresholdMinutes: ");
  }
}
