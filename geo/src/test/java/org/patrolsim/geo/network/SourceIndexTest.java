// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.TestMaps;

/**
 * {@link TravelTimes#nearest(SourceIndex, long, IntPredicate, int, NetworkPosition, int,
 * TravelConditions)} gives exactly what sorting the full scan of the eligible sources' positions
 * gives, on 10,000 random draws per real map: a fleet kept in one index while its cars park, drive
 * routes (asked before, during and after the drive), leave and come back between queries; fleets of
 * 1 to 500 cars on grids sized for anything from 1 to 1,000; every car, every other car or every
 * third eligible, with the exact count of eligible cars or only an upper bound; k = 1 and 3.
 */
@IntegrationTest
class SourceIndexTest {
  private static final int DRAWS = 10_000;
  private static final int PHASE = 250;
  private static final int POOL = NearestSourcesTest.POOL;
  private static final int ROUTES = 200;

  @ParameterizedTest
  @MethodSource("org.patrolsim.geo.network.NearestSourcesTest#maps")
  void nearestInTheIndexEqualsTheSortedFullScan(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      TravelTimes oracle = net.travelTimes();
      List<NetworkPosition> pool = NearestSourcesTest.pool(net);
      SplittableRandom random = new SplittableRandom(23);
      List<Route> routes = routes(oracle, pool, random);
      SourceIndex index = null;
      int n = 0;
      for (int draw = 0; draw < DRAWS; draw++) {
        if (draw % PHASE == 0) {
          n = (int) Math.floor(Math.pow(500, random.nextDouble())); // 1..500, log-uniform
          index = oracle.sourceIndex(1 + random.nextInt(1000));
          for (int car = 0; car < n; car++) {
            place(index, car, pool, routes, random);
          }
        }
        for (int change = random.nextInt(6); change > 0; change--) {
          int car = random.nextInt(n);
          if (random.nextInt(8) == 0) {
            index.remove(car);
          } else {
            place(index, car, pool, routes, random);
          }
        }
        long now = random.nextLong(3_600_000);
        int mod = 1 + random.nextInt(3);
        IntPredicate eligible = car -> car % mod == 0;
        List<Integer> numbers = new ArrayList<>();
        List<NetworkPosition> positions = new ArrayList<>();
        for (int car = 0; car < n; car++) {
          if (index.contains(car) && eligible.test(car)) {
            numbers.add(car);
            positions.add(index.positionAt(car, now));
          }
        }
        int members = random.nextBoolean() ? numbers.size() : index.size();
        NetworkPosition call = pool.get(random.nextInt(POOL));
        TravelConditions c =
            draw % 2 == 0
                ? TravelConditions.FREE_FLOW
                : TravelConditions.FREE_FLOW.withSpeedFactor(1.3);
        for (int k : new int[] {1, 3}) {
          List<RankedSource> expected = new ArrayList<>();
          for (RankedSource r : oracle.nearestByFullScan(positions, call, k, c)) {
            expected.add(new RankedSource(numbers.get(r.source()), r.seconds()));
          }
          List<RankedSource> actual = oracle.nearest(index, now, eligible, members, call, k, c);
          assertThat(actual)
              .as("draw %d on %s, %d cars, k = %d", draw, mapFile, n, k)
              .isEqualTo(expected);
        }
      }
    }
  }

  /**
   * A call in the middle of a long street is entered from both its ends, which may lie many cells
   * apart: cars near either end must be found. The longest two-way streets of each map with places
   * within 500 m of both ends, on grids of cells a few tens of metres wide, six cars around each
   * end.
   */
  @ParameterizedTest
  @MethodSource("org.patrolsim.geo.network.NearestSourcesTest#maps")
  void aCallOnALongStreetFindsTheCarsAtItsFarEnd(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      EdgeTable edges = net.edgeTable();
      CrowFlight crow = new CrowFlight(net.graphHopper().getBaseGraph(), edges);
      TravelTimes oracle = net.travelTimes();
      List<NetworkPosition> pool = NearestSourcesTest.pool(net);
      List<Integer> longest = new ArrayList<>();
      for (int e = 0; e < edges.edges(); e++) {
        if (edges.weight(2 * e) < Double.POSITIVE_INFINITY
            && edges.weight(2 * e + 1) < Double.POSITIVE_INFINITY) {
          longest.add(e);
        }
      }
      longest.sort((a, b) -> Double.compare(edges.metres(b), edges.metres(a)));
      // the longest streets with pool places near both ends
      List<Integer> streets = new ArrayList<>();
      List<List<List<NetworkPosition>>> near = new ArrayList<>();
      for (int i = 0; i < longest.size() && streets.size() < 50; i++) {
        int edge = longest.get(i);
        List<List<NetworkPosition>> byEnd = List.of(new ArrayList<>(), new ArrayList<>());
        for (NetworkPosition p : pool) {
          for (int end = 0; end < 2; end++) {
            if (p.edge() != edge
                && crow.metres(
                        edges.from(p.edgeKey()),
                        end == 0 ? edges.from(2 * edge) : edges.to(2 * edge))
                    < 500) {
              byEnd.get(end).add(p);
            }
          }
        }
        if (byEnd.get(0).size() >= 3 && byEnd.get(1).size() >= 3) {
          streets.add(edge);
          near.add(byEnd);
        }
      }
      assertThat(streets).as("long streets with places near both ends").hasSizeGreaterThan(10);
      SplittableRandom random = new SplittableRandom(37);
      for (int draw = 0; draw < 300; draw++) {
        int street = random.nextInt(streets.size());
        int edge = streets.get(street);
        NetworkPosition call =
            new NetworkPosition(
                2 * edge, 0.3 + 0.4 * random.nextDouble(), pool.get(0).point(), false);
        SourceIndex index = oracle.sourceIndex(2_000 + random.nextInt(20_000));
        List<NetworkPosition> fleet = new ArrayList<>();
        for (int car = 0; car < 12; car++) {
          List<NetworkPosition> places = near.get(street).get(car % 2);
          NetworkPosition p = places.get(random.nextInt(places.size()));
          index.park(car, random.nextBoolean() ? p : p.movingOn());
          fleet.add(index.positionAt(car, 0));
        }
        for (int k : new int[] {1, 3}) {
          assertThat(
                  oracle.nearest(
                      index, 0, car -> true, fleet.size(), call, k, TravelConditions.FREE_FLOW))
              .as(
                  "draw %d on %s: a call on edge %d of %.0f m",
                  draw, mapFile, edge, edges.metres(edge))
              .isEqualTo(oracle.nearestByFullScan(fleet, call, k, TravelConditions.FREE_FLOW));
        }
      }
    }
  }

  /**
   * What the index is for: on Campo Grande with 500 cars, each driving a route about a beat long
   * (the map's rectangle shared by the cars) or parked, a query places and bounds only the cars
   * near the call: under a tenth of the fleet on average (24 cars, 5 %, when this test was
   * written).
   */
  @Test
  void aQueryMeetsOnlyTheCarsNearTheCall() {
    try (RoadNetwork net =
        RoadNetwork.load(TestMaps.map("campo-grande.osm.gz"), TestMaps.cacheDir())) {
      TravelTimes oracle = net.travelTimes();
      List<NetworkPosition> pool = NearestSourcesTest.pool(net);
      SplittableRandom random = new SplittableRandom(31);
      int cars = 500;
      Bounds b = net.bounds();
      double width =
          (b.maxLon() - b.minLon())
              * 111_320
              * Math.cos(Math.toRadians((b.minLat() + b.maxLat()) / 2));
      double beat = Math.sqrt(width * (b.maxLat() - b.minLat()) * 110_540 / cars);
      SourceIndex index = oracle.sourceIndex(cars);
      long met = 0;
      int queries = 1000;
      for (int car = 0; car < cars; car++) {
        index.park(car, pool.get(random.nextInt(POOL)));
      }
      for (int q = 0; q < queries; q++) {
        int car = random.nextInt(cars);
        NetworkPosition from = index.positionAt(car, 0).stationary();
        NetworkPosition to = pool.get(random.nextInt(POOL));
        Route leg = oracle.route(from, to, TravelConditions.FREE_FLOW);
        if (leg.reachable() && leg.metres() < 2 * beat) {
          index.drive(car, leg, -random.nextLong(1 + (long) (leg.seconds() * 1000)));
        }
        oracle.nearest(
            index,
            0,
            c -> true,
            cars,
            pool.get(random.nextInt(POOL)),
            1,
            TravelConditions.FREE_FLOW);
        met += oracle.lastIndexMet();
      }
      assertThat(met / (double) queries)
          .as("cars met per query, of %d", cars)
          .isLessThan(cars / 10.0);
    }
  }

  /**
   * The index's bound for a driving car rests on this: every node the car may leave an edge by (the
   * end node of every leg, both ends of the start's and the end's edge) lies within {@link
   * Route#WAYPOINT_METRES} in a straight line of a node the car is entered under.
   */
  @ParameterizedTest
  @MethodSource("org.patrolsim.geo.network.NearestSourcesTest#maps")
  void everyNodeADrivingCarMayLeaveByLiesNearAWaypointNode(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      EdgeTable edges = net.edgeTable();
      CrowFlight crow = new CrowFlight(net.graphHopper().getBaseGraph(), edges);
      TravelTimes oracle = net.travelTimes();
      List<NetworkPosition> pool = NearestSourcesTest.pool(net);
      SplittableRandom random = new SplittableRandom(29);
      int legs = 0;
      for (Route route : routes(oracle, pool, random)) {
        int[] kept = route.waypointNodes();
        assertThat(kept.length)
            .as("waypoints of %s", route)
            .isLessThanOrEqualTo(route.legs().size() + 4);
        List<Integer> exits =
            new ArrayList<>(
                List.of(
                    edges.from(route.from().edgeKey()),
                    edges.to(route.from().edgeKey()),
                    edges.from(route.to().edgeKey()),
                    edges.to(route.to().edgeKey())));
        route.legs().forEach(leg -> exits.add(edges.to(leg.edgeKey())));
        for (int node : exits) {
          double nearest = Double.POSITIVE_INFINITY;
          for (int w : kept) {
            nearest = Math.min(nearest, crow.metres(node, w));
          }
          assertThat(nearest)
              .as("node %d of %s", node, route)
              .isLessThanOrEqualTo(Route.WAYPOINT_METRES);
        }
        legs += route.legs().size();
      }
      assertThat(legs)
          .as("the routes are long enough to be thinned out")
          .isGreaterThan(20 * ROUTES);
    }
  }

  @Test
  void equalTimesAreRankedBySourceNumberAndTheFullScanRankingAgrees() {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir())) {
      List<NetworkPosition> pool = NearestSourcesTest.pool(net);
      TravelTimes oracle = net.travelTimes();
      SourceIndex index = oracle.sourceIndex(5);
      NetworkPosition twin = pool.get(7);
      index.park(4, twin);
      index.park(0, pool.get(8));
      index.park(2, twin);
      index.park(9, twin);
      List<RankedSource> ranked =
          oracle.nearest(index, 0, car -> true, 4, pool.get(10), 4, TravelConditions.FREE_FLOW);
      assertThat(ranked.stream().map(RankedSource::source).filter(i -> i != 0))
          .containsExactly(2, 4, 9);
      assertThat(
              net.withFullScanRanking()
                  .travelTimes()
                  .nearest(index, 0, car -> true, 4, pool.get(10), 4, TravelConditions.FREE_FLOW))
          .isEqualTo(ranked);
    }
  }

  @Test
  void aCarDrivingARouteIsWhereTheRouteSaysAndLeavesNoTraceWhenMoved() {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir())) {
      List<NetworkPosition> pool = NearestSourcesTest.pool(net);
      TravelTimes oracle = net.travelTimes();
      Route route = oracle.route(pool.get(1), pool.get(2), TravelConditions.FREE_FLOW);
      SourceIndex index = oracle.sourceIndex(3);
      index.drive(0, route, 60_000);
      assertThat(index.positionAt(0, 30_000)).isEqualTo(route.from());
      assertThat(index.positionAt(0, 60_000 + 5_000)).isEqualTo(route.positionAt(5.0));
      assertThat(index.size()).isEqualTo(1);
      index.park(0, pool.get(3));
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.positionAt(0, 65_000)).isEqualTo(pool.get(3));
      List<RankedSource> near =
          oracle.nearest(index, 65_000, car -> true, 1, route.to(), 1, TravelConditions.FREE_FLOW);
      assertThat(near)
          .containsExactly(
              new RankedSource(
                  0, oracle.seconds(pool.get(3), route.to(), TravelConditions.FREE_FLOW)));
      index.remove(0);
      assertThat(index.size()).isZero();
      assertThat(index.contains(0)).isFalse();
      assertThat(
              oracle.nearest(index, 0, car -> true, 1, route.to(), 1, TravelConditions.FREE_FLOW))
          .isEmpty();
      assertThatThrownBy(() -> index.positionAt(0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not in the index");
      assertThatThrownBy(() -> index.drive(1, Route.unreachable(pool.get(1), pool.get(2)), 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unreachable");
    }
  }

  /**
   * Parks the car at a pool position (parked or moving on) or sets it driving a route from a recent
   * time.
   */
  private static void place(
      SourceIndex index,
      int car,
      List<NetworkPosition> pool,
      List<Route> routes,
      SplittableRandom random) {
    int roll = random.nextInt(3);
    if (roll == 0) {
      index.park(car, pool.get(random.nextInt(POOL)));
    } else if (roll == 1) {
      index.park(car, pool.get(random.nextInt(POOL)).movingOn());
    } else {
      index.drive(car, routes.get(random.nextInt(routes.size())), random.nextLong(3_600_000));
    }
  }

  private static List<Route> routes(
      TravelTimes oracle, List<NetworkPosition> pool, SplittableRandom random) {
    List<Route> routes = new ArrayList<>();
    while (routes.size() < ROUTES) {
      Route r =
          oracle.route(
              pool.get(random.nextInt(POOL)),
              pool.get(random.nextInt(POOL)),
              TravelConditions.FREE_FLOW);
      if (r.reachable()) {
        routes.add(random.nextBoolean() ? r : r.scaled(1.5));
      }
    }
    return routes;
  }
}
