// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.patrolsim.geo.GridFixture;
import org.patrolsim.geo.LatLon;

/**
 * A 15 x 15 grid (100 m blocks) cut by a river between rows 7 and 8, crossed by one bridge at
 * column 13:
 *
 * <pre>
 *  row 14  +--+-- ... --N--+--+    station "north" at (14, 9)
 *  row 8   +--+-- ... --+--+--+    north bank; a call at (8, 1.5)
 *          ~~ river ~~~~~~~|~~     the bridge: column 13
 *  row 7   +-W+-- ... --+--+--+    south bank: station "west" at (7, 1)
 * </pre>
 *
 * The call is 112 m from west across the water and 960 m from north in a straight line, but west's
 * cars must drive 1.2 km east to the bridge and back: north reaches it first.
 */
class RoadCatchmentsTest {
  @TempDir static Path dir;
  static RoadNetwork net;

  @BeforeAll
  static void load() {
    GridFixture grid = new GridFixture(15);
    for (int c = 0; c < 15; c++) {
      if (c != 13) {
        grid.withoutNorthBlock(7, c);
      }
    }
    net = RoadNetwork.load(grid.write(dir, "river"), dir.resolve("cache"));
  }

  @AfterAll
  static void close() {
    net.close();
  }

  static NetworkPosition at(double row, double col) {
    return net.snap(GridFixture.at(row, col)).orElseThrow();
  }

  @Test
  void aCallAcrossTheRiverBelongsToTheStationThatReachesItFirstByRoad() {
    // station "west" on the south bank at (7, 1); station "north" far up the north bank at (14, 9)
    NetworkPosition west = at(7, 1);
    NetworkPosition north = at(14, 9);
    NetworkPosition call = at(8, 1.5); // 112 m from west across the water, 960 m from north
    assertThat(metres(call.point(), west.point()))
        .isLessThan(metres(call.point(), north.point()) / 5);
    RoadCatchments c = net.catchments(List.of(west, north));
    assertThat(c.sourceOf(call)).isEqualTo(1);
    // and the road times agree with the oracle's
    double fromWest = net.travelTimes().seconds(west, call, TravelConditions.FREE_FLOW);
    double fromNorth = net.travelTimes().seconds(north, call, TravelConditions.FREE_FLOW);
    assertThat(fromNorth).isLessThan(fromWest);
    assertThat(c.secondsTo(call)).isCloseTo(fromNorth, within(0.5));
    // on the south bank, west's own side, west stays first
    assertThat(c.sourceOf(at(6, 2.5))).isEqualTo(0);
  }

  @Test
  void tiesGoToTheSourceListedFirstAndEverySourceOwnsItsOwnPlace() {
    NetworkPosition a = at(3, 3);
    NetworkPosition b = at(11, 11);
    RoadCatchments c = net.catchments(List.of(a, b, a));
    assertThat(c.sourceOf(a)).isZero();
    assertThat(c.sourceOf(b)).isEqualTo(1);
    assertThat(c.secondsTo(a)).isZero();
  }

  @Test
  void theAreasCoverEverySourcesOwnPlaceAndFollowTheRoadSplit() {
    NetworkPosition west = at(7, 1);
    NetworkPosition north = at(14, 9);
    RoadCatchments c = net.catchments(List.of(west, north));
    List<Geometry> areas = c.areas(500);
    assertThat(areas).hasSize(2);
    assertThat(areas).allSatisfy(a -> assertThat(a.isValid()).isTrue());
    assertThat(contains(areas.get(0), west.point())).isTrue();
    assertThat(contains(areas.get(1), north.point())).isTrue();
    // the north bank's west end is north's by road, though west is across the water
    assertThat(contains(areas.get(1), GridFixture.at(8.2, 1.5))).isTrue();
    assertThat(contains(areas.get(0), GridFixture.at(6.8, 1.5))).isTrue();
    // together they cover the whole network and the 500 m margin around it, without overlapping
    double overlap = areas.get(0).intersection(areas.get(1)).getArea();
    assertThat(overlap).isLessThan(1e-10);
    assertThat(contains(areas.get(0).union(areas.get(1)), GridFixture.at(-4, -4))).isTrue();
  }

  static boolean contains(Geometry area, LatLon p) {
    return area.covers(area.getFactory().createPoint(new Coordinate(p.lon(), p.lat())));
  }

  static double metres(LatLon a, LatLon b) {
    double dLat = (a.lat() - b.lat()) * 111_320;
    double dLon = (a.lon() - b.lon()) * 111_320 * Math.cos(Math.toRadians(a.lat()));
    return Math.hypot(dLat, dLon);
  }
}
