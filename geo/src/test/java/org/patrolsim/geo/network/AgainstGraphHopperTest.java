// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.TestMaps;

/**
 * The one-to-many times equal GraphHopper's own route times for the same snapped points, on real
 * maps: 1,000 random reachable pairs per map (50 targets x 20 sources each).
 */
@IntegrationTest
class AgainstGraphHopperTest {

  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of("monaco.osm.gz"),
        Arguments.of("andorra.osm.pbf"),
        Arguments.of("campo-grande.osm.gz"));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void oneToManyMatchesGraphHopperRouteTimes(String mapFile) {
    try (RoadNetwork net = RoadNetwork.load(TestMaps.map(mapFile), TestMaps.cacheDir())) {
      SplittableRandom random = new SplittableRandom(42);
      TravelTimes oracle = net.travelTimes();
      TravelTimes cold = oracle.uncached();
      int compared = 0;
      int guard = 0;
      while (compared < 1000 && guard++ < 200) {
        NetworkPosition target = randomPosition(net, random);
        List<NetworkPosition> sources = new ArrayList<>();
        while (sources.size() < 20) {
          sources.add(randomPosition(net, random));
        }
        double[] ours = oracle.secondsTo(sources, target, TravelConditions.FREE_FLOW);
        // the uncached oracle searches differently (stops early, keeps no space) but must agree to
        // the bit
        assertThat(cold.secondsTo(sources, target, TravelConditions.FREE_FLOW))
            .containsExactly(ours);
        for (int i = 0; i < sources.size() && compared < 1000; i++) {
          GHResponse gh =
              net.graphHopper()
                  .route(
                      new GHRequest(
                              sources.get(i).point().lat(), sources.get(i).point().lon(),
                              target.point().lat(), target.point().lon())
                          .setProfile("car"));
          if (gh.hasErrors()) {
            assertThat(ours[i]).as("GraphHopper finds no route, so neither may we").isInfinite();
            continue;
          }
          double ghSeconds = gh.getBest().getTime() / 1000.0;
          assertThat(ours[i])
              .as(
                  "pair %d on %s: %s -> %s",
                  compared, mapFile, sources.get(i).point(), target.point())
              .isCloseTo(ghSeconds, org.assertj.core.data.Offset.offset(1.0));
          compared++;
        }
      }
      assertThat(compared).isEqualTo(1000);
    }
  }

  static NetworkPosition randomPosition(RoadNetwork net, SplittableRandom random) {
    Bounds b = net.bounds();
    while (true) {
      LatLon p =
          new LatLon(
              b.minLat() + random.nextDouble() * (b.maxLat() - b.minLat()),
              b.minLon() + random.nextDouble() * (b.maxLon() - b.minLon()));
      var snapped = net.snap(p);
      if (snapped.isPresent()) {
        return snapped.get();
      }
    }
  }
}
