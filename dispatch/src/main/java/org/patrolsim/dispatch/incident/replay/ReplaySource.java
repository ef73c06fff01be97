// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's {@code incidents.replay}: a CSV of past incidents and how to read it. Written either as
 * a file name alone (the short form: columns {@code time,lat,lon,type,priority}, ISO times) or as a
 * mapping of the fields below; every field but {@code file} is optional. docs/SCENARIO.md documents
 * each one, docs/REAL-DATA.md shows two common exports mapped.
 *
 * @param file the CSV file
 * @param columns which column holds what (header names)
 * @param timeFormat {@code iso} or a {@link java.time.format.DateTimeFormatter} pattern of the time
 *     column (of the date-time, or with a date column, of the time of day)
 * @param dateFormat with a date column: {@code iso} or a pattern of that column (a time part in it is
 *     ignored)
 * @param timeZone the zone of times in the file that carry no offset; null: the scenario's time zone
 * @param crs with x/y columns: the coordinate reference system as an EPSG code, e.g. {@code EPSG:2154}
 * @param delimiter the field separator, one character ({@code ,} by default, {@code ;} or a tab in some
 *     exports)
 * @param encoding the file's character set ({@code UTF-8} by default; a byte-order mark is skipped)
 * @param types the file's categories to the scenario's incident types
 * @param defaultType the type of a category not in {@code types} (and of every row without a type
 *     column); null: such a row is bad
 * @param priorities the file's priority values to {@code urgent}, {@code normal} or {@code low}
 * @param onBadRow {@code error} (default): rows that cannot be used stop the run, all listed in one
 *     line; {@code skip}: they are left out and counted
 * @param rowsOutsideHorizon {@code error} (default): a {@code days} shorter than the replay stops the
 *     run; {@code leaveOut}: the rows after the last day are left out and counted
 */
public record ReplaySource(
    String file,
    Columns columns,
    String timeFormat,
    String dateFormat,
    String timeZone,
    String crs,
    String delimiter,
    String encoding,
    Map<String, String> types,
    String defaultType,
    Map<String, String> priorities,
    String onBadRow,
    String rowsOutsideHorizon) {

  public static final String ISO = "iso";
  public static final String ERROR = "error";
  public static final String SKIP = "skip";
  public static final String LEAVE_OUT = "leaveOut";

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ReplaySource {
    columns = columns == null ? new Columns(null, null, null, null, null, null, null, null) : columns;
    timeFormat = timeFormat == null ? ISO : timeFormat;
    dateFormat = dateFormat == null ? ISO : dateFormat;
    delimiter = delimiter == null ? "," : delimiter;
    encoding = encoding == null ? "UTF-8" : encoding;
    types = types == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    priorities = priorities == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(priorities));
    onBadRow = onBadRow == null ? ERROR : onBadRow;
    rowsOutsideHorizon = rowsOutsideHorizon == null ? ERROR : rowsOutsideHorizon;
  }

  /** The short form: only the file, with today's columns {@code time,lat,lon,type,priority}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReplaySource ofFile(String file) {
    return new ReplaySource(file, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The header names of the columns to read; null fields take the short form's names ({@code time},
   * {@code lat}, {@code lon}, {@code type}, {@code priority}). {@code date} splits the call time over
   * two columns (date, time of day); {@code x} and {@code y} replace {@code lat} and {@code lon} with
   * projected coordinates in {@link ReplaySource#crs()}.
   */
  public record Columns(String time, String date, String lat, String lon, String x, String y, String type,
      String priority) {}

  /** Whether the coordinates are projected x/y (then {@code crs} is needed) rather than lat/lon. */
  public boolean projected() {
    return columns.x() != null || columns.y() != null || crs != null;
  }
}
