// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.TestMaps;

/**
 * {@link TravelTimes#nearest} gives exactly what sorting the full scan gives: the same sources with
 * the same doubles, on 10,000 random (fleet, call) draws per real map. Fleets of 1 to 500 cars
 * (log-uniform, so small fleets are as common as large ones), parked and moving cars in both
 * directions of their street, cars on the call's own street and at the very ends of streets, k = 1
 * and 3, free flow and a congested urgent drive, and both the cached and the uncached oracle.
 */
@IntegrationTest
class NearestSourcesTest {
  private static final int DRAWS = 10_000;
  static final int POOL = 20_000;

  /** The three real maps (also SourceIndexTest's). */
  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of("monaco.osm.gz"),
        Arguments.of("campo-grande.osm.gz"),
        Arguments.of("andorra.osm.pbf"));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void nearestEqualsTheSortedFullScan(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      EdgeTable edges = net.edgeTable();
      TravelTimes warm = net.travelTimes();
      TravelTimes cold = warm.uncached();
      List<NetworkPosition> pool = pool(net);
      SplittableRandom random = new SplittableRandom(13);
      TravelConditions urgent =
          TravelConditions.FREE_FLOW
              .withSpeedFactor(1.3)
              .withCongestion(CongestionProfile.typicalWeekday())
              .atHour(8);
      long timed = 0;
      long cars = 0;
      for (int draw = 0; draw < DRAWS; draw++) {
        NetworkPosition call = pool.get(random.nextInt(POOL));
        int n = (int) Math.floor(Math.pow(500, random.nextDouble())); // 1..500, log-uniform
        List<NetworkPosition> fleet = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          fleet.add(car(pool.get(random.nextInt(POOL)), call, edges, random));
        }
        TravelConditions c = draw % 2 == 0 ? TravelConditions.FREE_FLOW : urgent;
        TravelTimes oracle = draw % 3 == 2 ? cold : warm;
        for (int k : new int[] {1, 3}) {
          List<RankedSource> expected = warm.nearestByFullScan(fleet, call, k, c);
          assertThat(oracle.nearest(fleet, call, k, c))
              .as("draw %d on %s, %d cars, k = %d", draw, mapFile, n, k)
              .isEqualTo(expected);
          timed += oracle.lastNearestTimed();
          cars += n;
        }
      }
      assertThat(timed).as("the bound spares most cars their search").isLessThan(cars / 2);
    }
  }

  /**
   * The bounds themselves, on their own: below the time {@code secondsTo} gives for every car, and
   * not useless (the fine bound reaches at least a third of the time on average). Campo Grande's
   * and Andorra's long rural edges and Monaco's steep one-ways are the hard cases.
   */
  @ParameterizedTest
  @MethodSource("maps")
  void theLowerBoundsAreBelowEveryTime(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      EdgeTable edges = net.edgeTable();
      TravelTimes oracle = net.travelTimes();
      List<NetworkPosition> pool = pool(net);
      SplittableRandom random = new SplittableRandom(17);
      double share = 0;
      int finite = 0;
      for (int draw = 0; draw < 20_000; draw++) {
        NetworkPosition call = pool.get(random.nextInt(POOL));
        NetworkPosition car = car(pool.get(random.nextInt(POOL)), call, edges, random);
        double millis = oracle.secondsTo(List.of(car), call, TravelConditions.FREE_FLOW)[0] * 1000;
        double[] bounds = oracle.lowerBoundsMillis(car, call);
        assertThat(bounds[0])
            .as("coarse bound, draw %d: %s -> %s", draw, car, call)
            .isLessThanOrEqualTo(bounds[1] + 1e-6);
        assertThat(bounds[1])
            .as("fine bound, draw %d: %s -> %s", draw, car, call)
            .isLessThanOrEqualTo(millis);
        if (millis > 0 && millis < Double.POSITIVE_INFINITY) {
          share += bounds[1] / millis;
          finite++;
        }
      }
      assertThat(share / finite).as("mean fine bound / time").isGreaterThan(1 / 3.0);
    }
  }

  @Test
  void aFleetSmallerThanKIsRankedWhole() {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir())) {
      List<NetworkPosition> pool = pool(net);
      List<NetworkPosition> fleet = List.of(pool.get(1), pool.get(2));
      TravelTimes oracle = net.travelTimes();
      List<RankedSource> ranked = oracle.nearest(fleet, pool.get(3), 5, TravelConditions.FREE_FLOW);
      assertThat(ranked)
          .hasSize(2)
          .isEqualTo(oracle.nearestByFullScan(fleet, pool.get(3), 5, TravelConditions.FREE_FLOW));
      assertThat(oracle.nearest(List.of(), pool.get(3), 1, TravelConditions.FREE_FLOW)).isEmpty();
      assertThatThrownBy(() -> oracle.nearest(fleet, pool.get(3), 0, TravelConditions.FREE_FLOW))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("k must be at least 1");
    }
  }

  @Test
  void equalTimesAreRankedBySourceIndex() {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir())) {
      List<NetworkPosition> pool = pool(net);
      NetworkPosition twin = pool.get(7);
      List<NetworkPosition> fleet = List.of(pool.get(8), twin, pool.get(9), twin, twin);
      List<RankedSource> ranked =
          net.travelTimes().nearest(fleet, pool.get(10), 5, TravelConditions.FREE_FLOW);
      List<Integer> twins =
          ranked.stream()
              .map(RankedSource::source)
              .filter(i -> i == 1 || i == 3 || i == 4)
              .toList();
      assertThat(twins).containsExactly(1, 3, 4);
      assertThat(ranked)
          .isEqualTo(
              net.travelTimes()
                  .nearestByFullScan(fleet, pool.get(10), 5, TravelConditions.FREE_FLOW));
    }
  }

  /** 20,000 road places spread over the whole map by road length (also SourceIndexTest's). */
  static List<NetworkPosition> pool(RoadNetwork net) {
    Bounds b = net.bounds();
    var everywhere =
        new GeometryFactory()
            .toGeometry(new Envelope(b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
    return net.roadPointsIn(everywhere, POOL, 5);
  }

  /**
   * A car at a pool position: parked or moving (in either direction its street allows), now and
   * then at the very start or end of its street, or on the call's own street.
   */
  private static NetworkPosition car(
      NetworkPosition p, NetworkPosition call, EdgeTable edges, SplittableRandom random) {
    int key = p.edgeKey();
    double fraction = p.fraction();
    int roll = random.nextInt(100);
    if (roll < 3) {
      key = call.edgeKey();
      fraction = random.nextDouble();
    } else if (roll < 5) {
      fraction = 0;
    } else if (roll < 7) {
      fraction = 1;
    }
    boolean moving = random.nextBoolean();
    if (moving && random.nextBoolean() && edges.weight(key ^ 1) < Double.POSITIVE_INFINITY) {
      key ^= 1;
      fraction = 1 - fraction;
    }
    if (moving && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
      key ^= 1;
      fraction = 1 - fraction;
    }
    return new NetworkPosition(key, fraction, p.point(), moving);
  }
}
