// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo;

import java.util.Locale;

/**
 * A WGS84 point in degrees. Validated on construction: a latitude outside [-90, 90] or a longitude
 * outside [-180, 180] (or NaN) is a user's mistake and throws {@link GeoInputException}.
 */
public record LatLon(double lat, double lon) {

  public LatLon {
    if (!(lat >= -90 && lat <= 90)) {
      throw new GeoInputException("latitude " + lat + " is out of range: expected -90 to 90");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new GeoInputException("longitude " + lon + " is out of range: expected -180 to 180");
    }
  }

  /**
   * Parses {@code "LAT,LON"} (decimal degrees, as typed on a command line).
   *
   * @throws GeoInputException naming the text when it is not two numbers in range
   */
  public static LatLon parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new GeoInputException(
          "'" + text + "' is not a point: expected LAT,LON in decimal degrees");
    }
    try {
      return new LatLon(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new GeoInputException(
          "'" + text + "' is not a point: expected LAT,LON in decimal degrees");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.6f,%.6f", lat, lon);
  }
}
