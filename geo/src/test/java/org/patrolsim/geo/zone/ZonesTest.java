// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.MapInputException;

class ZonesTest {
  static final Path DIR = Path.of("src/test/resources/zones");

  @Test
  void readsPolygonsAndMultiPolygonsWithTheirIds() {
    Zones zones = Zones.fromGeoJson(DIR.resolve("two-beats-and-a-multipolygon.geojson"));
    assertThat(zones.all())
        .extracting(Zone::id)
        .containsExactly("beat-west", "beat-east", "islands");
    assertThat(zones.byId("islands").orElseThrow().area().getNumGeometries()).isEqualTo(2);
  }

  @Test
  void findsTheZoneThatHoldsAPoint() {
    Zones zones = Zones.fromGeoJson(DIR.resolve("two-beats-and-a-multipolygon.geojson"));
    assertThat(zones.zoneAt(new LatLon(50.005, 10.005))).map(Zone::id).contains("beat-west");
    assertThat(zones.zoneAt(new LatLon(50.005, 10.015))).map(Zone::id).contains("beat-east");
    assertThat(zones.zoneAt(new LatLon(50.205, 10.205))).map(Zone::id).contains("islands");
    assertThat(zones.zoneAt(new LatLon(50.5, 10.5))).isEmpty();
    // on the shared border the zone listed first wins
    assertThat(zones.zoneAt(new LatLon(50.005, 10.01))).map(Zone::id).contains("beat-west");
  }

  @Test
  void fileWithoutPolygonsOrNotJsonFailsWithOneLine() {
    Path points = DIR.resolve("only-points.geojson");
    Path truncated = DIR.resolve("truncated.geojson");
    Path missing = DIR.resolve("missing.geojson");
    assertThatThrownBy(() -> Zones.fromGeoJson(points))
        .isInstanceOf(MapInputException.class)
        .hasMessage(points + ": holds no Polygon or MultiPolygon features");
    assertThatThrownBy(() -> Zones.fromGeoJson(truncated))
        .isInstanceOf(MapInputException.class)
        .hasMessageStartingWith(truncated + ": is not valid JSON");
    assertThatThrownBy(() -> Zones.fromGeoJson(missing))
        .isInstanceOf(MapInputException.class)
        .hasMessage(missing + ": no such file");
  }
}
