// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.List;

/**
 * Where each mapped column is in a file's header. A name matches a header cell exactly or, failing
 * that, ignoring case and surrounding spaces. A column named in the mapping must exist; the short
 * form's default names ({@code type}, {@code priority}) are optional where a default covers them.
 *
 * @param time index of the time column (date and time, or with {@code date} the time of day)
 * @param date index of the date column, or -1
 * @param first index of lat (or x), or -1 with a point column
 * @param second index of lon (or y), or -1 with a point column
 * @param point index of the WKT point column, or -1
 * @param type index of the category column, or -1: every row gets the default type
 * @param priority index of the priority column, or -1: every row gets its type's priority
 * @param call index of the call number column ({@code columns.call}, read by a replay only when
 *     named), or -1
 */
record ColumnMap(
    List<String> header,
    int time,
    int date,
    int first,
    int second,
    int point,
    int type,
    int priority,
    int call) {

  /** The columns of a replay: time, place, type, priority. */
  static ColumnMap forReplay(ReplaySource source, List<String> header, String fileName) {
    ReplaySource.Columns c = source.columns();
    int time = required(header, "columns.time", c.time(), "time", fileName);
    int date = c.date() == null ? -1 : required(header, "columns.date", c.date(), null, fileName);
    int[] place = place(source, header, fileName);
    int type =
        c.type() != null
            ? required(header, "columns.type", c.type(), null, fileName)
            : index(header, "type");
    if (type < 0 && source.defaultType() == null) {
      throw new ReplaySetupError(
          "columns.type",
          fileName
              + " has no column 'type'; expected columns.type to name the "
              + "column of incident categories, or a defaultType for every row; the header has "
              + header);
    }
    int priority =
        c.priority() != null
            ? required(header, "columns.priority", c.priority(), null, fileName)
            : index(header, "priority");
    int call = c.call() == null ? -1 : required(header, "columns.call", c.call(), null, fileName);
    return new ColumnMap(header, time, date, place[0], place[1], place[2], type, priority, call);
  }

  /** Only the place columns, for checking points on a map. */
  static ColumnMap forPoints(ReplaySource source, List<String> header, String fileName) {
    int[] place = place(source, header, fileName);
    return new ColumnMap(header, -1, -1, place[0], place[1], place[2], -1, -1, -1);
  }

  private static int[] place(ReplaySource source, List<String> header, String fileName) {
    ReplaySource.Columns c = source.columns();
    if (c.point() != null) {
      if (c.lat() != null || c.lon() != null || c.x() != null || c.y() != null) {
        throw new ReplaySetupError(
            "columns.point",
            "expected either columns.point (one WKT POINT column) or "
                + "columns.lat/lon (or x/y), not both");
      }
      return new int[] {-1, -1, required(header, "columns.point", c.point(), null, fileName)};
    }
    if (source.projected()) {
      if (c.x() == null || c.y() == null) {
        throw new ReplaySetupError(
            c.x() == null ? "columns.x" : "columns.y",
            "expected both columns.x and columns.y " + "(easting and northing) with crs");
      }
      if (source.crs() == null) {
        throw new ReplaySetupError(
            "crs", "expected the EPSG code of the x/y columns, e.g. crs: EPSG:2154");
      }
      return new int[] {
        required(header, "columns.x", c.x(), null, fileName),
        required(header, "columns.y", c.y(), null, fileName),
        -1
      };
    }
    return new int[] {
      required(header, "columns.lat", c.lat(), "lat", fileName),
      required(header, "columns.lon", c.lon(), "lon", fileName),
      -1
    };
  }

  /** The header's name of a column. */
  String name(int index) {
    return header.get(index);
  }

  static int required(
      List<String> header, String field, String name, String fallback, String fileName) {
    String wanted = name != null ? name : fallback;
    int i = index(header, wanted);
    if (i < 0) {
      throw new ReplaySetupError(
          field,
          fileName
              + " has no column '"
              + wanted
              + "'; expected "
              + field
              + " to name one of its header's columns "
              + header);
    }
    return i;
  }

  static int index(List<String> header, String name) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    return -1;
  }
}
