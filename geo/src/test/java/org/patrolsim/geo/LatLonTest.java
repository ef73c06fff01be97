// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatLonTest {
  @Test
  void parsesAndValidates() {
    assertThat(LatLon.parse("43.73, 7.42")).isEqualTo(new LatLon(43.73, 7.42));
    assertThatThrownBy(() -> new LatLon(91, 0))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("latitude 91.0 is out of range: expected -90 to 90");
    assertThatThrownBy(() -> new LatLon(0, -181))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("longitude -181.0 is out of range");
    assertThatThrownBy(() -> new LatLon(Double.NaN, 0)).isInstanceOf(GeoInputException.class);
    assertThatThrownBy(() -> LatLon.parse("43.73")).hasMessageContaining("expected LAT,LON");
    assertThatThrownBy(() -> LatLon.parse("north,7")).hasMessageContaining("expected LAT,LON");
  }
}
