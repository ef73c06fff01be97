// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.LatLon;

/**
 * Reads every record of a replay file with its mapping, keeping the usable rows inside the window
 * ({@code from}/{@code to}), counting the rows outside it, and collecting the others with their
 * lines and reasons (nothing stops at the first bad row). A row whose time falls outside the window
 * is not read further: its other cells cannot make it bad.
 */
final class ReplayReader {
  private ReplayReader() {}

  /**
   * What a file held: the usable rows in the window in file order, the bad ones, the number of
   * records, and the number of rows outside the window.
   */
  record Rows(Path file, List<ReplayRow> rows, BadRows bad, int records, int outsideWindow) {}

  /**
   * @throws ReplayError when the file cannot be read as CSV
   * @throws ReplaySetupError naming a {@code columns.*} field the file's header lacks
   */
  static Rows read(ReplayFormat format, IncidentMix mix) {
    Path file = Path.of(format.source().file());
    CsvFile csv = CsvFile.read(file, format.charset(), format.delimiter());
    ColumnMap columns =
        ColumnMap.forReplay(format.source(), csv.header(), file.getFileName().toString());
    PlaceReader places = new PlaceReader(columns, format.reprojection());
    List<ReplayRow> rows = new ArrayList<>();
    BadRows bad = new BadRows();
    RecordsSettings window = format.records();
    int outside = 0;
    for (CsvFile.Row r : csv.records()) {
      try {
        LocalDateTime time = time(r.cells(), format, columns);
        if (window != null && !window.inWindow(time)) {
          outside++;
        } else {
          rows.add(row(r, time, format, columns, places, mix));
        }
      } catch (PlaceReader.NoPlace e) {
        bad.add(r.line(), LeftOut.NO_COORDINATES, e.getMessage());
      } catch (IllegalArgumentException e) {
        bad.add(r.line(), LeftOut.BAD_VALUE, e.getMessage());
      }
    }
    return new Rows(file, rows, bad, csv.records().size(), outside);
  }

  /**
   * A record's call time.
   *
   * @throws IllegalArgumentException saying what was expected (without the line)
   */
  static LocalDateTime time(List<String> cells, ReplayFormat format, ColumnMap columns) {
    return format
        .times()
        .read(
            columns.name(columns.time()),
            cell(cells, columns, columns.time()),
            columns.date() < 0 ? null : columns.name(columns.date()),
            columns.date() < 0 ? null : cell(cells, columns, columns.date()));
  }

  /**
   * One record as a replay row: time (read already), place, type, priority, call number and
   * category.
   *
   * @throws IllegalArgumentException saying what was expected (without the line)
   */
  static ReplayRow row(
      CsvFile.Row r,
      LocalDateTime time,
      ReplayFormat format,
      ColumnMap columns,
      PlaceReader places,
      IncidentMix mix) {
    List<String> cells = r.cells();
    LatLon point = places.read(cells);
    String category = category(cells, columns);
    String typeName =
        format
            .categories()
            .typeOf(columns.type() < 0 ? "type" : columns.name(columns.type()), category);
    IncidentType type = mix.byName(typeName);
    Priority priority =
        columns.priority() < 0 || columns.priority() >= cells.size()
            ? null
            : format
                .priorities()
                .priorityOf(columns.name(columns.priority()), cells.get(columns.priority()));
    String id = columns.call() < 0 ? null : cell(cells, columns, columns.call()).strip();
    return new ReplayRow(
        r.line(),
        time,
        point,
        type,
        priority == null ? type.priority() : priority,
        id == null || id.isEmpty() ? null : id,
        category,
        columns.priority() < 0 || columns.priority() >= cells.size()
            ? null
            : cells.get(columns.priority()));
  }

  /** The record's category text (stripped), or null without a type column. */
  static String category(List<String> cells, ColumnMap columns) {
    return columns.type() < 0 ? null : cell(cells, columns, columns.type()).strip();
  }

  static String cell(List<String> cells, ColumnMap columns, int index) {
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
}
