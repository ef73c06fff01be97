// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import org.patrolsim.dispatch.model.ScenarioMap;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Option;

/**
 * The options that choose a road network: {@code --osm FILE} or the bundled demo city, and the
 * cache folder for prepared graphs ({@code $PATROLSIM_CACHE}, else {@code ~/.cache/patrolsim}).
 */
final class MapSource {
  @Option(
      names = "--osm",
      paramLabel = "FILE",
      description = "OpenStreetMap file (.osm.pbf, .osm, .osm.gz); default: the demo city")
  Path osm;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "where prepared graphs are cached; default: $PATROLSIM_CACHE or ~/.cache/patrolsim")
  Path cacheDir;

  /**
   * The demo city's size when no {@code --osm} is given (a scenario's {@code map.demoCitySize}).
   */
  int demoCitySize = 1;

  /**
   * Loads the chosen network (importing it on first use); bad input becomes a one-line user error.
   */
  RoadNetwork load() {
    try {
      return osm == null
          ? RoadNetwork.demoCity(cache(), demoCitySize)
          : RoadNetwork.load(osm, cache());
    } catch (GeoInputException e) {
      throw new GeoUserError(e);
    }
  }

  String name() {
    return osm == null
        ? (demoCitySize == 1 ? "demo-city" : "demo-city-size" + demoCitySize)
        : osm.toString();
  }

  Path cache() {
    if (cacheDir != null) {
      return cacheDir;
    }
    return defaultCacheDir();
  }

  static Path defaultCacheDir() {
    return ScenarioMap.defaultCacheDir();
  }
}
