// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * {@code fleet.hotspotsFile} on the 15 x 15 grid city: the file's places, not where calls are
 * expected, are the hot spots a car on hot-spot patrol visits and the presence measures follow,
 * busiest by weight; a bad line stops the run with one line naming the file and the line.
 */
class HotspotsFileTest {
  @TempDir Path dir;

  CityModel model(String csv) throws Exception {
    Files.writeString(dir.resolve("hot.csv"), csv);
    return GridModels.model(
        dir,
        "fleet:\n  vehicles: 1\n  patrol: hotspots\n  hotspotsFile: hot.csv\n"
            + "  shiftStartHours: [0]\n  handover: field\n  mealBreakMinutes: 0\n"
            + "  hotspotsPerBeat: 3\n"
            // every call near (7, 7): without the file, the hot spots would all be there
            + "incidents:\n  hotspotShare: 1\n  hotspots: [{"
            + GridModels.latLon(7, 7)
            + ", radiusMetres: 150}]\n"
            + "stations:\n  - {id: S, "
            + GridModels.latLon(0, 0.5)
            + "}\n");
  }

  static String point(double row, double col) {
    return String.format(
        Locale.ROOT,
        "%.7f,%.7f",
        GridCity.LAT0 + row * GridCity.DLAT,
        GridCity.LON0 + col * GridCity.DLON);
  }

  static int segmentAt(CityModel m, double row, double col) {
    return m.network()
        .snap(new LatLon(GridCity.LAT0 + row * GridCity.DLAT, GridCity.LON0 + col * GridCity.DLON))
        .orElseThrow()
        .edge();
  }

  @Test
  void theFilesPlacesAreTheHotSpotsOfThePatrolAndOfThePresenceMeasuresBusiestByWeight()
      throws Exception {
    CityModel m =
        model(
            "lat,lon,weight\n# from the crime analysts\n"
                + point(2, 2.5)
                + ",1\n\n"
                + point(12, 3.5)
                + ",5\n"
                + point(5.5, 11)
                + "\n");
    int[] expected = {segmentAt(m, 12, 3.5), segmentAt(m, 5.5, 11), segmentAt(m, 2, 2.5)};
    // weights 1, 5 and 1 (none given): the weight 5 first, the ties by segment id
    int[] busiest = PatrolRounds.of(m).busiest(20);
    assertThat(busiest).hasSize(3);
    assertThat(busiest[0]).isEqualTo(expected[0]);
    assertThat(busiest).containsExactlyInAnyOrder(expected);
    PatrolRound round = m.cars().get(0).round();
    assertThat(round.strategy()).isEqualTo(PatrolStrategy.HOTSPOTS);
    assertThat(round.stops().stream().map(NetworkPosition::edge).toList())
        .containsExactlyInAnyOrder(expected[0], expected[1], expected[2]);
    double[] weights = PatrolRounds.of(m).callsBySegment();
    assertThat(weights[expected[0]]).isEqualTo(5.0);
    assertThat(weights[segmentAt(m, 7, 7.5)]).as("the calls' place no longer counts").isZero();
  }

  @Test
  void aBadLineStopsWithOneLineNamingTheFileAndTheLine() {
    String ok = point(2, 2.5) + "\n";
    assertError(
        "lat,lon\n" + ok + "95,20\n",
        "hot.csv line 3: expected a latitude from -90 to 90, got '95'");
    assertError(
        ok + "10.0,east\n", "hot.csv line 2: expected a longitude from -180 to 180, got 'east'");
    assertError(ok + point(3, 2.5) + ",0\n", "hot.csv line 2: expected a weight above 0, got '0'");
    assertError(
        "# notes\n" + point(3, 2.5) + ",1,2\n",
        "hot.csv line 2: expected lat,lon or lat,lon,weight");
    assertError(
        ok + "45.0,7.0\n", "hot.csv line 2: 45.0,7.0 is off the map: expected a road within");
    assertError(
        "lat,lon\n\n", "hot.csv: expected a hot spot per line (lat,lon[,weight]), got none");
  }

  void assertError(String csv, String expected) {
    assertThatThrownBy(() -> model(csv))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining("fleet.hotspotsFile: ")
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(
            () -> GridModels.model(dir, "fleet:\n  vehicles: 1\n  hotspotsFile: missing.csv\n"))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining("fleet.hotspotsFile: expected an existing file, got ")
        .hasMessageContaining("missing.csv");
  }
}
