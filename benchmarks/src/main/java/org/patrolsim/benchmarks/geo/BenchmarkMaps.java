// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;

/** The maps the geo benchmarks run on, and deterministic random positions on them. */
public final class BenchmarkMaps {
  private BenchmarkMaps() {}

  /**
   * Real maps come from {@code -Dpatrolsim.test.maps} (default {@code docs/examples/maps}, run from
   * the repository).
   */
  public static Path sharedMap(String file) {
    return Path.of(System.getProperty("patrolsim.test.maps", "docs/examples/maps")).resolve(file);
  }

  static Path cacheDir() {
    return Path.of(System.getProperty("patrolsim.bench.cache", "target/bench-graph-cache"));
  }

  /**
   * "demo-city", "demo-city-3" (the demo city at size 3) or a file name in the shared maps folder.
   */
  static RoadNetwork load(String map) {
    return switch (map) {
      case "demo-city" -> RoadNetwork.demoCity(cacheDir());
      case "demo-city-3" -> RoadNetwork.demoCity(cacheDir(), 3);
      default -> RoadNetwork.load(sharedMap(map), cacheDir());
    };
  }

  static List<NetworkPosition> randomPositions(RoadNetwork net, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Bounds b = net.bounds();
    List<NetworkPosition> out = new ArrayList<>(count);
    while (out.size() < count) {
      LatLon p =
          new LatLon(
              b.minLat() + random.nextDouble() * (b.maxLat() - b.minLat()),
              b.minLon() + random.nextDouble() * (b.maxLon() - b.minLon()));
      net.snap(p).ifPresent(out::add);
    }
    return out;
  }
}
