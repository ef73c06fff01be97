// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's {@code incidents.replay}: a CSV of past incidents and how to read it. Written
 * either as a file name alone (the short form: columns {@code time,lat,lon,type,priority}, ISO
 * times) or as a mapping of the fields below; every field but {@code file} is optional.
 * docs/SCENARIO.md documents each one, docs/REAL-DATA.md shows two common exports mapped.
 *
 * @param file the CSV file
 * @param columns which column holds what (header names)
 * @param timeFormat {@code iso} or a {@link java.time.format.DateTimeFormatter} pattern of the time
 *     column (of the date-time, or with a date column, of the time of day)
 * @param dateFormat with a date column: {@code iso} or a pattern of that column (a time part in it
 *     is ignored)
 * @param timeZone the zone of times in the file that carry no offset; null: the scenario's time
 *     zone
 * @param crs with x/y columns: the coordinate reference system as an EPSG code, e.g. {@code
 *     EPSG:2154}
 * @param delimiter the field separator, one character ({@code ,} by default, {@code ;} or a tab in
 *     some exports)
 * @param encoding the file's character set ({@code UTF-8} by default; a byte-order mark is skipped)
 * @param types the file's categories to the scenario's incident types
 * @param defaultType the type of a category not in {@code types} (and of every row without a type
 *     column); null: such a row is bad
 * @param priorities the file's priority values to {@code urgent}, {@code normal} or {@code low}
 * @param onBadRow {@code error} (default): rows that cannot be used stop the run, all listed in one
 *     line; {@code skip}: they are left out and counted
 * @param rowsOutsideHorizon {@code error} (default): a {@code days} shorter than the replay stops
 *     the run; {@code leaveOut}: the rows after the last day are left out and counted
 * @param selfInitiatedValues dispatch records: the {@code columns.selfInitiated} values (ignoring
 *     case) that mean officers started the call; required when that column is named
 * @param from dispatch records: the first received time kept (ISO local date-time or date,
 *     inclusive)
 * @param to dispatch records: the end of the window (ISO local date-time or date, exclusive)
 * @param stageCapHours dispatch records: a stage longer than this is left out (default 12)
 * @param repeatedIds with {@code columns.call}: which of the rows sharing a call number a replay
 *     keeps, {@code first}, {@code mostSerious} (default) or {@code keepAll} ({@link RepeatedIds})
 * @param strictMapping a replay: {@code true} makes a {@code types} or {@code priorities} key that
 *     matched no row, or a category that fell to {@code defaultType}, an error (default: warnings)
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
    String rowsOutsideHorizon,
    java.util.List<String> selfInitiatedValues,
    String from,
    String to,
    Double stageCapHours,
    String repeatedIds,
    Boolean strictMapping) {

  public static final String ISO = "iso";
  public static final String ERROR = "error";
  public static final String SKIP = "skip";
  public static final String LEAVE_OUT = "leaveOut";

  /** The default {@code stageCapHours}. */
  public static final double DEFAULT_STAGE_CAP_HOURS = 12;

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ReplaySource {
    columns =
        columns == null ? new Columns(null, null, null, null, null, null, null, null) : columns;
    selfInitiatedValues =
        selfInitiatedValues == null
            ? null
            : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(selfInitiatedValues));
    stageCapHours = stageCapHours == null ? DEFAULT_STAGE_CAP_HOURS : stageCapHours;
    strictMapping = strictMapping != null && strictMapping;
    timeFormat = timeFormat == null ? ISO : timeFormat;
    dateFormat = dateFormat == null ? ISO : dateFormat;
    delimiter = delimiter == null ? "," : delimiter;
    encoding = encoding == null ? "UTF-8" : encoding;
    types =
        types == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    priorities =
        priorities == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(priorities));
    onBadRow = onBadRow == null ? ERROR : onBadRow;
    rowsOutsideHorizon = rowsOutsideHorizon == null ? ERROR : rowsOutsideHorizon;
  }

  /** A replay mapping without the dispatch records' fields (they take their defaults). */
  public ReplaySource(
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
    this(
        file,
        columns,
        timeFormat,
        dateFormat,
        timeZone,
        crs,
        delimiter,
        encoding,
        types,
        defaultType,
        priorities,
        onBadRow,
        rowsOutsideHorizon,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A mapping without {@code repeatedIds} and {@code strictMapping} (their defaults). */
  public ReplaySource(
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
      String rowsOutsideHorizon,
      java.util.List<String> selfInitiatedValues,
      String from,
      String to,
      Double stageCapHours) {
    this(
        file,
        columns,
        timeFormat,
        dateFormat,
        timeZone,
        crs,
        delimiter,
        encoding,
        types,
        defaultType,
        priorities,
        onBadRow,
        rowsOutsideHorizon,
        selfInitiatedValues,
        from,
        to,
        stageCapHours,
        null,
        null);
  }

  /** This mapping reading another file (a records YAML's file resolved against its folder). */
  public ReplaySource withFile(String otherFile) {
    return new ReplaySource(
        otherFile,
        columns,
        timeFormat,
        dateFormat,
        timeZone,
        crs,
        delimiter,
        encoding,
        types,
        defaultType,
        priorities,
        onBadRow,
        rowsOutsideHorizon,
        selfInitiatedValues,
        from,
        to,
        stageCapHours,
        repeatedIds,
        strictMapping);
  }

  /** The short form: only the file, with today's columns {@code time,lat,lon,type,priority}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReplaySource ofFile(String file) {
    return new ReplaySource(
        file, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  /**
   * The header names of the columns to read; null fields take the short form's names ({@code time},
   * {@code lat}, {@code lon}, {@code type}, {@code priority}). {@code date} splits the call time
   * over two columns (date, time of day); {@code x} and {@code y} replace {@code lat} and {@code
   * lon} with projected coordinates in {@link ReplaySource#crs()}; {@code point} replaces them with
   * one column of WKT {@code POINT (lon lat)} (or {@code POINT (x y)} with {@code crs}).
   *
   * <p>The other columns are read only as dispatch records (a replay ignores them); when null, the
   * column of the default name is read if the header has it ({@code dispatched}, {@code enRoute},
   * {@code onScene}, {@code cleared}, {@code unit}, {@code call}, {@code selfInitiated}): the stage
   * times (in {@code timeFormat}; with a {@code date} column a time of day on the call's date, or
   * the next day when earlier than the call's time), the unit's name, the call number (rows with
   * the same number are one call, one unit each) and whether officers started the call ({@code
   * selfInitiatedValues}). {@code unitLat} and {@code unitLon} (default names {@code unitLat},
   * {@code unitLon}; both or neither) hold the unit's position in WGS 84 when it was dispatched
   * (AVL), which the travel calibration routes from.
   */
  public record Columns(
      String time,
      String date,
      String lat,
      String lon,
      String x,
      String y,
      String type,
      String priority,
      String point,
      String dispatched,
      String enRoute,
      String onScene,
      String cleared,
      String unit,
      String call,
      String selfInitiated,
      String unitLat,
      String unitLon) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Columns {}

    /** The replay's columns only; the dispatch records' columns take their defaults. */
    public Columns(
        String time,
        String date,
        String lat,
        String lon,
        String x,
        String y,
        String type,
        String priority) {
      this(
          time, date, lat, lon, x, y, type, priority, null, null, null, null, null, null, null,
          null, null, null);
    }

    /**
     * These columns with another place (for {@code map check}'s options); the point column is kept
     * only when all four are null.
     */
    public Columns withPlace(String newLat, String newLon, String newX, String newY) {
      boolean none = newLat == null && newLon == null && newX == null && newY == null;
      return new Columns(
          time,
          date,
          newLat,
          newLon,
          newX,
          newY,
          type,
          priority,
          none ? point : null,
          dispatched,
          enRoute,
          onScene,
          cleared,
          unit,
          call,
          selfInitiated,
          unitLat,
          unitLon);
    }
  }

  /**
   * Whether the coordinates are projected x/y (then {@code crs} is needed) rather than lat/lon; a
   * point column holds x/y exactly when {@code crs} is given.
   */
  public boolean projected() {
    return columns.x() != null || columns.y() != null || crs != null;
  }
}
