// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.testing.Fixtures;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.Repository;
import org.patrolsim.dispatch.testing.TestMaps;

/** {@code patrolsim run} end to end on the real Monaco map: determinism, outputs, and bad input. */
@IntegrationTest
class RunCommandTest {
  static final String MONACO = TestMaps.map("monaco.osm.gz").toString();
  static final String CACHE = "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath();

  @TempDir Path dir;

  static String scenario(String name) {
    return Fixtures.file("/scenarios/" + name).toString();
  }

  record Outcome(int exit, String out, String err) {}

  static Outcome patrolsim(String... args) {
    var cli = PatrolSim.commandLine();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int exit = cli.execute(args);
    return new Outcome(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Outcome run(Path out, String scenario, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                scenario(scenario),
                "--osm",
                MONACO,
                "--set",
                CACHE,
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return patrolsim(args.toArray(String[]::new));
  }

  @Test
  void directedPatrolRunsByteIdenticallyWhateverTheThreads() throws Exception {
    String[] plan = {
      "--set",
      "fleet.shiftStartHours=[6, 10]",
      "--set",
      "fleet.patrolByShiftGroup=[hotspots, sweep]"
    };
    List<String> one = new java.util.ArrayList<>(List.of(plan));
    one.addAll(List.of("--threads", "1"));
    List<String> two = new java.util.ArrayList<>(List.of(plan));
    two.addAll(List.of("--threads", "2"));
    Outcome a = run(dir.resolve("a"), "monaco-small.yaml", one.toArray(String[]::new));
    Outcome b = run(dir.resolve("b"), "monaco-small.yaml", two.toArray(String[]::new));
    assertThat(List.of(a.exit(), b.exit())).as(a.err() + b.err()).containsOnly(0);
    for (String file :
        List.of(ReportFiles.SUMMARY, ReportFiles.INCIDENTS, "presence.geojson", "report.html")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("a").resolve("presence.geojson")))
        .contains("\"hotspotRank\":1");
  }

  @Test
  void theHypercubeCompatibleFieldsRunByteIdenticallyWhateverTheThreads() throws Exception {
    String[] compatible = {
      "--set",
      "fleet.patrol=post",
      "--set",
      "fleet.busyTime=exponential",
      "--set",
      "fleet.busyMeanMinutes=20",
      "--set",
      "fleet.mealBreakMinutes=0",
      "--set",
      "fleet.handoverMinutes=0",
      "--set",
      "dispatch.whenNoCarFree=wait",
      "--set",
      "dispatch.responseThresholdMinutes=60"
    };
    List<String> one = new java.util.ArrayList<>(List.of(compatible));
    one.addAll(List.of("--threads", "1"));
    List<String> two = new java.util.ArrayList<>(List.of(compatible));
    two.addAll(List.of("--threads", "2"));
    Outcome a = run(dir.resolve("a"), "monaco-small.yaml", one.toArray(String[]::new));
    Outcome b = run(dir.resolve("b"), "monaco-small.yaml", two.toArray(String[]::new));
    assertThat(List.of(a.exit(), b.exit())).as(a.err() + b.err()).containsOnly(0);
    for (String file : List.of(ReportFiles.SUMMARY, ReportFiles.INCIDENTS, ReportFiles.DECISIONS)) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    String summary = Files.readString(dir.resolve("a").resolve(ReportFiles.SUMMARY));
    // calls waited for cars instead of going to stations, and cars drove back to their posts busy
    assertThat(summary)
        .contains("\"stationCallOuts\" : 0")
        .containsPattern("\"returning\" : 0\\.[0-9]*[1-9]");
    assertThat(Files.readString(dir.resolve("a").resolve(ReportFiles.DECISIONS)))
        .contains("call waits for a patrol car");
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAcrossRunsAndThreadCounts() throws Exception {
    Outcome a = run(dir.resolve("a"), "monaco-small.yaml", "--threads", "1");
    Outcome b = run(dir.resolve("b"), "monaco-small.yaml", "--threads", "2");
    Outcome c = run(dir.resolve("c"), "monaco-small.yaml", "--threads", "2");
    assertThat(List.of(a.exit(), b.exit(), c.exit())).containsOnly(0);
    assertThat(a.out()).contains("street-level disposal");
    for (String file :
        List.of(
            ReportFiles.SUMMARY,
            ReportFiles.INCIDENTS,
            ReportFiles.DECISIONS,
            "report.html",
            "incidents.geojson",
            "stations.geojson",
            "jurisdictions.geojson",
            "beats.geojson",
            "coverage.geojson",
            "presence.geojson")) {
      byte[] first = Files.readAllBytes(dir.resolve("a").resolve(file));
      assertThat(first.length).as(file).isGreaterThan(100);
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file).isEqualTo(first);
      assertThat(Files.readAllBytes(dir.resolve("c").resolve(file))).as(file).isEqualTo(first);
    }
    Outcome other = run(dir.resolve("d"), "monaco-small.yaml", "--seed", "12");
    assertThat(Files.readAllBytes(dir.resolve("d").resolve(ReportFiles.INCIDENTS)))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(ReportFiles.INCIDENTS)));
    assertThat(other.exit()).isZero();
    String summary = Files.readString(dir.resolve("a").resolve(ReportFiles.SUMMARY));
    for (String key :
        List.of(
            "\"seed\"",
            "\"days\"",
            "\"total\"",
            "\"streetDisposed\"",
            "\"stationCallOuts\"",
            "\"stationDisposed\"",
            "\"handedOver\"",
            "\"open\"",
            "\"openByState\"",
            "\"streetDisposalShare\"",
            "\"streetDisposalCeiling\"",
            "\"availabilityLoss\"",
            "\"firstArrivalSeconds\"",
            "\"coverSeconds\"",
            "\"callToDispatchSeconds\"",
            "\"urgent\"",
            "\"p50\"",
            "\"p90\"",
            "\"urgentFirstArrivalWithinTargetShare\"",
            "\"urgentCoverWithinTargetShare\"",
            "\"ringsFromDispatchShare\"",
            "\"1\"",
            "\"3\"",
            "\"5\"",
            "\"vehicles\"",
            "\"utilization\"",
            "\"timeShare\"",
            "\"mealsMissed\"",
            "\"stations\"",
            "\"callOutsPerDay\"",
            "\"zeroCallOutDays\"",
            "\"meanShareWithinTarget\"")) {
      assertThat(summary).contains(key);
    }
  }

  @Test
  void theCampoGrandeWorkedExampleRunsWithItsGeoJsonJurisdictionsAndBeats() throws Exception {
    Path example = Repository.file("docs", "examples", "campo-grande", "scenario.yaml");
    String campoGrande = MONACO.replace("monaco.osm.gz", "campo-grande.osm.gz");
    Path out = dir.resolve("cg");
    Outcome o =
        patrolsim(
            "run",
            example.toString(),
            "--osm",
            campoGrande,
            "--set",
            CACHE,
            "--out",
            out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve(ReportFiles.INCIDENTS));
    assertThat(rows).hasSizeGreaterThan(200);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      double lat = Double.parseDouble(f[2]);
      double lon = Double.parseDouble(f[3]);
      String expected =
          lat > -20.445
              ? "norte"
              : lat > -20.475 && lon < -54.565
                  ? "centro"
                  : lat > -20.495 && lon >= -54.565 ? "leste" : "sul";
      assertThat(f[6]).as(row).isEqualTo(expected);
    }
  }

  void assertRejected(Outcome o, Path out, String... messageParts) throws Exception {
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err()).startsWith("patrolsim: ");
    for (String part : messageParts) {
      assertThat(o.err()).contains(part);
    }
    assertThat(Files.exists(out.resolve(ReportFiles.SUMMARY))).isFalse();
  }

  @Test
  void aTimeOnSceneWithItsP90BelowItsMedianIsOneLineExitCodeTwo() throws Exception {
    Path out = dir.resolve("on-scene");
    assertRejected(
        patrolsim(
            "run",
            "--set",
            "incidents.types=[{name: a, onSceneMinutes: {median: 20, p90: 10}}]",
            "--out",
            out.toString()),
        out,
        "default scenario: incidents.types[0].onSceneMinutes.p90: expected minutes at"
            + " least the median (20.0)");
  }

  @Test
  void badInputIsOneLineExitCodeTwoAndNoOutput() throws Exception {
    Path out = dir.resolve("out");
    assertRejected(
        run(out, "unknown-field.yaml"),
        out,
        "unknown-field.yaml",
        "unknown field 'fleet.vehicels'");
    assertRejected(
        run(out, "wrong-type.yaml"),
        out,
        "wrong-type.yaml",
        "'fleet.vehicles' expected a whole number");
    assertRejected(
        run(out, "zero-rate.json"), out, "zero-rate.json", "incidents.perDay", "positive");
    assertRejected(
        run(out, "monaco-small.yaml", "--set", "incidents.perDay=-3"), out, "incidents.perDay");
    assertRejected(
        run(out, "empty-fleet.yaml"), out, "empty-fleet.yaml", "fleet.vehicles", "at least 1");
    assertRejected(
        run(out, "station-off-map.yaml"),
        out,
        "station-off-map.yaml",
        "stations[1]",
        "at-sea",
        "off the map");
    assertRejected(
        run(out, "replay-bad-timestamp.yaml"),
        out,
        "monaco-bad-timestamp.csv line 3",
        "ISO date-time",
        "8h20");
    assertRejected(run(out, "monaco-small.yaml", "--threads", "0"), out, "--threads");
  }

  @Test
  void aRealCitysPlanRunWithoutItsMapSaysToGiveTheMap() throws Exception {
    Path out = dir.resolve("out");
    Outcome o =
        patrolsim("run", scenario("monaco-small.yaml"), "--set", CACHE, "--out", out.toString());
    assertRejected(
        o,
        out,
        "monaco-small.yaml",
        "stations[0]",
        "off the map",
        "bundled demo city",
        "--osm FILE");
    Outcome onItsMap = run(dir.resolve("at-sea"), "station-off-map.yaml");
    assertThat(onItsMap.err()).contains("off the map").doesNotContain("demo city");
  }
}
