// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestMaps;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine;

/** {@code patrolsim map ...}: JSON on stdout, one-line errors with exit code 2. */
@IntegrationTest
class MapCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path MONACO = TestMaps.map("monaco.osm.gz");
  static final Path CACHE = TestMaps.CACHE;

  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    CommandLine cli = PatrolSim.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void infoPrintsNodesEdgesAndBoundingBox() throws Exception {
    Run r = run("map", "info", "--osm", MONACO.toString(), "--cache-dir", CACHE.toString());
    assertThat(r.exit()).isZero();
    JsonNode info = JSON.readTree(r.out());
    assertThat(info.get("nodes").asInt()).isGreaterThan(500);
    assertThat(info.get("edges").asInt()).isGreaterThan(info.get("nodes").asInt() / 2);
    assertThat(info.at("/bbox/minLat").asDouble()).isBetween(43.70, 43.75);
    assertThat(info.at("/bbox/maxLon").asDouble()).isBetween(7.40, 7.45);
  }

  @Test
  void etaMatchesGraphHopperForTheSnappedPoints() throws Exception {
    Run r =
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--from",
            "43.7384,7.4246",
            "--to",
            "43.7311,7.4197");
    assertThat(r.exit()).isZero();
    JsonNode eta = JSON.readTree(r.out());
    assertThat(eta.get("reachable").asBoolean()).isTrue();
    try (RoadNetwork net = RoadNetwork.load(MONACO, CACHE)) {
      GHResponse gh =
          net.graphHopper()
              .route(
                  new GHRequest(
                          eta.at("/from/lat").asDouble(), eta.at("/from/lon").asDouble(),
                          eta.at("/to/lat").asDouble(), eta.at("/to/lon").asDouble())
                      .setProfile("car"));
      assertThat(eta.get("seconds").asDouble())
          .isCloseTo(gh.getBest().getTime() / 1000.0, within(1.0));
      assertThat(eta.get("metres").asDouble()).isCloseTo(gh.getBest().getDistance(), within(5.0));
    }
  }

  @Test
  void etaOffTheMapIsUnreachableNotAnError() throws Exception {
    Run r =
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--from",
            "43.715,7.445",
            "--to",
            "43.7311,7.4197");
    assertThat(r.exit()).isZero();
    JsonNode eta = JSON.readTree(r.out());
    assertThat(eta.get("reachable").asBoolean()).isFalse();
    assertThat(eta.get("reason").asText()).contains("from point").contains("off the road network");
    assertThat(eta.has("seconds")).isFalse();
  }

  @Test
  void etaPairsPrintsOneLinePerRowInInputOrder(@TempDir Path tmp) throws Exception {
    Path csv =
        Files.writeString(
            tmp.resolve("pairs.csv"),
            """
        from_lat,from_lon,to_lat,to_lon
        43.7384,7.4246,43.7311,7.4197
        43.715,7.445,43.7311,7.4197
        43.7311,7.4197,43.7384,7.4246
        """);
    Run r =
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--pairs",
            csv.toString());
    assertThat(r.exit()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(3);
    Run single =
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--from",
            "43.7311,7.4197",
            "--to",
            "43.7384,7.4246");
    assertThat(lines.get(2)).isEqualTo(single.out().strip());
    assertThat(JSON.readTree(lines.get(1)).get("reachable").asBoolean()).isFalse();
    assertThat(JSON.readTree(lines.get(0)).get("seconds").asDouble())
        .isNotEqualTo(JSON.readTree(lines.get(2)).get("seconds").asDouble());
  }

  @Test
  void aBadCsvRowStopsBeforeAnyOutput(@TempDir Path tmp) throws Exception {
    Path csv =
        Files.writeString(
            tmp.resolve("pairs.csv"),
            """
        from_lat,from_lon,to_lat,to_lon
        43.7384,7.4246,43.7311,7.4197
        43.7384,east,43.7311,7.4197
        """);
    Run r =
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--pairs",
            csv.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .isEqualTo("patrolsim: " + csv + " line 3: from_lon 'east' is not a number");
  }

  @Test
  void badInputGivesOneLineAndExitCode2(@TempDir Path tmp) throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.osm"));
    Path corrupt = Files.writeString(tmp.resolve("broken.osm.gz"), "not gzip");
    expectUserError(
        run(
            "map",
            "info",
            "--osm",
            tmp.resolve("missing.osm.pbf").toString(),
            "--cache-dir",
            tmp.toString()),
        tmp.resolve("missing.osm.pbf") + ": no such file");
    expectUserError(
        run("map", "info", "--osm", empty.toString(), "--cache-dir", tmp.toString()),
        empty + ": is empty: expected an OpenStreetMap file");
    expectUserError(
        run("map", "info", "--osm", corrupt.toString(), "--cache-dir", tmp.toString()),
        corrupt + ": cannot be read as an OpenStreetMap file");
    expectUserError(
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--from",
            "95,7.42",
            "--to",
            "43.73,7.42"),
        "--from 95,7.42: latitude 95.0 is out of range: expected -90 to 90");
    expectUserError(
        run(
            "map",
            "eta",
            "--osm",
            MONACO.toString(),
            "--cache-dir",
            CACHE.toString(),
            "--from",
            "43.73,7.42",
            "--to",
            "43.73,7.42",
            "--speed-factor",
            "0"),
        "speed factor 0.0 is out of range");
  }

  @Test
  void demoCityIsWrittenWholeAndTheSameEveryTime(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.osm");
    Path b = tmp.resolve("b.osm");
    assertThat(run("map", "demo-city", "--out", a.toString()).exit()).isZero();
    assertThat(run("map", "demo-city", "--out", b.toString(), "--size", "1").exit()).isZero();
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(Files.readString(a)).endsWith("</osm>\n");
    expectUserError(
        run("map", "demo-city", "--out", tmp.resolve("no/such/dir/c.osm").toString()),
        "does not exist");
    expectUserError(
        run("map", "demo-city", "--out", tmp.resolve("c.osm").toString(), "--size", "0"),
        "--size 0: expected 1 to 20");
  }

  private static void expectUserError(Run r, String message) {
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err())
        .startsWith("patrolsim: ")
        .contains(message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
