// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.geo.GridFixture;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.MapInputException;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * Maps in OSM PBF as an editor exports them: negative ids for objects never uploaded, and blocks
 * that need not come nodes first. The fixtures are {@link GridFixture} maps written as PBF by
 * {@link PbfFixture}.
 */
@IntegrationTest
class EditorSavedPbfTest {
  @TempDir Path dir;

  @Test
  void aPbfWithNegativeIdsImportsAndRoutesLikeTheSameMapWithPositiveIds() throws Exception {
    Path plain = new GridFixture(15).write(dir, "plain");
    Path josmXml = new GridFixture(15).josmStyle().write(dir, "josm");
    Path pbf = new PbfFixture(100).write(josmXml, dir.resolve("josm.osm.pbf"));
    assertThat(OsmRenumbering.renumberedCopy(pbf, dir)).isPresent();
    double[] from = {0.5, 0};
    double[] to = {14, 13.5};
    try (RoadNetwork a = RoadNetwork.load(plain, dir.resolve("cache"));
        RoadNetwork b = RoadNetwork.load(pbf, dir.resolve("cache"))) {
      assertThat(b.nodeCount()).isEqualTo(a.nodeCount());
      assertThat(b.edgeCount()).isEqualTo(a.edgeCount());
      assertThat(EditorSavedMapTest.seconds(b, from, to))
          .isCloseTo(EditorSavedMapTest.seconds(a, from, to), within(1e-6))
          .isGreaterThan(100);
    }
    try (var files = Files.list(dir.resolve("cache"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("renumbered-"));
    }
  }

  @Test
  void aPbfGetsTheNumbersTheSameMapGetsInXml() throws Exception {
    // ids, way refs and relation members (a relation of new ways and nodes) across 40-object blocks
    Path josmXml = new GridFixture(15).josmStyle().write(dir, "josm");
    Path pbf = new PbfFixture(40).write(josmXml, dir.resolve("josm.osm.pbf"));
    Path fromXml = OsmRenumbering.renumberedCopy(josmXml, dir).orElseThrow();
    Path fromPbf = OsmRenumbering.renumberedCopy(pbf, dir).orElseThrow();
    List<String> expected = listing(fromXml, true);
    assertThat(expected).hasSize(15 * 15 + 2 * 15 * 14 + 1);
    assertThat(listing(fromPbf, true)).containsExactlyElementsOf(expected);
    // new ids count on from the largest positive one: node -2 (row 0, col 1) after node 225, way
    // -2 after way 420, relation -1 after none
    assertThat(expected)
        .contains("relation 1 [Member WAY:422, Member NODE:227] {route=bus, type=route}");
  }

  @Test
  void aPbfWithWaysBeforeNodesIsPutInOrder() throws Exception {
    Path plain = new GridFixture(15).write(dir, "plain");
    Path pbf = new PbfFixture(100).waysFirst().write(plain, dir.resolve("ways-first.osm.pbf"));
    Path sorted = OsmRenumbering.renumberedCopy(pbf, dir).orElseThrow();
    List<String> kinds = listing(sorted, false);
    assertThat(kinds.indexOf("way")).isEqualTo(kinds.lastIndexOf("node") + 1);
    try (RoadNetwork a = RoadNetwork.load(plain, dir.resolve("cache"));
        RoadNetwork b = RoadNetwork.load(pbf, dir.resolve("cache"))) {
      double[] from = {0, 0};
      double[] to = {7, 7};
      assertThat(EditorSavedMapTest.seconds(b, from, to))
          .isCloseTo(EditorSavedMapTest.seconds(a, from, to), within(1e-6));
    }
  }

  @Test
  void aPbfInOrderWithPositiveIdsIsImportedAsGiven() {
    Path plain = new GridFixture(15).write(dir, "plain");
    Path pbf = new PbfFixture(100).write(plain, dir.resolve("plain.osm.pbf"));
    assertThat(OsmRenumbering.renumberedCopy(pbf, dir)).isEmpty();
  }

  @Test
  void aBrokenOrTruncatedPbfNamesTheFileInOneLine() throws Exception {
    Path text = dir.resolve("text.osm.pbf");
    Files.writeString(text, "<osm version='0.6'></osm>\n");
    assertThatThrownBy(() -> RoadNetwork.load(text, dir.resolve("cache")))
        .isInstanceOf(MapInputException.class)
        .hasMessageStartingWith(text + ": cannot be read as an OpenStreetMap PBF file: it holds ")
        .hasMessageNotContaining("\n");
    Path josmXml = new GridFixture(15).josmStyle().write(dir, "josm");
    byte[] whole = Files.readAllBytes(new PbfFixture(100).write(josmXml, dir.resolve("w.osm.pbf")));
    Path cut = dir.resolve("cut.osm.pbf");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 10));
    assertThatThrownBy(() -> RoadNetwork.load(cut, dir.resolve("cache")))
        .isInstanceOf(MapInputException.class)
        .hasMessage(
            cut
                + ": cannot be read as an OpenStreetMap PBF file: it holds a block cut short at"
                + " the end of the file");
  }

  /**
   * The file as GraphHopper's own reader sees it (which refuses negative ids): one line per object,
   * sorted by kind and id when {@code sorted}, else only the kinds in file order.
   */
  private static List<String> listing(Path osm, boolean sorted) throws Exception {
    List<String> lines = new ArrayList<>();
    if (!Files.exists(osm)) {
      return lines;
    }
    try (OSMInputFile in = new OSMInputFile(osm.toFile()).setWorkerThreads(1).open()) {
      for (ReaderElement e; (e = in.getNext()) != null; ) {
        String tags = new TreeMap<>(e.getTags()).toString();
        if (!sorted) {
          lines.add(e.getType().name().toLowerCase(Locale.ROOT));
        } else if (e instanceof ReaderNode n) {
          lines.add(
              String.format(
                  Locale.ROOT, "node %d %.7f %.7f %s", n.getId(), n.getLat(), n.getLon(), tags));
        } else if (e instanceof ReaderWay w) {
          lines.add("way " + w.getId() + " " + w.getNodes() + " " + tags);
        } else if (e instanceof ReaderRelation r) {
          lines.add("relation " + r.getId() + " " + r.getMembers() + " " + tags);
        }
      }
    }
    if (sorted) {
      lines.sort(null);
    }
    return lines;
  }
}
