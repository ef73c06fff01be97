// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.TestMaps;

/**
 * {@link Route#positionAt} finds the leg by bisection over the legs' running end times; it gives
 * exactly what walking the legs one by one gave (the first implementation, kept here as the
 * reference): the same position, bit for bit, at any time, on real routes of Monaco and Campo
 * Grande, at random times, at every leg's end and just either side of it.
 */
@IntegrationTest
class RoutePositionTest {
  static List<RoadNetwork> maps = new ArrayList<>();

  @BeforeAll
  static void load() {
    maps.add(RoadNetwork.load(TestMaps.map("monaco.osm.gz"), TestMaps.cacheDir()));
    maps.add(RoadNetwork.load(TestMaps.map("campo-grande.osm.gz"), TestMaps.cacheDir()));
  }

  @AfterAll
  static void close() {
    maps.forEach(RoadNetwork::close);
  }

  /** The first implementation: walk the legs from the start. */
  static NetworkPosition byWalkingTheLegs(Route route, EdgeTable edges, double elapsedSeconds) {
    if (elapsedSeconds <= 0) {
      return route.from();
    }
    double done = 0;
    List<Route.Leg> legs = route.legs();
    for (int i = 0; i < legs.size(); i++) {
      Route.Leg leg = legs.get(i);
      double secs = route.legSeconds(i);
      if (elapsedSeconds < done + secs) {
        double t = secs > 0 ? (elapsedSeconds - done) / secs : 1.0;
        double f = leg.fromFraction() + t * (leg.toFraction() - leg.fromFraction());
        return new NetworkPosition(leg.edgeKey(), f, edges.pointAt(leg.edgeKey(), f), true);
      }
      done += secs;
    }
    return route.to().stationary();
  }

  @Test
  void bisectionFindsTheSamePositionAsWalkingTheLegs() {
    SplittableRandom random = new SplittableRandom(13);
    int checked = 0;
    for (RoadNetwork net : maps) {
      for (int r = 0; r < 200; r++) {
        NetworkPosition from = AgainstGraphHopperTest.randomPosition(net, random);
        NetworkPosition to = AgainstGraphHopperTest.randomPosition(net, random);
        Route route =
            net.travelTimes().route(from, to, TravelConditions.FREE_FLOW.withSpeedFactor(0.6));
        if (!route.reachable()) {
          continue;
        }
        Route congested = route.scaled(1.37);
        for (Route x : List.of(route, congested)) {
          List<Double> times = new ArrayList<>(List.of(-1.0, 0.0, x.seconds(), x.seconds() + 5));
          double done = 0;
          for (int i = 0; i < x.legs().size(); i++) {
            done += x.legSeconds(i);
            times.add(done);
            times.add(Math.nextDown(done));
            times.add(Math.nextUp(done));
          }
          for (int i = 0; i < 20; i++) {
            times.add(random.nextDouble() * x.seconds());
          }
          for (double t : times) {
            assertThat(x.positionAt(t))
                .as("route %d at %s s", r, t)
                .isEqualTo(byWalkingTheLegs(x, net.edgeTable(), t));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20_000);
  }
}
