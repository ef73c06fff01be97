// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;

/** The flat hexagon grid: corners a radius from the centre, points binned to the nearest centre. */
class HexGridTest {
  static final HexGrid GRID = new HexGrid(new LatLon(43.7384, 7.4246), 200);

  @Test
  void eachCornerIsARadiusFromTheCentreAndEachCentreBinsToItsOwnHexagon() {
    for (HexGrid.Cell c :
        List.of(new HexGrid.Cell(0, 0), new HexGrid.Cell(3, -2), new HexGrid.Cell(-5, 7))) {
      List<LatLon> ring = GRID.ring(c);
      assertThat(ring).hasSize(7);
      assertThat(ring.get(6)).isEqualTo(ring.get(0));
      double lat = ring.subList(0, 6).stream().mapToDouble(LatLon::lat).average().orElseThrow();
      double lon = ring.subList(0, 6).stream().mapToDouble(LatLon::lon).average().orElseThrow();
      assertThat(GRID.cell(lat, lon)).isEqualTo(c);
      for (LatLon corner : ring) {
        assertThat(metres(lat, lon, corner.lat(), corner.lon())).isCloseTo(200, within(0.5));
      }
      // just inside each corner is still this hexagon
      for (LatLon corner : ring.subList(0, 6)) {
        assertThat(GRID.cell(lat + 0.98 * (corner.lat() - lat), lon + 0.98 * (corner.lon() - lon)))
            .isEqualTo(c);
      }
    }
  }

  @Test
  void aMapIsAboutFortyHexagonsAcross() {
    // about 8.9 km east-west at this latitude: 8,900 / 40 / sqrt(3) = 128 m, rounded to 150 m
    HexGrid g = HexGrid.of(new Bounds(43.70, 7.37, 43.76, 7.48));
    assertThat(g.radiusMetres()).isEqualTo(150);
    assertThat(g.origin().lat()).isCloseTo(43.73, within(1e-9));
    assertThat(HexGrid.of(new Bounds(43.73, 7.42, 43.74, 7.43)).radiusMetres())
        .as("at least 100 m")
        .isEqualTo(100);
  }

  private static double metres(double lat1, double lon1, double lat2, double lon2) {
    double y = Math.toRadians(lat2 - lat1) * HexGrid.EARTH_RADIUS_METRES;
    double x =
        Math.toRadians(lon2 - lon1)
            * Math.cos(Math.toRadians(43.7384))
            * HexGrid.EARTH_RADIUS_METRES;
    return Math.hypot(x, y);
  }
}
