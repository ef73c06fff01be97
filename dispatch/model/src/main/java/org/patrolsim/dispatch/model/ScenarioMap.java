// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.nio.file.Path;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The road network a scenario's {@code map} names: its OpenStreetMap file, or the bundled demo city
 * of its {@code demoCitySize}, imported into (or loaded from) the graph cache. The one place that
 * reads the {@code map} fields, so that a run, a sweep and a screen load the same network.
 */
public final class ScenarioMap {
  private ScenarioMap() {}

  /**
   * Loads the network (importing it on first use).
   *
   * @throws org.patrolsim.geo.GeoInputException when the file is missing, broken or has no roads
   */
  public static RoadNetwork open(Scenario.MapSource map) {
    Path cache = cacheDir(map);
    return map.osm() == null
        ? RoadNetwork.demoCity(cache, map.demoCitySizeOrDefault())
        : RoadNetwork.load(Path.of(map.osm()), cache);
  }

  /** A key that is equal for two map fields exactly when they load the same network. */
  public static String key(Scenario.MapSource map) {
    return (map.osm() == null ? "demo-city-" + map.demoCitySizeOrDefault() : "osm:" + map.osm())
        + "\n"
        + cacheDir(map);
  }

  /**
   * {@code map.cacheDir} ({@code ~} is the home folder), else {@code $PATROLSIM_CACHE}, else {@code
   * ~/.cache/patrolsim}.
   */
  public static Path cacheDir(Scenario.MapSource map) {
    if (map.cacheDir() != null) {
      return Path.of(
          map.cacheDir().startsWith("~")
              ? System.getProperty("user.home") + map.cacheDir().substring(1)
              : map.cacheDir());
    }
    return defaultCacheDir();
  }

  /** {@code $PATROLSIM_CACHE}, else {@code ~/.cache/patrolsim}. */
  public static Path defaultCacheDir() {
    String env = System.getenv("PATROLSIM_CACHE");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "patrolsim");
  }
}
