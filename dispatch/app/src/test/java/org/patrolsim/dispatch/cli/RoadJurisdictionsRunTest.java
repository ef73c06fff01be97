// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.geojson.JurisdictionsGeoJson;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.zone.Zone;
import org.patrolsim.geo.zone.Zones;

/**
 * Jurisdictions by road time, end to end on the river town: station "south" stands on the south
 * bank at (7, 1), station "north" far up the north bank at (14, 9). A call at (8, 1.5) is 112 m
 * from south across the water and 960 m from north, but south's team must drive to the bridge at
 * column 13 and back.
 */
@IntegrationTest
class RoadJurisdictionsRunTest {
  @TempDir static Path dir;
  static Path plan;

  @BeforeAll
  static void write() throws Exception {
    Path osm = RiverTown.write(dir);
    Files.writeString(
        dir.resolve("calls.csv"),
        "time,lat,lon,type\n"
            + "2024-05-01T08:00:00,"
            + RiverTown.at(8, 1.5)
            + ",dispute\n" // across the river from south
            + "2024-05-01T09:00:00,"
            + RiverTown.at(6, 1.5)
            + ",dispute\n"); // on south's own bank
    plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        String.join(
            "\n",
            "map: {osm: " + osm.getFileName() + ", cacheDir: cache}",
            "fleet: {vehicles: 1}",
            "dispatch: {policy: traditional}",
            "stations:",
            "  - {id: south, lat: " + RiverTown.lat(7) + ", lon: " + RiverTown.lon(1) + "}",
            "  - {id: north, lat: " + RiverTown.lat(14) + ", lon: " + RiverTown.lon(9) + "}",
            "incidents: {replay: calls.csv}",
            ""));
  }

  static List<String> stationsOfCalls(Path out) throws Exception {
    return Files.readAllLines(out.resolve(ReportFiles.INCIDENTS)).stream()
        .skip(1)
        .map(l -> l.split(",", -1)[6])
        .toList();
  }

  @Test
  void aCallAcrossTheRiverGoesToTheStationThatReachesItFirstByRoad() throws Exception {
    Path out = dir.resolve("out");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim("run", plan.toString(), "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(stationsOfCalls(out)).containsExactly("north", "south");
    // under the traditional policy the call-out is the jurisdiction's: north's team drives to it
    assertThat(Files.readAllLines(out.resolve(ReportFiles.INCIDENTS)).get(1)).contains(",north,");
  }

  @Test
  void aStationBesideTheRoadDroppedAtImportIsRejectedWithTheReasonAndDistance() {
    double lat = RiverTown.lat(7) + 24 / 111_320.0;
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim(
            "run",
            plan.toString(),
            "--set",
            "stations[1].lat=" + lat,
            "--set",
            "stations[1].lon=" + RiverTown.lon(35.5),
            "--out",
            dir.resolve("never").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err())
        .contains(
            "stations[1]: station 'north'",
            "is off the map: expected a road within 500 m; "
                + "the nearest road, 24 m away, was dropped at import as a small disconnected piece");
  }

  @Test
  void jurisdictionsGeoJsonParsesCoversEveryStationAndReadsBackToTheSameSplit() throws Exception {
    Path out = dir.resolve("geo");
    assertThat(RunCommandTest.patrolsim("run", plan.toString(), "--out", out.toString()).exit())
        .isZero();
    Path geojson = out.resolve(JurisdictionsGeoJson.FILE);
    String text = Files.readString(geojson);
    assertThat(text).contains("\"basis\":\"road time\"");
    Zones zones = Zones.fromGeoJson(geojson);
    assertThat(zones.all()).extracting(Zone::id).containsExactly("south", "north");
    assertThat(zones.zoneAt(new LatLon(RiverTown.lat(7), RiverTown.lon(1))))
        .map(Zone::id)
        .contains("south");
    assertThat(zones.zoneAt(new LatLon(RiverTown.lat(14), RiverTown.lon(9))))
        .map(Zone::id)
        .contains("north");
    assertThat(zones.zoneAt(new LatLon(RiverTown.lat(8), RiverTown.lon(1.5))))
        .map(Zone::id)
        .contains("north");
    // every point of the network (and 500 m around it) is in some jurisdiction
    for (double[] corner : new double[][] {{-4, -4}, {-4, 18}, {18, -4}, {18, 18}}) {
      assertThat(zones.zoneAt(new LatLon(RiverTown.lat(corner[0]), RiverTown.lon(corner[1]))))
          .isPresent();
    }
    // passed back as the scenario's jurisdictions, the file gives the same split
    Path back = dir.resolve("back");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim(
            "run",
            plan.toString(),
            "--set",
            "jurisdictions=" + geojson.toAbsolutePath(),
            "--out",
            back.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(stationsOfCalls(back)).containsExactly("north", "south");
    assertThat(Files.readString(back.resolve(JurisdictionsGeoJson.FILE)))
        .contains("\"basis\":\"file\"");
  }
}
