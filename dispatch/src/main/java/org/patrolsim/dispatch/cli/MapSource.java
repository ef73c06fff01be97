// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Option;

/**
 * The options that choose a road network: {@code --osm FILE} or the bundled demo city, and the cache
 * folder for prepared graphs ({@code $PATROLSIM_CACHE}, else {@code ~/.cache/patrolsim}).
 */
final class MapSource {
  @Option(names = "--osm", paramLabel = "FILE", description = "OpenStreetMap file (.osm.pbf, .osm, .osm.gz); default: the demo city")
  Path osm;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "where prepared graphs are cached; default: $PATROLSIM_CACHE or ~/.cache/patrolsim")
  Path cacheDir;

  /** Loads the chosen network (importing it on first use); bad input becomes a one-line user error. */
  RoadNetwork load() {
    try {
      return osm == null ? RoadNetwork.demoCity(cache()) : RoadNetwork.load(osm, cache());
    } catch (GeoInputException e) {
      throw new GeoUserError(e);
    }
  }

  String name() {
    return osm == null ? "demo-city" : osm.toString();
  }

  Path cache() {
    if (cacheDir != null) {
      return cacheDir;
    }
    return defaultCacheDir();
  }

  static Path defaultCacheDir() {
    String env = System.getenv("PATROLSIM_CACHE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "patrolsim");
  }
}
