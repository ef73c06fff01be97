// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.geo.GridFixture;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.MapInputException;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.TravelConditions;

/**
 * Maps as JOSM saves them: negative ids for objects never uploaded, deleted objects kept in the
 * file.
 */
@IntegrationTest
class EditorSavedMapTest {
  @TempDir Path dir;

  static double seconds(RoadNetwork net, double[] from, double[] to) {
    NetworkPosition a = net.snap(GridFixture.at(from[0], from[1])).orElseThrow();
    NetworkPosition b = net.snap(GridFixture.at(to[0], to[1])).orElseThrow();
    Route route = net.travelTimes().route(a, b, TravelConditions.FREE_FLOW);
    assertThat(route.reachable()).isTrue();
    return route.seconds();
  }

  @Test
  void aJosmFileWithNegativeIdsImportsAndRoutesLikeTheSameMapWithPositiveIds() throws Exception {
    Path plain = new GridFixture(15).write(dir, "plain");
    Path josm = new GridFixture(15).josmStyle().write(dir, "josm");
    assertThat(Files.readString(josm))
        .contains("id='-102'")
        .contains("ref='-16'")
        .contains("generator='JOSM'");
    double[] from = {0.5, 0};
    double[] to = {14, 13.5};
    try (RoadNetwork a = RoadNetwork.load(plain, dir.resolve("cache"));
        RoadNetwork b = RoadNetwork.load(josm, dir.resolve("cache"))) {
      assertThat(b.nodeCount()).isEqualTo(a.nodeCount());
      assertThat(b.edgeCount()).isEqualTo(a.edgeCount());
      assertThat(seconds(b, from, to))
          .isCloseTo(seconds(a, from, to), within(1e-6))
          .isGreaterThan(100);
    }
    // the renumbered copy was only a step of the import: nothing is left beside the cache entries
    try (var files = Files.list(dir.resolve("cache"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("renumbered-"));
    }
  }

  @Test
  void aGzippedJosmFileImportsToo() throws Exception {
    Path josm = new GridFixture(15).josmStyle().write(dir, "josm");
    Path gz = dir.resolve("josm.osm.gz");
    try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(josm));
    }
    try (RoadNetwork net = RoadNetwork.load(gz, dir.resolve("cache"))) {
      assertThat(seconds(net, new double[] {0, 0}, new double[] {7, 7})).isGreaterThan(50);
    }
  }

  @Test
  void objectsDeletedInTheEditorAreLeftOut() throws Exception {
    // the whole column 7 between rows 3 and 11 is deleted: driving up it must go round
    GridFixture kept = new GridFixture(15).josmStyle();
    GridFixture deleted = new GridFixture(15).josmStyle();
    for (int r = 3; r < 11; r++) {
      deleted.deletedNorthBlock(r, 7);
    }
    try (RoadNetwork a = RoadNetwork.load(kept.write(dir, "kept"), dir.resolve("cache"));
        RoadNetwork b = RoadNetwork.load(deleted.write(dir, "deleted"), dir.resolve("cache"))) {
      double[] from = {3.5, 7};
      double[] to = {10.5, 7};
      assertThat(b.edgeCount()).isEqualTo(a.edgeCount() - 8);
      // 700 m straight up in the kept map; 100 m across, 700 m up, 100 m back when the column is
      // gone
      assertThat(seconds(b, from, to) - seconds(a, from, to))
          .isCloseTo(seconds(a, new double[] {0, 0}, new double[] {0, 2}), within(1.0));
    }
  }

  @Test
  void aFileWithoutNegativeIdsIsImportedAsGiven() {
    Path plain = new GridFixture(15).write(dir, "plain");
    assertThat(OsmRenumbering.renumberedCopy(plain, dir)).isEmpty();
  }

  @Test
  void aBzip2FileWithNegativeIdsGetsOneLineSayingWhatToDo() {
    Path bz2 = dir.resolve("edited.osm.bz2");
    assertThat(OsmRenumbering.renumberedCopy(bz2, dir)).isEmpty();
    String problem =
        new MapInputException(bz2, OsmRenumbering.negativeIdsProblem(bz2)).getMessage();
    assertThat(problem)
        .startsWith(bz2 + ": holds negative OSM ids")
        .contains("save it from the editor in one of those formats")
        .contains(".osm.pbf")
        .doesNotContain("\n");
  }

  @Test
  void brokenXmlNamesTheFile() throws Exception {
    Path bad = dir.resolve("bad.osm");
    Files.writeString(bad, "<osm version='0.6'><node id='-1' lat='1' lon='2'></osm>");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OsmRenumbering.renumberedCopy(bad, dir))
        .isInstanceOf(MapInputException.class)
        .hasMessageStartingWith(bad + ": cannot be read as an OpenStreetMap file");
  }
}
