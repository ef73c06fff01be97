// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.geo.IntegrationTest;
import org.patrolsim.geo.TestMaps;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.RoadNetwork;

@IntegrationTest
class DemoCityTest {

  @Test
  void sameSizeGivesTheSameBytes(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.osm");
    Path b = dir.resolve("b.osm");
    DemoCity.write(a, 1);
    DemoCity.write(b, 1);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
  }

  @Test
  void sizeTwoDoublesTheSideAndAboutQuadruplesTheStreets(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one.osm");
    Path two = dir.resolve("two.osm");
    DemoCity.write(one, 1);
    DemoCity.write(two, 2);
    long nodesOne = count(Files.readString(one), "<node ");
    long nodesTwo = count(Files.readString(two), "<node ");
    assertThat((double) nodesTwo / nodesOne).isBetween(3.5, 4.5);
    assertThatThrownBy(() -> DemoCity.write(dir.resolve("zero.osm"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long count(String text, String what) {
    long n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void hasSixBridgesOverTheRiverAndOneWayStreets(@TempDir Path dir) throws Exception {
    Path osm = dir.resolve("city.osm");
    DemoCity.write(osm, 1);
    String xml = Files.readString(osm);
    Matcher ways = Pattern.compile("<way [^>]*>(.*?)</way>", Pattern.DOTALL).matcher(xml);
    int bridges = 0;
    int oneways = 0;
    while (ways.find()) {
      String body = ways.group(1);
      bridges += body.contains("k=\"bridge\" v=\"yes\"") ? 1 : 0;
      oneways += body.contains("k=\"oneway\" v=\"yes\"") ? 1 : 0;
    }
    assertThat(bridges).isEqualTo(6);
    assertThat(oneways).isGreaterThan(100);
    assertThat(xml).contains("k=\"waterway\" v=\"river\"").contains("v=\"Ring Road\"");
  }

  @Test
  void importsToAFifteenKilometreCityOfRoutableSize() {
    try (RoadNetwork city = RoadNetwork.demoCity(TestMaps.cacheDir())) {
      assertThat(city.nodeCount()).isBetween(20_000, 60_000);
      Bounds b = city.bounds();
      double northSouthKm = (b.maxLat() - b.minLat()) * 111.32;
      double eastWestKm = (b.maxLon() - b.minLon()) * 111.32 * Math.cos(Math.toRadians(b.minLat()));
      assertThat(northSouthKm).isBetween(14.0, 16.0);
      assertThat(eastWestKm).isBetween(14.0, 16.0);
    }
  }
}
