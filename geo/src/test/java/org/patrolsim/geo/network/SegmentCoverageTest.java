// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.TestMaps;

/** Coverage per road segment on Monaco: the same sweep as the network share, split by segment. */
@IntegrationTest
class SegmentCoverageTest {
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

  static List<NetworkPosition> cars(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<NetworkPosition> cars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cars.add(AgainstGraphHopperTest.randomPosition(net, random));
    }
    return cars;
  }

  @Test
  void theShareIsBitIdenticalAndTheSegmentsAddUpToIt() {
    List<RoadSegment> segments = net.roadSegments();
    double total = segments.stream().mapToDouble(RoadSegment::metres).sum();
    for (double seconds : new double[] {30, 90, 240}) {
      List<NetworkPosition> cars = cars(3, (long) seconds);
      double[] perSegment = new double[net.edgeCount()];
      double share =
          oracle.shareOfRoadWithin(cars, seconds, TravelConditions.FREE_FLOW, perSegment);
      assertThat(share)
          .isEqualTo(oracle.shareOfRoadWithin(cars, seconds, TravelConditions.FREE_FLOW));
      double covered = 0;
      for (RoadSegment s : segments) {
        assertThat(perSegment[s.id()]).isBetween(0.0, 1.0);
        covered += perSegment[s.id()] * s.metres();
      }
      assertThat(covered / total).isCloseTo(share, within(1e-9));
      assertThat(share).isGreaterThan(0).isLessThan(1);
    }
  }

  @Test
  void samplesAccumulateAndSegmentsOffTheMainNetworkGetNothing() {
    double[] perSegment = new double[net.edgeCount()];
    List<NetworkPosition> cars = cars(4, 11);
    oracle.shareOfRoadWithin(cars, 3600, TravelConditions.FREE_FLOW, perSegment);
    oracle.shareOfRoadWithin(cars, 3600, TravelConditions.FREE_FLOW, perSegment);
    oracle.shareOfRoadWithin(List.of(), 3600, TravelConditions.FREE_FLOW, perSegment);
    boolean[] road = new boolean[net.edgeCount()];
    for (RoadSegment s : net.roadSegments()) {
      road[s.id()] = true;
      assertThat(perSegment[s.id()])
          .as("an hour reaches all of Monaco, twice")
          .isCloseTo(2.0, within(1e-12));
      assertThat(s.points()).hasSizeGreaterThanOrEqualTo(2);
    }
    for (int e = 0; e < road.length; e++) {
      if (!road[e]) {
        assertThat(perSegment[e]).isZero();
      }
    }
    assertThatThrownBy(
            () -> oracle.shareOfRoadWithin(cars, 60, TravelConditions.FREE_FLOW, new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
