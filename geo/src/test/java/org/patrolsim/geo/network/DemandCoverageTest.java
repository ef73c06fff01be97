// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.TestMaps;
import org.patrolsim.geo.network.TravelTimes.CoverageShares;
import org.patrolsim.geo.network.TravelTimes.Demand;
import org.patrolsim.geo.network.TravelTimes.PreparedDemand;
import org.patrolsim.geo.network.TravelTimes.Responders;

/**
 * Demand-weighted coverage on the hand-written map of {@link OneWayLoopTest} (200 m blocks):
 *
 * <pre>
 *   car                team
 *   1 --A-- 2 ----- 3          7 --D-- 8 ----- 9   (an island)
 *   |               |
 *   4 --C-> 5 --B-> 6          (4 -> 6 is one-way)
 * </pre>
 *
 * A car parked at 1 and a team at 3; calls expected at A (weight 1), C (3), B (2) and D (4). By
 * road the car is 100 m from A, 300 m from C and 500 m from B; the team is 300 m from A, 700 m from
 * C and 900 m from B (the one-way street keeps it from coming back along 6 -> 5); nobody reaches D.
 */
class DemandCoverageTest {
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
  void theShareOfExpectedCallsWithinReachIsTheHandCount() {
    NetworkPosition car = at(0, 0);
    NetworkPosition team = at(0, 2);
    List<NetworkPosition> places = List.of(at(0, 0.5), at(-1, 0.5), at(-1, 1.5), at(0, 16.5));
    Demand demand = new Demand(places, new double[] {1, 3, 2, 4});
    double block = oracle.seconds(car, places.get(0), TravelConditions.FREE_FLOW); // 100 m
    // the map's roads have one speed: road times are proportional to the metres above
    assertThat(oracle.seconds(car, places.get(1), TravelConditions.FREE_FLOW))
        .isCloseTo(3 * block, within(0.05 * block));
    assertThat(oracle.seconds(team, places.get(2), TravelConditions.FREE_FLOW))
        .isCloseTo(9 * block, within(0.05 * block));

    // 350 m of time each: the car reaches A and C (weights 1 + 3), the team only A
    Responders cars = new Responders(List.of(car), 3.5 * block, TravelConditions.FREE_FLOW);
    Responders teams = new Responders(List.of(team), 3.5 * block, TravelConditions.FREE_FLOW);
    assertThat(oracle.coverage(List.of(cars, teams), demand, null).demand())
        .isCloseTo(0.4, within(1e-12));
    // the team with 950 m of time reaches B too (weight 2), which the car cannot in 350 m
    Responders farTeams = new Responders(List.of(team), 9.5 * block, TravelConditions.FREE_FLOW);
    assertThat(oracle.coverage(List.of(cars, farTeams), demand, null).demand())
        .isCloseTo(0.6, within(1e-12));
    // the team alone at 950 m: A, C and B
    assertThat(oracle.coverage(List.of(farTeams), demand, null).demand())
        .isCloseTo(0.6, within(1e-12));
    // the same 950 m of time at half speed is 475 m of road: A only
    Responders slowTeams =
        new Responders(List.of(team), 9.5 * block, TravelConditions.FREE_FLOW.withSpeedFactor(0.5));
    assertThat(oracle.coverage(List.of(slowTeams), demand, null).demand())
        .isCloseTo(0.1, within(1e-12));
    // nobody free: nothing covered
    assertThat(
            oracle.coverage(
                List.of(new Responders(List.of(), 3600, TravelConditions.FREE_FLOW)), demand, null))
        .isEqualTo(new CoverageShares(0, 0));
  }

  @Test
  void withOneKindTheRoadShareIsTheSingleKindCoverage() {
    List<NetworkPosition> cars = List.of(at(0, 0), at(-1, 1.2));
    TravelConditions c = TravelConditions.FREE_FLOW.withSpeedFactor(1.2);
    double[] one = new double[net.edgeCount()];
    double[] kinds = new double[net.edgeCount()];
    double share = oracle.shareOfRoadWithin(cars, 40, c, one);
    CoverageShares both = oracle.coverage(List.of(new Responders(cars, 40, c)), Demand.NONE, kinds);
    assertThat(both.road()).isEqualTo(share);
    assertThat(kinds).containsExactly(one);
    // two kinds with different time: the union of what each kind covers alone
    Responders a = new Responders(List.of(at(0, 0)), 30, c);
    Responders b = new Responders(List.of(at(-1, 1.2)), 20, TravelConditions.FREE_FLOW);
    double alone =
        oracle.coverage(List.of(a), Demand.NONE, null).road()
            + oracle.coverage(List.of(b), Demand.NONE, null).road();
    double together = oracle.coverage(List.of(a, b), Demand.NONE, null).road();
    assertThat(together).isGreaterThan(0).isLessThanOrEqualTo(alone + 1e-12);
  }

  @Test
  void aPreparedDemandServesEverySampleWithTheHandCount() {
    List<NetworkPosition> places = List.of(at(0, 0.5), at(-1, 0.5), at(-1, 1.5), at(0, 16.5));
    PreparedDemand demand = oracle.prepare(new Demand(places, new double[] {1, 3, 2, 4}));
    double block = oracle.seconds(at(0, 0), places.get(0), TravelConditions.FREE_FLOW);
    Responders cars = new Responders(List.of(at(0, 0)), 3.5 * block, TravelConditions.FREE_FLOW);
    Responders teams = new Responders(List.of(at(0, 2)), 9.5 * block, TravelConditions.FREE_FLOW);
    // the same prepared places, sample after sample, with other units each time
    assertThat(oracle.coverage(List.of(cars), demand, null).demand()).isCloseTo(0.4, within(1e-12));
    assertThat(oracle.coverage(List.of(teams), demand, null).demand())
        .isCloseTo(0.6, within(1e-12));
    assertThat(oracle.coverage(List.of(cars, teams), demand, null).demand())
        .isCloseTo(0.6, within(1e-12));
    assertThat(oracle.coverage(List.of(cars), demand, null).demand()).isCloseTo(0.4, within(1e-12));
    // the uncached oracle shares the network's layout, so it takes the same prepared places
    assertThat(oracle.uncached().coverage(List.of(cars), demand, null))
        .isEqualTo(oracle.coverage(List.of(cars), demand, null));
  }

  @Test
  void aDemandPreparedForAnotherNetworkIsRefused() {
    try (RoadNetwork other =
        RoadNetwork.load(
            Path.of("src/test/resources/maps/one-way-loop-and-island.osm"),
            TestMaps.cacheDir(),
            0)) {
      PreparedDemand elsewhere =
          other.travelTimes().prepare(new Demand(List.of(at(0, 0.5)), new double[] {1}));
      Responders cars = new Responders(List.of(at(0, 0)), 60, TravelConditions.FREE_FLOW);
      assertThatThrownBy(() -> oracle.coverage(List.of(cars), elsewhere, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("another network");
    }
  }
}
