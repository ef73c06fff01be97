// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.List;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.LatLon;

/** Reads a record's place: latitude and longitude, or x and y reprojected to WGS 84. */
final class PlaceReader {
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
    if (reprojection == null) {
      double lat = number(cells, columns.first(), 90);
      double lon = number(cells, columns.second(), 180);
      missing(lat, lon);
      try {
        return new LatLon(lat, lon);
      } catch (GeoInputException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }
    double x = number(cells, columns.first(), Double.POSITIVE_INFINITY);
    double y = number(cells, columns.second(), Double.POSITIVE_INFINITY);
    missing(x, y);
    return reprojection.toLatLon(x, y);
  }

  /** Exports write 0, 0 for a call without a location; say so rather than "off the map". */
  private void missing(double a, double b) {
    if (a == 0 && b == 0) {
      throw new IllegalArgumentException(columns.name(columns.first()) + "/" + columns.name(columns.second())
          + " are 0,0, which exports write for a missing location");
    }
  }

  private double number(List<String> cells, int index, double limit) {
    String column = columns.name(index);
    if (index >= cells.size()) {
      throw new IllegalArgumentException("has " + cells.size() + " fields, expected '" + column + "' in field "
          + (index + 1));
    }
    String text = cells.get(index).strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(column + " is empty, expected a number");
    }
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && Math.abs(v) <= limit) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(column + " expected a number"
        + (Double.isInfinite(limit) ? "" : " from -" + (int) limit + " to " + (int) limit) + ", got '" + cells.get(index) + "'");
  }
}
