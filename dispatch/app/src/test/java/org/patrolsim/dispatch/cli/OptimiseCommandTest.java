// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code patrolsim optimise} end to end on three cars in Monaco (calls at three hot spots, 48 a
 * day): the plan it writes runs as it is, the same seed gives the same bytes, and a goal no plan
 * meets is one line with exit code 2.
 */
@IntegrationTest
class OptimiseCommandTest {
  static final String CACHE = "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath();

  @TempDir Path dir;

  Path plan() throws IOException {
    return plan(dir);
  }

  /** The Monaco plan of these tests, written in {@code dir}. */
  static Path plan(Path dir) throws IOException {
    Path file = dir.resolve("monaco-plan.yaml");
    Files.writeString(
        file, "map: {osm: " + MonacoPlans.MONACO.toAbsolutePath() + "}\n" + MonacoPlans.COMPATIBLE);
    return file;
  }

  CliRun optimise(Path out, String... more) throws IOException {
    java.util.List<String> args = new java.util.ArrayList<>(args(plan(), out, "--threads", "2"));
    args.addAll(java.util.List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The small optimise of these tests, its replications wherever {@code more} says. */
  static java.util.List<String> args(Path plan, Path out, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "optimise",
                plan.toString(),
                "--set",
                CACHE,
                "--objective",
                "max:streetDisposalShare",
                "--first-replications",
                "5",
                "--max-replications",
                "20",
                "--confirm",
                "2",
                "--check-replications",
                "10",
                "--out",
                out.toString()));
    args.addAll(java.util.List.of(more));
    return args;
  }

  @Test
  void writesAPlanThatRunsAndTheSameSeedGivesTheSameBytes() throws IOException {
    Path a = dir.resolve("a");
    CliRun run = optimise(a, "--constraint", "availabilityLoss<=1");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("patrolsim optimise", "start", "screen-1", "chosen: ")
        .contains("constraint availabilityLoss<=1:");
    JsonNode json = new ObjectMapper().readTree(a.resolve("optimise.json").toFile());
    assertThat(json.get("objective").asText()).isEqualTo("max:streetDisposalShare");
    assertThat(json.get("screen").get("candidates").size()).isGreaterThanOrEqualTo(3);
    JsonNode table = json.get("confirmation").get("table");
    assertThat(table.size()).isEqualTo(3);
    assertThat(table.get(0).get("plan").asText()).isEqualTo("start");
    for (JsonNode row : table) {
      assertThat(row.get("replications").asInt()).isBetween(5, 20);
    }
    JsonNode chosen = json.get("chosen");
    assertThat(chosen.get("versusStart").get("n").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(chosen.get("constraints").get(0).get("status").asText()).isEqualTo("met");
    // the check: fresh pairs numbered from --max-replications on, past every replication the
    // selection ran (a plan's n replications are numbers 0 to n - 1)
    JsonNode check = json.get("check");
    assertThat(check.get("replications").asInt()).isEqualTo(10);
    assertThat(check.get("firstReplication").asInt()).isEqualTo(20);
    for (JsonNode row : table) {
      assertThat(row.get("replications").asInt())
          .isLessThanOrEqualTo(check.get("firstReplication").asInt());
    }
    assertThat(check.get("objective").get("n").asInt()).isEqualTo(10);
    JsonNode first = check.get("kpis").get(0);
    assertThat(first.get("key").asText()).isNotEmpty();
    assertThat(first.get("delta").get("n").asInt()).isEqualTo(10);
    assertThat(check.get("kpis").findValuesAsText("key"))
        .contains("streetDisposalShare", "availabilityLoss");
    assertThat(json.get("screen").get("valueFunction").get("kind").asText()).isEqualTo("settle");
    assertThat(run.out())
        .contains("against the starting plan, 10 fresh pairs (replications 20-29)");

    Path b = dir.resolve("b");
    assertThat(optimise(b, "--constraint", "availabilityLoss<=1").exitCode()).isZero();
    assertThat(Files.readAllBytes(b.resolve("optimise.json")))
        .isEqualTo(Files.readAllBytes(a.resolve("optimise.json")));
    assertThat(Files.readAllBytes(b.resolve("plan.yaml")))
        .isEqualTo(Files.readAllBytes(a.resolve("plan.yaml")));
    assertThat(Files.readAllBytes(b.resolve("optimise.html")))
        .isEqualTo(Files.readAllBytes(a.resolve("optimise.html")));
    // the log: the stages with their times, and the selection's decision of every plan
    java.util.List<String> log = Files.readAllLines(a.resolve("optimise.log"));
    assertThat(log).allMatch(l -> l.matches("\\d+\\.\\d s: .+"));
    assertThat(log.stream().map(l -> l.replaceFirst("^[0-9.]+ s: ", "")))
        .anyMatch(l -> l.startsWith("simulating the starting plan (5 replications)"))
        .anyMatch(l -> l.startsWith("screening posts for 3 cars"))
        .anyMatch(l -> l.startsWith("confirming 2 screened plans"))
        .anyMatch(l -> l.startsWith("KN: chose " + chosen.get("plan").asText() + " after "))
        .anyMatch(l -> l.startsWith("written to "));
    assertThat(run.err()).contains("patrolsim optimise: " + log.get(0));

    CliRun again =
        CliRun.of("run", a.resolve("plan.yaml").toString(), "--out", dir.resolve("run").toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(dir.resolve("run").resolve("summary.json")).exists();
  }

  /**
   * On an objective no post changes (the incidents open at the end: none in any plan of a day in
   * Monaco), every pair differs by 0, so the check cannot show the chosen plan better.
   */
  @Test
  void whenThePlansAreEqualTheCheckSaysNotShownBetter() throws IOException {
    java.util.List<String> args =
        new java.util.ArrayList<>(args(plan(), dir.resolve("f"), "--threads", "2"));
    args.set(args.indexOf("max:streetDisposalShare"), "min:incidents.open");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("incidents.open 0.000 [0.000, 0.000]")
        .contains("not shown better than the starting plan: ");
    JsonNode check =
        new ObjectMapper()
            .readTree(dir.resolve("f").resolve("optimise.json").toFile())
            .get("check");
    assertThat(check.get("shownBetter").asBoolean()).isFalse();
    assertThat(check.get("verdict").asText()).startsWith("not shown better");
  }

  @Test
  void aConstraintNoPlanMeetsIsOneLineNamingIt() throws IOException {
    CliRun run = optimise(dir.resolve("c"), "--constraint", "streetDisposalShare>=0.99");
    assertThat(run.exitCode()).isEqualTo(2);
    // progress lines come first; the error is one line
    assertThat(run.err().lines().filter(l -> !l.startsWith("patrolsim optimise: ")))
        .singleElement()
        .asString()
        .startsWith(
            "patrolsim: --constraint streetDisposalShare>=0.99: no plan meets it: 3 of the 3");
  }

  @Test
  void aCoverRadiusOfNothingIsOneLine() throws IOException {
    CliRun run = optimise(dir.resolve("e"), "--cover-minutes", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("patrolsim: --cover-minutes: expected a road time above 0 minutes, got 0");
  }

  @Test
  void anUnknownKpiIsOneLine() throws IOException {
    CliRun run = optimise(dir.resolve("d"), "--constraint", "nosuch<=1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("patrolsim: --constraint: unknown KPI 'nosuch'");
  }
}
