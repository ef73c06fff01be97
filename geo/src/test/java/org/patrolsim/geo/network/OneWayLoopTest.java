// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.TestMaps;

/**
 * A hand-written map (200 m blocks), islands kept:
 *
 * <pre>
 *   1 ----- 2 ----- 3          7 ----- 8 ----- 9   (an island, 2.6 km east)
 *   |               |
 *   4 ----> 5 ----> 6          (4 -> 6 is one-way)
 * </pre>
 */
class OneWayLoopTest {
  static final double LAT0 = 50.0;
  static final double LON0 = 10.0;
  static final double DLAT = 200 / 111320.0;
  static final double DLON = 200 / (111320.0 * Math.cos(Math.toRadians(LAT0)));
  static RoadNetwork net;
  static TravelTimes oracle;

  @BeforeAll
  static void load() {
    net =
        RoadNetwork.load(
            Path.of("src/test/resources/maps/one-way-loop-and-island.osm"), TestMaps.cacheDir(), 0);
    oracle = net.travelTimes();
  }

  @AfterAll
  static void close() {
    net.close();
  }

  static NetworkPosition at(double row, double col) {
    return net.snap(new LatLon(LAT0 + row * DLAT, LON0 + col * DLON)).orElseThrow();
  }

  @Test
  void oneWayStreetTakesTheLongWayBack() {
    NetworkPosition west = at(-1, 0.5);
    NetworkPosition east = at(-1, 1.5);
    double along = oracle.seconds(west, east, TravelConditions.FREE_FLOW);
    double back = oracle.seconds(east, west, TravelConditions.FREE_FLOW);
    Route alongRoute = oracle.route(west, east, TravelConditions.FREE_FLOW);
    Route backRoute = oracle.route(east, west, TravelConditions.FREE_FLOW);
    assertThat(alongRoute.metres()).isCloseTo(200, within(5.0));
    // back: 100 m to node 6, up 200 m, west 400 m, down 200 m, 100 m to the point
    assertThat(backRoute.metres()).isCloseTo(1000, within(10.0));
    assertThat(back).isGreaterThan(3 * along);
    assertThat(alongRoute.seconds()).isEqualTo(along);
  }

  @Test
  void aMovingCarDrivesOnToTheEndOfItsStreetFirst() {
    NetworkPosition parked = at(0, 1.5); // between 2 and 3
    NetworkPosition target = at(0, 0.5); // between 1 and 2, behind it
    Route towardsEast = oracle.route(target, at(0, 1.9), TravelConditions.FREE_FLOW);
    NetworkPosition movingEast = towardsEast.positionAt(towardsEast.seconds() * 0.6);
    assertThat(movingEast.moving()).isTrue();
    double stationary = oracle.seconds(movingEast.stationary(), target, TravelConditions.FREE_FLOW);
    double moving = oracle.seconds(movingEast, target, TravelConditions.FREE_FLOW);
    assertThat(moving).isGreaterThan(stationary);
    assertThat(oracle.seconds(parked, target, TravelConditions.FREE_FLOW)).isLessThan(moving);
  }

  @Test
  void theIslandIsUnreachableNeverZeroNorAnException() {
    NetworkPosition island = at(0, 16);
    NetworkPosition mainland = at(0, 1);
    double[] seconds =
        oracle.secondsTo(List.of(mainland, island), island, TravelConditions.FREE_FLOW);
    assertThat(seconds[0]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(seconds[1]).isEqualTo(0.0);
    Route route = oracle.route(mainland, island, TravelConditions.FREE_FLOW);
    assertThat(route.reachable()).isFalse();
    assertThat(route.seconds()).isInfinite();
    assertThat(route.geometry()).isEmpty();
  }

  @Test
  void farFromAnyRoadIsOffTheNetwork() {
    assertThat(net.snap(new LatLon(LAT0 + 10 * DLAT, LON0))).isEmpty();
    assertThat(net.snap(new LatLon(0, 0))).isEmpty();
  }

  @Test
  void speedFactorAndCongestionScaleTheWholeTrip() {
    NetworkPosition a = at(0, 0);
    NetworkPosition b = at(-1, 2);
    double free = oracle.seconds(a, b, TravelConditions.FREE_FLOW);
    assertThat(oracle.seconds(a, b, TravelConditions.FREE_FLOW.withSpeedFactor(0.5)))
        .isCloseTo(2 * free, within(1e-9));
    TravelConditions rush =
        TravelConditions.FREE_FLOW.withCongestion(CongestionProfile.typicalWeekday()).atHour(8);
    assertThat(oracle.seconds(a, b, rush)).isCloseTo(1.5 * free, within(1e-9));
    assertThat(oracle.seconds(a, b, rush.atHour(3))).isCloseTo(free, within(1e-9));
  }
}
