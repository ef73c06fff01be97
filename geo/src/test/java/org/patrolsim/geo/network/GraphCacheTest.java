// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.MapInputException;

/**
 * The prepared graph is cached by input content and profile; bad map files fail with one clear
 * line.
 */
@IntegrationTest
class GraphCacheTest {
  static final Path LOOP = Path.of("src/test/resources/maps/one-way-loop-and-island.osm");

  @Test
  void aSecondLoadReusesTheCacheAndAChangedInputOrProfileRebuilds(@TempDir Path tmp)
      throws IOException {
    Path cache = tmp.resolve("cache");
    Path osm = tmp.resolve("town.osm");
    Files.copy(LOOP, osm);
    int nodes;
    try (RoadNetwork net = RoadNetwork.load(osm, cache, 0)) {
      nodes = net.nodeCount();
    }
    List<Path> first = entries(cache);
    assertThat(first).hasSize(1);
    Path marker = first.get(0).resolve("patrolsim-complete");
    FileTime written = Files.getLastModifiedTime(marker);

    try (RoadNetwork again = RoadNetwork.load(osm, cache, 0)) {
      assertThat(again.nodeCount()).isEqualTo(nodes);
    }
    assertThat(entries(cache)).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(marker)).isEqualTo(written);

    Files.writeString(osm, Files.readString(osm).replace("North Street", "Main Street"));
    try (RoadNetwork changed = RoadNetwork.load(osm, cache, 0)) {
      assertThat(changed.nodeCount()).isEqualTo(nodes);
    }
    assertThat(entries(cache)).hasSize(2);

    try (RoadNetwork otherProfile = RoadNetwork.load(osm, cache, 3)) {
      assertThat(otherProfile.nodeCount()).isEqualTo(nodes);
    }
    assertThat(entries(cache)).hasSize(3);
  }

  @Test
  void aHalfFinishedImportIsNeverReused(@TempDir Path tmp) throws IOException {
    Path cache = tmp.resolve("cache");
    try (RoadNetwork net = RoadNetwork.load(LOOP, cache, 0)) {
      assertThat(net.nodeCount()).isPositive();
    }
    Path entry = entries(cache).get(0);
    Files.delete(entry.resolve("patrolsim-complete"));
    try (RoadNetwork net = RoadNetwork.load(LOOP, cache, 0)) {
      assertThat(net.nodeCount()).isPositive();
    }
    assertThat(entry.resolve("patrolsim-complete")).exists();
  }

  @Test
  void badMapFilesFailWithOneLineNamingTheFile(@TempDir Path tmp) throws IOException {
    Path cache = tmp.resolve("cache");
    Path missing = tmp.resolve("nowhere.osm.pbf");
    Path empty = Files.createFile(tmp.resolve("empty.osm"));
    Path corruptXml = Path.of("src/test/resources/maps/corrupt.osm");
    Path corruptGz = Path.of("src/test/resources/maps/corrupt.osm.gz");
    Path noRoads = Path.of("src/test/resources/maps/no-roads.osm");
    Path notAMap = Files.writeString(tmp.resolve("notes.txt"), "hello");

    expectOneLine(missing, cache, "no such file");
    expectOneLine(empty, cache, "is empty");
    expectOneLine(corruptXml, cache, "cannot be read as an OpenStreetMap file");
    expectOneLine(corruptGz, cache, "cannot be read as an OpenStreetMap file");
    expectOneLine(noRoads, cache, "holds no roads");
    expectOneLine(notAMap, cache, "unknown map format");
    try (Stream<Path> left = Files.list(cache)) {
      assertThat(left).as("failed imports leave nothing behind").isEmpty();
    }
  }

  private static void expectOneLine(Path file, Path cache, String problem) throws IOException {
    Files.createDirectories(cache);
    assertThatThrownBy(() -> RoadNetwork.load(file, cache))
        .isInstanceOf(MapInputException.class)
        .hasMessageStartingWith(file.toString() + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.sorted().toList();
    }
  }
}
