// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.geo.GridFixture;
import org.patrolsim.geo.LatLon;

/**
 * A 15 x 15 grid (100 m blocks, 1.4 x 1.4 km) and, 2 km east of it, a lone 300 m stretch of
 * motorway that joins nothing: GraphHopper drops it at import as a small disconnected piece.
 *
 * <pre>
 *   +--+-- ... --+
 *   |  |         |                      ====== (motorway, columns 34 to 37, row 7)
 *   +--+-- ... --+
 * </pre>
 */
class SnapCheckAndFootprintTest {
  @TempDir static Path dir;
  static RoadNetwork net;

  @BeforeAll
  static void load() {
    Path osm =
        new GridFixture(15)
            .withWay(
                "motorway",
                new double[] {7, 34},
                new double[] {7, 35},
                new double[] {7, 36},
                new double[] {7, 37})
            .write(dir, "grid-and-motorway");
    net = RoadNetwork.load(osm, dir.resolve("cache"));
  }

  @AfterAll
  static void close() {
    net.close();
  }

  @Test
  void aPointOnTheGridSnapsWithItsDistance() {
    SnapCheck check = net.check(GridFixture.at(3.3, 5)); // 30 m north of a junction, on a street
    assertThat(check).isInstanceOf(SnapCheck.OnNetwork.class);
    assertThat(((SnapCheck.OnNetwork) check).metres()).isCloseTo(0, within(0.5));
    SnapCheck beside =
        net.check(GridFixture.at(3.5, 5.4)); // a block's middle: 40 m from the nearest street
    assertThat(((SnapCheck.OnNetwork) beside).metres()).isCloseTo(40, within(1.0));
    assertThat(beside.reason()).isEqualTo("snaps to a road 40 m away");
    assertThat(((SnapCheck.OnNetwork) beside).position())
        .isEqualTo(net.snap(GridFixture.at(3.5, 5.4)).orElseThrow());
  }

  @Test
  void aPointBesideTheDroppedMotorwaySaysSoWithTheDistance() {
    LatLon nearMotorway = new LatLon(GridFixture.lat(7) + 24 / 111_320.0, GridFixture.lon(35.5));
    assertThat(net.snap(nearMotorway)).isEmpty();
    SnapCheck check = net.check(nearMotorway);
    assertThat(check).isInstanceOf(SnapCheck.NearDroppedPiece.class);
    SnapCheck.NearDroppedPiece dropped = (SnapCheck.NearDroppedPiece) check;
    assertThat(dropped.metres()).isCloseTo(24, within(0.5));
    assertThat(dropped.pieceRoadSegments()).isEqualTo(1); // GraphHopper keeps the way as one edge
    assertThat(check.reason())
        .startsWith(
            "the nearest road, 24 m away, was dropped at import as a small disconnected piece");
  }

  @Test
  void aPointFarFromEveryRoadIsOffTheNetwork() {
    SnapCheck check =
        net.check(GridFixture.at(7, 24)); // 1 km east of the grid, 1 km west of the motorway
    assertThat(check).isInstanceOf(SnapCheck.OffNetwork.class);
    assertThat(check.reason()).startsWith("no road within 500 m");
    SnapCheck outside = net.check(new LatLon(GridFixture.LAT0 - 0.5, GridFixture.LON0));
    assertThat(((SnapCheck.OffNetwork) outside).insideBounds()).isFalse();
    assertThat(outside.reason()).contains("outside the map's bounding box");
  }

  @Test
  void theFootprintShowsTheGridTheDroppedPieceAndHowLittleOfTheBoxIsCovered() {
    NetworkFootprint f = net.footprint();
    // 15 rows and 15 columns of 14 blocks of 100 m
    assertThat(f.routableKm()).isCloseTo(2 * 15 * 14 * 0.1, within(0.05));
    assertThat(f.droppedKm()).isCloseTo(0.3, within(0.01));
    assertThat(f.droppedPieces()).isEqualTo(1);
    assertThat(f.pieces()).isEqualTo(1);
    assertThat(f.largestPieceJunctions()).isEqualTo(225);
    assertThat(f.largestPieceKm()).isCloseTo(f.routableKm(), within(1e-9));
    // the grid covers 1.4 x 1.4 km of a box 3.7 km wide (to the motorway's end) and 1.4 km tall
    assertThat(f.hullKm2()).isCloseTo(1.96, within(0.02));
    assertThat(f.bboxKm2()).isCloseTo(3.7 * 1.4, within(0.05));
    assertThat(f.hullShareOfBbox()).isCloseTo(1.96 / (3.7 * 1.4), within(0.01));
    assertThat(
            f.hull()
                .contains(
                    f.hull()
                        .getFactory()
                        .createPoint(
                            new org.locationtech.jts.geom.Coordinate(
                                GridFixture.lon(7), GridFixture.lat(7)))))
        .isTrue();
  }
}
