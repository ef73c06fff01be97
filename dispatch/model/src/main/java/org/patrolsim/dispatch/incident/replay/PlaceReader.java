// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.List;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.LatLon;

/**
 * Reads a record's place: latitude and longitude, or x and y reprojected to WGS 84, from two
 * columns or from one column of WKT {@code POINT (lon lat)} ({@code POINT (x y)} with a CRS), as
 * San Francisco's export writes it.
 */
final class PlaceReader {
  private static final java.util.regex.Pattern WKT_POINT =
      java.util.regex.Pattern.compile(
          "\\s*POINT\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A record without a place: an empty place cell, or 0,0 as exports write for a missing location.
   */
  static final class NoPlace extends IllegalArgumentException {
    NoPlace(String message) {
      super(message);
    }
  }

  private final ColumnMap columns;
  private final Reprojection reprojection;

  PlaceReader(ColumnMap columns, Reprojection reprojection) {
    this.columns = columns;
    this.reprojection = reprojection;
  }

  /**
   * The point of a record.
   *
   * @throws IllegalArgumentException saying what was expected (without the line)
   */
  LatLon read(List<String> cells) {
    if (columns.point() >= 0) {
      return point(cells);
    }
    if (reprojection == null) {
      double lat = number(cells, columns.first(), 90);
      double lon = number(cells, columns.second(), 180);
      return latLon(lat, lon);
    }
    double x = number(cells, columns.first(), Double.POSITIVE_INFINITY);
    double y = number(cells, columns.second(), Double.POSITIVE_INFINITY);
    missing(x, y);
    return reprojection.toLatLon(x, y);
  }

  private LatLon point(List<String> cells) {
    String column = columns.name(columns.point());
    String text = cell(cells, columns.point());
    if (text.isBlank()) {
      throw new NoPlace(column + " is empty, expected a WKT point like POINT (-122.42 37.77)");
    }
    var m = WKT_POINT.matcher(text);
    double a = Double.NaN;
    double b = Double.NaN;
    if (m.matches()) {
      try {
        a = Double.parseDouble(m.group(1));
        b = Double.parseDouble(m.group(2));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException(
          column
              + " expected a WKT point like POINT (-122.42 37.77), got '"
              + ErrorText.value(text)
              + "'");
    }
    if (reprojection != null) {
      missing(a, b);
      return reprojection.toLatLon(a, b);
    }
    if (Math.abs(a) > 180 || Math.abs(b) > 90) {
      throw new IllegalArgumentException(
          column
              + " expected POINT (lon lat) with lon from -180 to 180 and lat from "
              + "-90 to 90, got '"
              + ErrorText.value(text)
              + "'");
    }
    return latLon(b, a);
  }

  private LatLon latLon(double lat, double lon) {
    missing(lat, lon);
    try {
      return new LatLon(lat, lon);
    } catch (GeoInputException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Exports write 0, 0 for a call without a location; say so rather than "off the map". */
  private void missing(double a, double b) {
    if (a == 0 && b == 0) {
      String names =
          columns.point() >= 0
              ? columns.name(columns.point()) + " is"
              : columns.name(columns.first()) + "/" + columns.name(columns.second()) + " are";
      throw new NoPlace(names + " 0,0, which exports write for a missing location");
    }
  }

  private String cell(List<String> cells, int index) {
    if (index >= cells.size()) {
      throw new IllegalArgumentException(
          "has "
              + cells.size()
              + " fields, expected '"
              + columns.name(index)
              + "' in field "
              + (index + 1));
    }
    return cells.get(index);
  }

  private double number(List<String> cells, int index, double limit) {
    String column = columns.name(index);
    if (index >= cells.size()) {
      throw new IllegalArgumentException(
          "has " + cells.size() + " fields, expected '" + column + "' in field " + (index + 1));
    }
    String text = cells.get(index).strip();
    if (text.isEmpty()) {
      throw new NoPlace(column + " is empty, expected a number");
    }
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && Math.abs(v) <= limit) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        column
            + " expected a number"
            + (Double.isInfinite(limit) ? "" : " from -" + (int) limit + " to " + (int) limit)
            + ", got '"
            + cells.get(index)
            + "'");
  }
}
