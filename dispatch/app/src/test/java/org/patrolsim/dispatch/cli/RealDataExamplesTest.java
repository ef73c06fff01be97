// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.geojson.JurisdictionsGeoJson;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.Repository;
import org.patrolsim.dispatch.testing.TestMaps;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * docs/REAL-DATA.md stays true: its two example exports are what {@link ExampleExports} writes (run
 * with {@code -Dpatrolsim.writeExamples=true} to write them anew), and its commands give what it
 * says.
 */
@IntegrationTest
class RealDataExamplesTest {
  static final Path MONACO = TestMaps.map("monaco.osm.gz");
  static final Path CACHE = TestMaps.CACHE.toAbsolutePath();
  static final Path EXAMPLES = Repository.file("docs", "examples", "real-data");

  @TempDir Path dir;

  @Test
  void theCommittedExportsAreTheGeneratorsOutput() throws Exception {
    String calls;
    String crimes;
    try (RoadNetwork monaco = RoadNetwork.load(MONACO, CACHE)) {
      calls = ExampleExports.callsForService(monaco);
      crimes = ExampleExports.crimeReports(monaco);
    }
    if (Boolean.getBoolean("patrolsim.writeExamples")) {
      Files.writeString(EXAMPLES.resolve(ExampleExports.CALLS), calls, StandardCharsets.UTF_8);
      Files.writeString(EXAMPLES.resolve(ExampleExports.CRIMES), crimes, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(EXAMPLES.resolve(ExampleExports.CALLS), StandardCharsets.UTF_8))
        .isEqualTo(calls);
    assertThat(Files.readString(EXAMPLES.resolve(ExampleExports.CRIMES), StandardCharsets.UTF_8))
        .isEqualTo(crimes);
    assertThat(calls)
        .startsWith("\uFEFFItem,Type,TypeText")
        .contains("\r\n")
        .contains("\"DISTURBANCE, DOMESTIC\"");
  }

  JsonNode run(String scenario, Path out, String... more) throws Exception {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "run",
                EXAMPLES.resolve(scenario).toString(),
                "--osm",
                MONACO.toString(),
                "--set",
                "map.cacheDir=" + CACHE,
                "--out",
                out.toString()));
    args.addAll(java.util.List.of(more));
    RunCommandTest.Outcome o = RunCommandTest.patrolsim(args.toArray(String[]::new));
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(out.resolve(JurisdictionsGeoJson.FILE)).exists();
    return new ObjectMapper().readTree(out.resolve(ReportFiles.SUMMARY).toFile());
  }

  @Test
  void theCallsForServiceExampleReplaysItsTwoWeeksLessTwoCallsWithoutALocation() throws Exception {
    JsonNode s = run("calls-for-service.yaml", dir.resolve("cfs"));
    int rows =
        (int) Files.readAllLines(EXAMPLES.resolve(ExampleExports.CALLS)).stream().skip(1).count();
    assertThat(s.get("days").asInt()).isEqualTo(14);
    assertThat(s.at("/incidents/replaySkippedRows").asInt()).isEqualTo(2);
    assertThat(s.at("/incidents/total").asInt()).isEqualTo(rows - 2);
    assertThat(s.at("/incidents/replayRowsOutsideHorizon").asInt()).isZero();
  }

  @Test
  void theCrimeReportsExampleReplaysItsMonthLessThreeReportsAtZeroZero() throws Exception {
    JsonNode s = run("crime-reports.yaml", dir.resolve("crimes"));
    int rows =
        (int) Files.readAllLines(EXAMPLES.resolve(ExampleExports.CRIMES)).stream().skip(1).count();
    assertThat(s.get("days").asInt()).isEqualTo(30);
    assertThat(s.at("/incidents/replaySkippedRows").asInt()).isEqualTo(3);
    assertThat(s.at("/incidents/total").asInt()).isEqualTo(rows - 3);
  }

  @Test
  void mapCheckWithTheScenarioFindsTheRowsWithoutALocation() {
    CliRun r =
        CliRun.of(
            "map",
            "check",
            "--scenario",
            EXAMPLES.resolve("crime-reports.yaml").toString(),
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    String last = r.out().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).endsWith("snap, 0 off the map, 0 near a dropped piece, 3 bad rows");
    assertThat(r.out())
        .contains("bad-row        LAT/LON are 0,0, which exports write for a missing location");
  }
}
