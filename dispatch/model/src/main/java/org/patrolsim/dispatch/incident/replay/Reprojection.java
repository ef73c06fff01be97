// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.Locale;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.geo.LatLon;

/**
 * Projected coordinates (x = easting, y = northing, in the CRS's own unit: metres, or US survey
 * feet for many US state plane systems) to WGS 84 latitude and longitude, with proj4j and its EPSG
 * table. Not thread-safe (proj4j's transforms keep scratch state): one per reader.
 */
final class Reprojection {
  private static final CRSFactory CRS = new CRSFactory();

  private final String code;
  private final CoordinateTransform toWgs84;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  private Reprojection(String code, CoordinateTransform toWgs84) {
    this.code = code;
    this.toWgs84 = toWgs84;
  }

  /**
   * The transform from an EPSG code written {@code EPSG:2154}, {@code epsg:2154} or {@code 2154}.
   *
   * @throws ReplaySetupError naming {@code crs} for an unknown or malformed code
   */
  static Reprojection of(String crs) {
    String text = crs.trim().toUpperCase(Locale.ROOT);
    String number = text.startsWith("EPSG:") ? text.substring(5).trim() : text;
    if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
      throw new ReplaySetupError(
          "crs",
          "expected an EPSG code such as EPSG:2154 (France, Lambert-93) or EPSG:2263 "
              + "(New York, US feet), got '"
              + ErrorText.value(crs)
              + "'");
    }
    String code = "EPSG:" + Integer.parseInt(number);
    try {
      CoordinateReferenceSystem source = CRS.createFromName(code);
      CoordinateReferenceSystem wgs84 = CRS.createFromName("EPSG:4326");
      return new Reprojection(
          code, new CoordinateTransformFactory().createTransform(source, wgs84));
    } catch (UnknownAuthorityCodeException e) {
      throw new ReplaySetupError(
          "crs",
          "unknown EPSG code '"
              + crs
              + "'; expected a code of the EPSG registry, "
              + "e.g. EPSG:2154 (look yours up in the export's metadata)");
    } catch (RuntimeException e) {
      throw new ReplaySetupError(
          "crs",
          "EPSG code '" + crs + "' cannot be used for reprojection (" + e.getMessage() + ")");
    }
  }

  String code() {
    return code;
  }

  /**
   * The WGS 84 point of {@code (x, y)}.
   *
   * @throws IllegalArgumentException when the result is not a point on Earth
   */
  LatLon toLatLon(double x, double y) {
    in.x = x;
    in.y = y;
    try {
      toWgs84.transform(in, out);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "x/y " + x + "," + y + " cannot be reprojected from " + code);
    }
    if (!(Math.abs(out.y) <= 90 && Math.abs(out.x) <= 180)) {
      throw new IllegalArgumentException(
          "x/y " + x + "," + y + " in " + code + " is not a point on Earth");
    }
    return new LatLon(out.y, out.x);
  }
}
