// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the real maps (docs/examples/maps, in the repository) and keep their graph
 * cache (target/).
 */
public final class TestMaps {
  private TestMaps() {}

  public static Path map(String fileName) {
    String dir = System.getProperty("patrolsim.test.maps", "../docs/examples/maps");
    Path p = Path.of(dir).resolve(fileName);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(
          "test map " + p + " is missing: the tests read the maps in docs/examples/maps");
    }
    return p;
  }

  /** One cache for the whole module's tests, so each map is imported once per build. */
  public static Path cacheDir() {
    return Path.of("target", "test-graph-cache");
  }
}
