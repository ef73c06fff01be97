// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.LatLon;

/**
 * Every row of a dispatch records file (a CAD export) read with a replay mapping and its records
 * columns: the call as a replay reads it (time, place, type, priority) plus the call number, the
 * unit, whether officers started it, and the stage times as written. Nothing stops at a bad row or
 * a bad time: each says what is wrong, and the records reader counts it. Rows are not placed on a
 * map.
 *
 * @param file the CSV file read
 * @param rows every data row in file order
 */
public record StageRows(Path file, List<Row> rows) {

  /** The stage times a row can hold, in the order they must come. */
  public enum Stage {
    DISPATCHED,
    EN_ROUTE,
    ON_SCENE,
    CLEARED
  }

  /**
   * One stage cell: a time, nothing (an empty cell or no such column: not recorded), or why it
   * cannot be read.
   *
   * @param time the time in the scenario's zone, or null
   * @param problem why the cell cannot be read, or null
   */
  public record StageTime(LocalDateTime time, String problem) {
    static final StageTime NONE = new StageTime(null, null);

    /** Whether the cell holds anything (a time, or text that is not one). */
    public boolean written() {
      return time != null || problem != null;
    }
  }

  /**
   * One data row. When {@code problem} is set the mapping cannot read it and only {@code line} is
   * set.
   *
   * @param call the call number cell (stripped), or null without a call column
   * @param unit the unit cell (stripped), or null when empty or without a unit column
   * @param category the file's category text, or null without a type column
   * @param type the scenario type it maps to
   * @param stages the stage times in {@link Stage} order
   * @param unitAt the unit's position at dispatch, or null (no such columns, empty cells, or
   *     unreadable)
   * @param unitAtProblem why the unit's position cannot be read, or null
   */
  public record Row(
      int line,
      String problem,
      String call,
      String unit,
      LocalDateTime received,
      LatLon point,
      String category,
      String type,
      Priority priority,
      boolean selfInitiated,
      List<StageTime> stages,
      LatLon unitAt,
      String unitAtProblem) {

    static Row unreadable(int line, String problem) {
      return new Row(
          line,
          problem.replaceAll("\\R", "\\\\n"),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          false,
          List.of(),
          null,
          null);
    }

    /** The stage time of one stage. */
    public StageTime stage(Stage stage) {
      return stages.get(stage.ordinal());
    }
  }

  /**
   * Reads every row of {@code format}'s file.
   *
   * @throws ReplayError when the file cannot be read as CSV
   * @throws ReplaySetupError naming a {@code columns.*} field the file's header lacks
   */
  public static StageRows read(ReplayFormat format, IncidentMix mix) {
    Path file = Path.of(format.source().file());
    CsvFile csv = CsvFile.read(file, format.charset(), format.delimiter());
    String name = file.getFileName().toString();
    ColumnMap columns = ColumnMap.forReplay(format.source(), csv.header(), name);
    RecordColumns extra = RecordColumns.of(format.source(), csv.header(), name);
    PlaceReader places = new PlaceReader(columns, format.reprojection());
    List<Row> rows = new ArrayList<>();
    for (CsvFile.Row r : csv.records()) {
      try {
        rows.add(row(r, format, columns, extra, places, mix));
      } catch (IllegalArgumentException e) {
        rows.add(Row.unreadable(r.line(), e.getMessage()));
      }
    }
    return new StageRows(file, rows);
  }

  private static Row row(
      CsvFile.Row r,
      ReplayFormat format,
      ColumnMap columns,
      RecordColumns extra,
      PlaceReader places,
      IncidentMix mix) {
    ReplayRow call =
        ReplayReader.row(
            r, ReplayReader.time(r.cells(), format, columns), format, columns, places, mix);
    List<String> cells = r.cells();
    String callId = extra.call() < 0 ? null : text(cells, columns, extra.call());
    if (callId != null && callId.isEmpty()) {
      throw new IllegalArgumentException(
          columns.name(extra.call()) + " is empty, expected the call number");
    }
    String unit = extra.unit() < 0 ? null : text(cells, columns, extra.unit());
    boolean self =
        extra.selfInitiated() >= 0
            && format.records().selfInitiated(text(cells, columns, extra.selfInitiated()));
    List<StageTime> stages = new ArrayList<>();
    for (int index : extra.stages()) {
      stages.add(stage(cells, format, columns, index));
    }
    LatLon unitAt = null;
    String unitAtProblem = null;
    if (extra.unitPositions()) {
      try {
        unitAt = unitAt(cells, columns, extra);
      } catch (IllegalArgumentException e) {
        unitAtProblem = e.getMessage().replaceAll("\\R", "\\\\n");
      }
    }
    return new Row(
        r.line(),
        null,
        callId,
        unit == null || unit.isEmpty() ? null : unit,
        call.time(),
        call.point(),
        ReplayReader.category(cells, columns),
        call.type().name(),
        call.priority(),
        self,
        List.copyOf(stages),
        unitAt,
        unitAtProblem);
  }

  /**
   * The unit's position at dispatch: null when both cells are empty (not recorded).
   *
   * @throws IllegalArgumentException saying what was expected
   */
  private static LatLon unitAt(List<String> cells, ColumnMap columns, RecordColumns extra) {
    String lat = extra.unitLat() < cells.size() ? cells.get(extra.unitLat()).strip() : "";
    String lon = extra.unitLon() < cells.size() ? cells.get(extra.unitLon()).strip() : "";
    if (lat.isEmpty() && lon.isEmpty()) {
      return null;
    }
    return new LatLon(
        degrees(columns.name(extra.unitLat()), lat, 90),
        degrees(columns.name(extra.unitLon()), lon, 180));
  }

  private static double degrees(String column, String text, double limit) {
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
            + " expected the unit's position in degrees from -"
            + (int) limit
            + " to "
            + (int) limit
            + ", got '"
            + ErrorText.value(text)
            + "'");
  }

  private static StageTime stage(
      List<String> cells, ReplayFormat format, ColumnMap columns, int index) {
    if (index < 0 || index >= cells.size() || cells.get(index).isBlank()) {
      return StageTime.NONE;
    }
    try {
      String date = columns.date() < 0 ? null : cells.get(columns.date());
      return new StageTime(
          format
              .times()
              .readStage(
                  columns.name(index),
                  cells.get(index),
                  columns.date() < 0 ? null : columns.name(columns.date()),
                  date,
                  columns.name(columns.time()),
                  cells.get(columns.time())),
          null);
    } catch (IllegalArgumentException e) {
      return new StageTime(null, e.getMessage().replaceAll("\\R", "\\\\n"));
    }
  }

  private static String text(List<String> cells, ColumnMap columns, int index) {
    return ReplayReader.cell(cells, columns, index).strip();
  }
}
