// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.records.SimulatedCadExport;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim run --compare}, the acceptance of issue 20's back-test: records written from a
 * run of the plan ({@link SimulatedCadExport}, the default scenario for one day) pass against the
 * plan run with another seed; records of a run with every time on scene doubled fail on the
 * on-scene line; records of a run whose urgent response speed is 0.7 times the plan's fail on the
 * urgent drive line. The plan makes traffic calls urgent (a third of the calls) so that a day holds
 * enough urgent calls for a verdict.
 */
@IntegrationTest
class BacktestCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The plan: the default scenario, traffic calls urgent. */
  static final String[] PLAN = {"incidents.types[1].priority=urgent"};

  static DemoCityRuns runs;

  @BeforeAll
  static void open() {
    runs = new DemoCityRuns();
  }

  @AfterAll
  static void close() {
    runs.close();
  }

  @TempDir Path dir;

  /** Records of a one-day run of the plan, seed 3, with {@code changes} on top of it. */
  Path records(String... changes) {
    List<String> sets = new ArrayList<>(List.of(PLAN));
    sets.addAll(List.of("seed=3", "days=1"));
    sets.addAll(List.of(changes));
    return SimulatedCadExport.run(runs, dir.resolve("records"), sets.toArray(String[]::new)).yaml();
  }

  /** The plan, seed 4, compared with {@code records}. */
  CliRun compare(Path records, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--seed",
                "4",
                "--out",
                dir.resolve("out").toString(),
                "--compare",
                records.toString(),
                "--fail-on-mismatch"));
    for (String s : PLAN) {
      args.addAll(List.of("--set", s));
    }
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  JsonNode compareJson() throws Exception {
    return JSON.readTree(Files.readString(dir.resolve("out").resolve("compare.json")));
  }

  static List<String> failures(JsonNode json) {
    List<String> f = new ArrayList<>();
    json.get("failures").forEach(n -> f.add(n.asText()));
    return f;
  }

  @Test
  void recordsOfThePlanWithAnotherSeedPass() throws Exception {
    CliRun r = compare(records());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    JsonNode json = compareJson();
    assertThat(json.get("verdict").asText()).isEqualTo("PASS");
    assertThat(json.at("/pairing/recordedNotReplayed").asInt()).isZero();
    assertThat(json.at("/pairing/simulatedWithoutRecord").asInt()).isZero();
    assertThat(json.at("/pairing/paired").asInt())
        .isEqualTo(json.at("/records/calls").asInt())
        .isGreaterThan(700);
    assertThat(json.at("/lineCounts/PASS").asInt()).isGreaterThan(40);
    assertThat(r.out()).contains("verdict: PASS");
    assertThat(dir.resolve("out").resolve("compare.html")).exists();
  }

  @Test
  void recordsWithTimeOnSceneDoubledFailOnTheOnSceneLine() throws Exception {
    CliRun r =
        compare(
            records(
                "incidents.types[0].onSceneMinutes=80",
                "incidents.types[1].onSceneMinutes=50",
                "incidents.types[2].onSceneMinutes=60",
                "incidents.types[3].onSceneMinutes=40",
                "incidents.types[4].onSceneMinutes=40"));
    assertThat(r.exitCode()).isEqualTo(Backtest.EXIT_MISMATCH);
    List<String> failures = failures(compareJson());
    assertThat(failures)
        .contains(
            "onScene all",
            "onScene priority=urgent",
            "onScene priority=normal",
            "onScene priority=low");
    assertThat(r.out()).contains("verdict: FAIL").contains("onScene all");
  }

  @Test
  void recordsWithUrgentDrivesSlowerFailOnTheUrgentDriveLine() throws Exception {
    CliRun r = compare(records("response.speedFactor.urgent=0.805")); // 0.7 x the plan's 1.15
    assertThat(r.exitCode()).isEqualTo(Backtest.EXIT_MISMATCH);
    List<String> failures = failures(compareJson());
    assertThat(failures).contains("drive priority=urgent");
    assertThat(failures).doesNotContain("drive priority=low", "onScene all");
  }

  @Test
  void badRecordsOrOptionsAreOneLineAndExitCode2() throws Exception {
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "file: cad.csv\ncolumns: {tiem: received}\n");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "time,lat,lon,type,priority\n");
    String[][] cases = {
      {"--compare", dir.resolve("missing.yaml").toString()},
      {"--compare", yaml.toString()},
      {"--compare", empty.toString()},
      {"--compare", yaml.toString(), "--alpha", "1.5"},
      {"--compare", yaml.toString(), "--min-samples", "1"},
      {"--compare", yaml.toString(), "--median-tolerance", "0"},
      {"--compare", yaml.toString(), "--replications", "2"},
      {"--fail-on-mismatch"},
      {"--ks-tolerance", "0.2"}
    };
    String[] expected = {
      "missing.yaml: no such records file",
      "bad.yaml: unknown field 'columns.tiem'",
      "empty.csv: no usable calls to replay",
      "--alpha: expected above 0 and below 1, got 1.5",
      "--min-samples: expected at least 2, got 1",
      "--median-tolerance: expected a relative difference above 0",
      "--compare replays the records once: not with --replications",
      "--fail-on-mismatch: only with --compare",
      "--ks-tolerance: only with --compare"
    };
    for (int i = 0; i < cases.length; i++) {
      List<String> args = new ArrayList<>(List.of("run", "--out", dir.resolve("out").toString()));
      args.addAll(List.of(cases[i]));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(String.join(" ", cases[i])).isEqualTo(PatrolSim.EXIT_USAGE);
      assertThat(r.err())
          .as(String.join(" ", cases[i]))
          .startsWith("patrolsim: ")
          .contains(expected[i])
          .hasLineCount(1);
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
