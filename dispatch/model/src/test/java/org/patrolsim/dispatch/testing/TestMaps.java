// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place the dispatch tests find real maps and keep imported graphs: the OpenStreetMap
 * extracts in the repository's docs/examples/maps (ODbL, see its README; {@code
 * -Dpatrolsim.test.maps} to look elsewhere), and one graph cache under target/ for the module's
 * whole build, so each map is imported once.
 */
public final class TestMaps {
  /** The graph cache of every dispatch test (absolute, so forked JVMs and commands share it). */
  public static final Path CACHE = Path.of("target", "test-graph-cache").toAbsolutePath();

  private TestMaps() {}

  /**
   * A map of docs/examples/maps by file name, e.g. {@code monaco.osm.gz}; fails when it is missing.
   */
  public static Path map(String fileName) {
    String elsewhere = System.getProperty("patrolsim.test.maps");
    Path maps =
        elsewhere != null ? Path.of(elsewhere) : Repository.file("docs", "examples", "maps");
    Path p = maps.resolve(fileName).toAbsolutePath();
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(
          "test map " + p + " is missing: the tests read the maps in docs/examples/maps");
    }
    return p;
  }
}
