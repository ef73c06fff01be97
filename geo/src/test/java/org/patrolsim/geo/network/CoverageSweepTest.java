// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.TestMaps;

/**
 * Coverage's sweep in its own layout ({@link DownwardSweep}) gives bit for bit the share of the
 * first implementation, kept here as the reference: the same sweep over GraphHopper's node-indexed
 * arrays in level order, then every routable edge in id order. 300 random (free cars, budget,
 * conditions) draws per map, 1 to 40 cars, parked and moving, 10 to 410 s (and now and then no
 * limit at all).
 */
@IntegrationTest
class CoverageSweepTest {

  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of("monaco.osm.gz"),
        Arguments.of("campo-grande.osm.gz"),
        Arguments.of("andorra.osm.pbf"));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void shareEqualsTheNodeOrderSweepToTheBit(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      Bounds b = net.bounds();
      var everywhere =
          new GeometryFactory()
              .toGeometry(new Envelope(b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
      List<NetworkPosition> pool = net.roadPointsIn(everywhere, 5_000, 21);
      TravelTimes oracle = net.travelTimes();
      SplittableRandom random = new SplittableRandom(3);
      TravelConditions slow =
          TravelConditions.FREE_FLOW
              .withSpeedFactor(0.6)
              .withCongestion(CongestionProfile.typicalWeekday())
              .atHour(17);
      int partial = 0;
      for (int draw = 0; draw < 300; draw++) {
        int n = 1 + random.nextInt(40);
        List<NetworkPosition> cars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          NetworkPosition p = pool.get(random.nextInt(pool.size()));
          cars.add(random.nextBoolean() ? p.movingOn() : p);
        }
        double seconds = draw % 50 == 7 ? Double.POSITIVE_INFINITY : 10 + random.nextInt(400);
        TravelConditions c = draw % 2 == 0 ? TravelConditions.FREE_FLOW : slow;
        double share = oracle.shareOfRoadWithin(cars, seconds, c);
        double expected = nodeOrderShare(net, cars, seconds * 1000.0 / c.timeMultiplier());
        assertThat(share)
            .as("draw %d on %s: %d cars, %s s", draw, mapFile, n, seconds)
            .isEqualTo(expected);
        partial += share > 0 && share < 1 ? 1 : 0;
      }
      assertThat(partial).as("draws with a share strictly between 0 and 1").isGreaterThan(150);
    }
  }

  /** The first implementation of {@code Coverage.shareWithin}, unchanged. */
  private static double nodeOrderShare(
      RoadNetwork net, List<NetworkPosition> sources, double budgetMillis) {
    EdgeTable edges = net.edgeTable();
    UpwardGraph graph = net.travelTimes().upwardGraph();
    UpwardSearch search = net.travelTimes().upwardSearch();
    double total = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (edges.routable(e)) {
        total += edges.metres(e);
      }
    }
    double[] time = new double[edges.nodes()];
    Arrays.fill(time, Double.POSITIVE_INFINITY);
    for (NetworkPosition p : sources) {
      start(time, edges, search, p.edgeKey(), 1 - p.fraction());
      if (!p.moving()) {
        start(time, edges, search, p.edgeKey() ^ 1, p.fraction());
      }
    }
    for (int node : graph.topDown) {
      double best = time[node];
      for (int i = graph.bwdStart[node], end = graph.bwdStart[node + 1]; i < end; i++) {
        best = Math.min(best, time[graph.bwdAdj[i]] + graph.bwdMillis[i]);
      }
      time[node] = best;
    }
    double covered = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (edges.routable(e)) {
        double part =
            reach(time, edges, 2 * e, budgetMillis) + reach(time, edges, 2 * e + 1, budgetMillis);
        covered += Math.min(1.0, part) * edges.metres(e);
      }
    }
    return Math.min(1.0, covered / total);
  }

  private static void start(
      double[] time, EdgeTable edges, UpwardSearch search, int key, double rest) {
    if (rest > 0 && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
      return;
    }
    double t0 = rest > 0 ? rest * edges.millis(key) : 0;
    SearchSpace space = search.forward(edges.to(key));
    for (int i = 0; i < space.size(); i++) {
      int n = space.nodes()[i];
      time[n] = Math.min(time[n], t0 + space.millis()[i]);
    }
  }

  private static double reach(double[] time, EdgeTable edges, int key, double budget) {
    int from = edges.from(key);
    double ms = edges.millis(key);
    if (!(time[from] < Double.POSITIVE_INFINITY) || !(ms < Double.POSITIVE_INFINITY)) {
      return 0;
    }
    double left = budget - time[from];
    if (left < 0) {
      return 0;
    }
    return ms <= 0 ? 1.0 : Math.min(1.0, left / ms);
  }
}
