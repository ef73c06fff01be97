// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.democity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated demo city's OSM file in a cache folder, named by the size and a fingerprint of the
 * generator's bytecode ({@code demo-city-size1-<fingerprint>.osm}): a file written by a different
 * generator is never reused, with no version number to bump by hand. Once cached, finding the file
 * costs a hash of the generator's class files (30-130 ms) instead of generating the city (0.3-1 s).
 */
public final class DemoCityFile {
  private static final class Fingerprint {
    static final String OF_GENERATOR = GeneratorFingerprint.of(DemoCity.class);
  }

  private DemoCityFile() {}

  /** The fingerprint of the generator on the classpath (16 hex digits). */
  public static String generatorFingerprint() {
    return Fingerprint.OF_GENERATOR;
  }

  /** The demo city of {@code size} in {@code cacheDir}, generated there first if it is not yet. */
  public static Path inCache(Path cacheDir, int size) {
    return inCache(cacheDir, size, generatorFingerprint());
  }

  static Path inCache(Path cacheDir, int size, String fingerprint) {
    Path osm = cacheDir.resolve("demo-city-size" + size + "-" + fingerprint + ".osm");
    if (Files.isRegularFile(osm)) {
      return osm;
    }
    try {
      Files.createDirectories(cacheDir);
      DemoCity.write(osm, size);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo city into " + cacheDir, e);
    }
    return osm;
  }
}
