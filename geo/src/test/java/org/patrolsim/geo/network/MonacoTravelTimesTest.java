// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.TestMaps;

/** Travel times on the real map of Monaco (dense, steep, many one-way streets). */
@IntegrationTest
class MonacoTravelTimesTest {
  static RoadNetwork net;
  static TravelTimes oracle;

  @BeforeAll
  static void load() {
    net = RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir());
    oracle = net.travelTimes();
  }

  @AfterAll
  static void close() {
    net.close();
  }

  @Test
  void aOneWayStreetGivesDifferentTimesInItsTwoDirections() {
    EdgeTable edges = net.edgeTable();
    int oneWay = -1;
    for (int key = 0; key < 2 * edges.edges() && oneWay < 0; key++) {
      if (edges.weight(key) < Double.POSITIVE_INFINITY
          && edges.weight(key ^ 1) == Double.POSITIVE_INFINITY
          && edges.metres(key >>> 1) > 80) {
        oneWay = key;
      }
    }
    assertThat(oneWay).as("Monaco has one-way streets").isNotNegative();
    NetworkPosition a = new NetworkPosition(oneWay, 0.2, edges.pointAt(oneWay, 0.2), false);
    NetworkPosition b = new NetworkPosition(oneWay, 0.8, edges.pointAt(oneWay, 0.8), false);
    double forward = oracle.seconds(a, b, TravelConditions.FREE_FLOW);
    double backward = oracle.seconds(b, a, TravelConditions.FREE_FLOW);
    assertThat(forward).isCloseTo(0.6 * edges.millis(oneWay) / 1000, within(0.01));
    assertThat(backward).isGreaterThan(forward + 1);
  }

  @Test
  void aPointInTheSeaOrOffTheMapIsOffTheNetwork() {
    assertThat(net.snap(new LatLon(43.715, 7.445))).as("2 km out at sea").isEmpty();
    assertThat(net.snap(new LatLon(48.85, 2.35))).as("Paris, far off this map").isEmpty();
    assertThat(net.snap(new LatLon(43.7384, 7.4246))).isPresent();
  }

  @Test
  void routeAgreesWithOneToManyAndCarsMoveAlongIt() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 50; i++) {
      NetworkPosition from = AgainstGraphHopperTest.randomPosition(net, random);
      NetworkPosition to = AgainstGraphHopperTest.randomPosition(net, random);
      Route route = oracle.route(from, to, TravelConditions.FREE_FLOW);
      assertThat(route.seconds()).isEqualTo(oracle.seconds(from, to, TravelConditions.FREE_FLOW));
      assertThat(route.positionAt(0)).isEqualTo(from);
      assertThat(route.positionAt(route.seconds() + 1)).isEqualTo(to);
      List<LatLon> line = route.geometry();
      assertThat(line.get(0)).isEqualTo(from.point());
      assertThat(line.get(line.size() - 1)).isEqualTo(to.point());
      double elapsed = route.seconds() * 0.4;
      NetworkPosition midway = route.positionAt(elapsed);
      assertThat(midway.moving()).isTrue();
      // a car on its way needs the rest of the trip, not more (it already faces the right way)
      assertThat(oracle.seconds(midway, to, TravelConditions.FREE_FLOW))
          .isCloseTo(route.seconds() - elapsed, within(0.5));
    }
  }

  @Test
  void concurrentCallersGetExactlyTheSameAnswersAsOneCaller() throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    List<NetworkPosition> cars = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      cars.add(AgainstGraphHopperTest.randomPosition(net, random));
    }
    List<NetworkPosition> targets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      targets.add(AgainstGraphHopperTest.randomPosition(net, random));
    }
    List<double[]> serial = new ArrayList<>();
    for (NetworkPosition t : targets) {
      serial.add(oracle.secondsTo(cars, t, TravelConditions.FREE_FLOW));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> parallel = new ArrayList<>();
      for (NetworkPosition t : targets) {
        parallel.add(pool.submit(() -> oracle.secondsTo(cars, t, TravelConditions.FREE_FLOW)));
      }
      for (int i = 0; i < targets.size(); i++) {
        assertThat(Arrays.equals(parallel.get(i).get(), serial.get(i))).as("target %d", i).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void coverageGrowsWithTimeAndReachesTheWholeNetwork() {
    SplittableRandom random = new SplittableRandom(3);
    List<NetworkPosition> cars = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      cars.add(AgainstGraphHopperTest.randomPosition(net, random));
    }
    double none = oracle.shareOfRoadWithin(cars, 0, TravelConditions.FREE_FLOW);
    double one = oracle.shareOfRoadWithin(cars, 60, TravelConditions.FREE_FLOW);
    double three = oracle.shareOfRoadWithin(cars, 180, TravelConditions.FREE_FLOW);
    double all = oracle.shareOfRoadWithin(cars, 3600, TravelConditions.FREE_FLOW);
    assertThat(none).isZero();
    assertThat(one).isGreaterThan(0).isLessThan(three);
    assertThat(three).isLessThan(all);
    assertThat(all).isCloseTo(1.0, within(1e-9));
    // a slower pace covers less in the same time
    assertThat(oracle.shareOfRoadWithin(cars, 180, TravelConditions.FREE_FLOW.withSpeedFactor(0.5)))
        .isLessThan(three);
  }

  /**
   * Coverage against a brute force: the share computed from {@code secondsTo} for the start node of
   * every edge. Coverage follows the hierarchy by time, so it may find faster real paths than the
   * weight-optimal ones, never slower: it is at least the brute-force share.
   */
  @Test
  void coverageIsAtLeastWhatTheTimeToEveryNodeAskedOneByOneGives() {
    SplittableRandom random = new SplittableRandom(5);
    List<NetworkPosition> cars = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      cars.add(AgainstGraphHopperTest.randomPosition(net, random));
    }
    cars.set(0, cars.get(0).movingOn());
    for (double budget : new double[] {60, 150, 300}) {
      double share = oracle.shareOfRoadWithin(cars, budget, TravelConditions.FREE_FLOW);
      assertThat(share).isGreaterThanOrEqualTo(bruteForceShare(cars, budget) - 1e-9);
      assertThat(share).isLessThanOrEqualTo(bruteForceShare(cars, budget * 1.1) + 1e-9);
    }
    double before = oracle.shareOfRoadWithin(cars.subList(0, 3), 150, TravelConditions.FREE_FLOW);
    assertThat(oracle.shareOfRoadWithin(cars, 150, TravelConditions.FREE_FLOW))
        .isGreaterThanOrEqualTo(before);
  }

  private static double bruteForceShare(List<NetworkPosition> cars, double budget) {
    EdgeTable edges = net.edgeTable();
    double covered = 0;
    double total = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (!edges.routable(e)) {
        continue;
      }
      double part = 0;
      for (int key = 2 * e; key <= 2 * e + 1; key++) {
        if (edges.millis(key) < Double.POSITIVE_INFINITY) {
          // the time to the edge's start node: a target at fraction 0 of the edge
          NetworkPosition start = new NetworkPosition(key, 0, edges.pointAt(key, 0), false);
          double arrive =
              Arrays.stream(oracle.secondsTo(cars, start, TravelConditions.FREE_FLOW))
                  .min()
                  .orElseThrow();
          part += Math.max(0, Math.min(1, (budget - arrive) * 1000 / edges.millis(key)));
        }
      }
      covered += Math.min(1, part) * edges.metres(e);
      total += edges.metres(e);
    }
    return covered / total;
  }

  @Test
  void roadPointsInAnAreaAreInsideItAndRepeatable() {
    GeometryFactory f = new GeometryFactory();
    Geometry area =
        f.createPolygon(
            new Coordinate[] {
              new Coordinate(7.415, 43.730),
              new Coordinate(7.425, 43.730),
              new Coordinate(7.425, 43.740),
              new Coordinate(7.415, 43.740),
              new Coordinate(7.415, 43.730)
            });
    List<NetworkPosition> a = net.roadPointsIn(area, 100, 5);
    List<NetworkPosition> b = net.roadPointsIn(area, 100, 5);
    assertThat(a).hasSize(100).isEqualTo(b);
    assertThat(net.roadPointsIn(area, 100, 6)).isNotEqualTo(a);
    for (NetworkPosition p : a) {
      // the edge's midpoint is inside; the point itself is at most one edge away
      assertThat(
              area.getEnvelopeInternal()
                  .distance(
                      f.createPoint(new Coordinate(p.point().lon(), p.point().lat()))
                          .getEnvelopeInternal()))
          .isLessThan(0.005);
      assertThat(oracle.seconds(p, a.get(0), TravelConditions.FREE_FLOW)).isFinite();
    }
  }

  @Test
  void aFullyWarmedCacheHoldsEveryNodeAndChangesNoAnswer() {
    TravelTimes cold = oracle.uncached();
    assertThat(cold.cacheEveryNode().entries()).as("an uncached oracle caches nothing").isZero();
    try (RoadNetwork fresh = RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir())) {
      TravelTimes warm = fresh.travelTimes();
      assertThat(warm.cacheUse().forwardCached()).isZero();
      TravelTimes.CacheUse use = warm.cacheEveryNode();
      assertThat(use.nodes()).isEqualTo(fresh.nodeCount());
      assertThat(use.forwardCached()).isEqualTo(use.nodes());
      assertThat(use.backwardCached()).isEqualTo(use.nodes());
      assertThat(use.bytes()).isGreaterThan(28 * use.entries()).isPositive();
      Geometry everywhere =
          new GeometryFactory()
              .toGeometry(
                  new org.locationtech.jts.geom.Envelope(
                      fresh.bounds().minLon(),
                      fresh.bounds().maxLon(),
                      fresh.bounds().minLat(),
                      fresh.bounds().maxLat()));
      List<NetworkPosition> cars = new ArrayList<>();
      for (NetworkPosition p : fresh.roadPointsIn(everywhere, 200, 11)) {
        cars.add(cars.size() % 2 == 0 ? p : p.movingOn());
      }
      // the cold oracle's searches stop early and match on the fly: they must give exactly the same
      // bits
      for (NetworkPosition target : fresh.roadPointsIn(everywhere, 20, 12)) {
        assertThat(warm.secondsTo(cars, target, TravelConditions.FREE_FLOW))
            .containsExactly(cold.secondsTo(cars, target, TravelConditions.FREE_FLOW));
      }
    }
  }
}
