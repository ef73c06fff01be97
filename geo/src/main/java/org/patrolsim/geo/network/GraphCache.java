// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.util.GHUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.patrolsim.geo.MapInputException;
import org.patrolsim.geo.osm.OsmRenumbering;

/**
 * Imports an OSM file with GraphHopper (car profile, contraction hierarchies) into a cache folder,
 * or loads it from there.
 *
 * <p>The folder is named by a hash of the input's bytes and of {@link #PROFILE_KEY}, so a changed
 * map or profile gets a fresh import. An import happens in a temporary folder that is renamed into
 * place only after a marker file is written: a half-finished import is never reused. A file with
 * negative ids (as JOSM saves it, XML or PBF), deleted objects (XML) or kinds out of order (PBF) is
 * imported from a renumbered copy ({@link OsmRenumbering}); the cache key stays the hash of the
 * file as given.
 */
final class GraphCache {

  static final String PROFILE = "car";

  /** Everything that shapes the prepared graph; change it and every cache entry is rebuilt. */
  static final String PROFILE_KEY =
      "graphhopper-11.0|car|custom_model=car.json|ev=car_access,car_average_speed|ch|layout-1";

  private static final String MARKER = "patrolsim-complete";

  private GraphCache() {}

  static GraphHopper importOrLoad(Path osmFile, Path cacheDir, int minNetworkSize) {
    checkReadable(osmFile);
    String key = hash(osmFile, PROFILE_KEY + "|min_network_size=" + minNetworkSize);
    Path dir = cacheDir.resolve(baseName(osmFile) + "-" + key);
    if (Files.isRegularFile(dir.resolve(MARKER))) {
      GraphHopper hopper = configured(osmFile, dir, minNetworkSize);
      if (hopper.load()) {
        return hopper;
      }
      hopper.close();
      deleteQuietly(dir);
    }
    importInto(osmFile, cacheDir, dir, minNetworkSize);
    GraphHopper hopper = configured(osmFile, dir, minNetworkSize);
    if (!hopper.load()) {
      throw new IllegalStateException(
          "graph cache " + dir + " was just written but cannot be loaded");
    }
    return hopper;
  }

  private static void importInto(Path osmFile, Path cacheDir, Path dir, int minNetworkSize) {
    Path tmp;
    try {
      Files.createDirectories(cacheDir);
      tmp = Files.createTempDirectory(cacheDir, dir.getFileName() + ".importing-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create graph cache folder in " + cacheDir, e);
    }
    Path renumbered = null;
    try {
      // files saved by an editor (JOSM) may hold negative ids, which GraphHopper refuses: import a
      // renumbered copy
      renumbered = OsmRenumbering.renumberedCopy(osmFile, cacheDir).orElse(null);
      GraphHopper hopper =
          configured(renumbered == null ? osmFile : renumbered, tmp, minNetworkSize);
      try {
        hopper.importOrLoad();
      } catch (RuntimeException e) {
        if (String.valueOf(firstLine(e)).contains("must not be negative")) {
          throw new MapInputException(osmFile, OsmRenumbering.negativeIdsProblem(osmFile), e);
        }
        if (String.valueOf(e.getMessage()).contains("must not be empty")) {
          throw new MapInputException(osmFile, "holds no roads a car can use", e);
        }
        throw new MapInputException(
            osmFile, "cannot be read as an OpenStreetMap file (" + firstLine(e) + ")", e);
      } finally {
        hopper.close();
      }
      try {
        GraphHopper check = configured(osmFile, tmp, minNetworkSize);
        boolean loaded = check.load();
        int nodes = loaded ? check.getBaseGraph().getNodes() : 0;
        check.close();
        if (nodes == 0) {
          throw new MapInputException(osmFile, "holds no roads a car can use");
        }
      } catch (RuntimeException e) {
        if (e instanceof MapInputException) {
          throw e;
        }
        throw new MapInputException(
            osmFile, "holds no usable road network (" + firstLine(e) + ")", e);
      }
      Files.writeString(tmp.resolve(MARKER), osmFile.toAbsolutePath() + "\n" + PROFILE_KEY + "\n");
      moveIntoPlace(tmp, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write graph cache " + dir, e);
    } finally {
      deleteQuietly(tmp);
      if (renumbered != null) {
        deleteQuietly(renumbered);
      }
    }
  }

  private static void moveIntoPlace(Path tmp, Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isRegularFile(dir.resolve(MARKER))) {
      deleteQuietly(dir); // a broken entry without its marker
    }
    try {
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // another process may have finished the same import first: then its entry is as good as ours
      if (!Files.isRegularFile(dir.resolve(MARKER))) {
        throw e;
      }
    }
  }

  static GraphHopper configured(Path osmFile, Path location, int minNetworkSize) {
    GraphHopper hopper = new GraphHopper();
    hopper.setOSMFile(osmFile.toString());
    hopper.setGraphHopperLocation(location.toString());
    hopper.setEncodedValuesString("car_access, car_average_speed");
    hopper.setProfiles(
        new Profile(PROFILE).setCustomModel(GHUtility.loadCustomModelFromJar("car.json")));
    hopper.getCHPreparationHandler().setCHProfiles(new CHProfile(PROFILE));
    hopper.setMinNetworkSize(minNetworkSize);
    return hopper;
  }

  static void checkReadable(Path osmFile) {
    String name =
        osmFile.getFileName() == null
            ? ""
            : osmFile.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.exists(osmFile)) {
      throw new MapInputException(osmFile, "no such file");
    }
    if (!Files.isRegularFile(osmFile) || !Files.isReadable(osmFile)) {
      throw new MapInputException(osmFile, "is not a readable file");
    }
    if (!(name.endsWith(".osm.pbf")
        || name.endsWith(".pbf")
        || name.endsWith(".osm")
        || name.endsWith(".osm.gz")
        || name.endsWith(".osm.bz2")
        || name.endsWith(".xml"))) {
      throw new MapInputException(
          osmFile, "unknown map format: expected .osm.pbf, .osm or .osm.gz");
    }
    try {
      if (Files.size(osmFile) == 0) {
        throw new MapInputException(osmFile, "is empty: expected an OpenStreetMap file");
      }
    } catch (IOException e) {
      throw new MapInputException(osmFile, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static String hash(Path file, String salt) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 10);
    } catch (IOException e) {
      throw new MapInputException(file, "cannot be read (" + e.getMessage() + ")", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    m = m.lines().findFirst().orElse(m);
    return m.length() > 160 ? m.substring(0, 160) + "..." : m;
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover temp folder is never used because it has no marker
    }
  }
}
