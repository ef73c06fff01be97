// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim map check} on the river town: good points, far-away points, points by a dropped
 * piece.
 */
@IntegrationTest
class MapCheckCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path osm;
  static Path points;

  @BeforeAll
  static void write() throws Exception {
    osm = RiverTown.write(dir);
    points = dir.resolve("points.csv");
    Files.writeString(
        points,
        "id,Latitude,Longitude\n"
            + "1,"
            + RiverTown.at(3.3, 5)
            + "\n" // line 2: on a street
            + "2,"
            + RiverTown.at(3.5, 5.4)
            + "\n" // line 3: 40 m from the nearest street
            + "3,"
            + RiverTown.at(7, 24)
            + "\n" // line 4: 1 km from anything
            + "4,"
            + String.format(
                Locale.ROOT, "%.7f,%.7f", RiverTown.lat(7) + 24 / 111_320.0, RiverTown.lon(35.5))
            + "\n"
            + "5,abc,20.0\n" // line 6: not a number
            + "6,"
            + RiverTown.lon(5)
            + ","
            + RiverTown.lat(5)
            + "\n"); // line 7: lat and lon swapped
  }

  String[] args(String... more) {
    List<String> a =
        new java.util.ArrayList<>(
            List.of(
                "map",
                "check",
                "--osm",
                osm.toString(),
                "--cache-dir",
                dir.resolve("cache").toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void eachPointGetsItsVerdictDistanceAndReasonAndACountAtTheEnd() {
    CliRun r = CliRun.of(args(points.toString(), "--lat", "Latitude", "--lon", "Longitude"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0))
        .startsWith("line 2 ")
        .contains(" snaps ")
        .endsWith("snaps to a road 0 m away");
    assertThat(lines.get(1))
        .startsWith("line 3 ")
        .contains(" snaps ")
        .endsWith("snaps to a road 40 m away");
    assertThat(lines.get(2))
        .startsWith("line 4 ")
        .contains(" off-map ")
        .contains("no road within 500 m");
    assertThat(lines.get(3))
        .startsWith("line 5 ")
        .contains(" dropped-piece ")
        .contains(
            "the nearest road, 24 m away, was dropped at import as a small disconnected piece");
    assertThat(lines.get(4))
        .startsWith("line 6 ")
        .contains(" bad-row ")
        .contains("Latitude expected a number");
    assertThat(lines.get(5))
        .startsWith("line 7 ")
        .contains(" off-map ")
        .contains("with lat and lon swapped it would be 0 m from a road");
    assertThat(lines.get(6))
        .isEqualTo("6 points: 2 snap, 2 off the map, 1 near a dropped piece, 1 bad row");
  }

  @Test
  void jsonLinesCarryTheSameVerdicts() throws Exception {
    CliRun r =
        CliRun.of(args(points.toString(), "--lat", "Latitude", "--lon", "Longitude", "--json"));
    List<JsonNode> lines =
        r.out()
            .lines()
            .map(
                l -> {
                  try {
                    return JSON.readTree(l);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(lines)
        .extracting(n -> n.path("verdict").asText())
        .containsExactly("snaps", "snaps", "off-map", "dropped-piece", "bad-row", "off-map", "");
    assertThat(lines.get(1).get("metres").asDouble()).isBetween(39.0, 41.0);
    assertThat(lines.get(3).get("metres").asDouble()).isBetween(23.5, 24.5);
    JsonNode counts = lines.get(6);
    assertThat(counts.get("points").asInt()).isEqualTo(6);
    assertThat(counts.get("snap").asInt()).isEqualTo(2);
    assertThat(counts.get("droppedPiece").asInt()).isEqualTo(1);
  }

  @Test
  void projectedPointsAreCheckedAfterReprojection() throws Exception {
    // Web Mercator (EPSG:3857) of a street corner of the town: x = R lon, y = R ln(tan(pi/4 +
    // lat/2))
    double r = 6378137.0;
    double x = r * Math.toRadians(RiverTown.lon(2));
    double y = r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(RiverTown.lat(2)) / 2));
    Path xy = dir.resolve("xy.csv");
    Files.writeString(xy, String.format(Locale.ROOT, "E;N%n%.2f;%.2f%n", x, y));
    CliRun ok =
        CliRun.of(
            args(xy.toString(), "--x", "E", "--y", "N", "--crs", "EPSG:3857", "--delimiter", ";"));
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("snaps to a road 0 m away").contains("1 points: 1 snap");
  }

  @Test
  void mapInfoShowsWhereTheRoadsAreAndWhatWasDropped() throws Exception {
    CliRun r =
        CliRun.of(
            "map", "info", "--osm", osm.toString(), "--cache-dir", dir.resolve("cache").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode info = JSON.readTree(r.out());
    // 15 rows of 14 blocks east-west (21 km) and 15 columns of 14 blocks north-south (21 km) less
    // the 14
    // blocks the river takes (all but the bridge): 40.6 km
    assertThat(info.at("/roads/routableKm").asDouble()).isBetween(40.5, 40.7);
    assertThat(info.at("/roads/pieces").asInt()).isEqualTo(1);
    assertThat(info.at("/roads/largestPiece/junctions").asInt()).isEqualTo(225);
    assertThat(info.at("/roads/droppedAtImportKm").asDouble()).isBetween(0.29, 0.31);
    assertThat(info.at("/roads/droppedPieces").asInt()).isEqualTo(1);
    // the grid covers 1.4 x 1.4 km of a 3.7 x 1.4 km box that reaches the dropped motorway
    assertThat(info.at("/coverage/hullKm2").asDouble()).isBetween(1.94, 1.98);
    assertThat(info.at("/coverage/hullShareOfBbox").asDouble()).isBetween(0.36, 0.40);
    assertThat(info.at("/coverage/hull/type").asText()).isEqualTo("Polygon");
  }

  @Test
  void aBadMappingIsOneLineAndExitCodeTwo() {
    CliRun unknownColumn = CliRun.of(args(points.toString()));
    assertThat(unknownColumn.exitCode()).isEqualTo(2);
    assertThat(unknownColumn.err().strip())
        .isEqualTo(
            "patrolsim: --lat: points.csv has no column 'lat'; expected "
                + "columns.lat to name one of its header's columns [id, Latitude, Longitude]");
    CliRun unknownCrs =
        CliRun.of(
            args(points.toString(), "--x", "Latitude", "--y", "Longitude", "--crs", "EPSG:99999"));
    assertThat(unknownCrs.exitCode()).isEqualTo(2);
    assertThat(unknownCrs.err().strip().lines()).hasSize(1);
    assertThat(unknownCrs.err()).contains("--crs: unknown EPSG code 'EPSG:99999'");
    CliRun noFile = CliRun.of(args(dir.resolve("missing.csv").toString()));
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("missing.csv: no such file");
  }
}
