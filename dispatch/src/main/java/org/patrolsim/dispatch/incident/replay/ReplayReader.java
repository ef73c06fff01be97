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
 * Reads every record of a replay file with its mapping, keeping the usable rows and collecting the
 * others with their lines and reasons (nothing stops at the first bad row).
 */
final class ReplayReader {
  private ReplayReader() {}

  /** What a file held: the usable rows in file order, the bad ones, and the number of records. */
  record Rows(Path file, List<ReplayRow> rows, BadRows bad, int records) {}

  /**
   * @throws ReplayError when the file cannot be read as CSV
   * @throws ReplaySetupError naming a {@code columns.*} field the file's header lacks
   */
  static Rows read(ReplayFormat format, IncidentMix mix) {
    Path file = Path.of(format.source().file());
    CsvFile csv = CsvFile.read(file, format.charset(), format.delimiter());
    ColumnMap columns = ColumnMap.forReplay(format.source(), csv.header(), file.getFileName().toString());
    PlaceReader places = new PlaceReader(columns, format.reprojection());
    List<ReplayRow> rows = new ArrayList<>();
    BadRows bad = new BadRows();
    for (CsvFile.Record r : csv.records()) {
      try {
        rows.add(row(r, format, columns, places, mix));
      } catch (IllegalArgumentException e) {
        bad.add(r.line(), e.getMessage());
      }
    }
    return new Rows(file, rows, bad, csv.records().size());
  }

  /**
   * One record as a replay row: time, place, type and priority.
   *
   * @throws IllegalArgumentException saying what was expected (without the line)
   */
  static ReplayRow row(CsvFile.Record r, ReplayFormat format, ColumnMap columns, PlaceReader places, IncidentMix mix) {
    List<String> cells = r.cells();
    LocalDateTime time = format.times().read(columns.name(columns.time()), cell(cells, columns, columns.time()),
        columns.date() < 0 ? null : columns.name(columns.date()),
        columns.date() < 0 ? null : cell(cells, columns, columns.date()));
    LatLon point = places.read(cells);
    String category = category(cells, columns);
    String typeName = format.categories().typeOf(columns.type() < 0 ? "type" : columns.name(columns.type()), category);
    IncidentType type = mix.byName(typeName);
    Priority priority = columns.priority() < 0 || columns.priority() >= cells.size() ? null
        : format.priorities().priorityOf(columns.name(columns.priority()), cells.get(columns.priority()));
    return new ReplayRow(r.line(), time, point, type, priority == null ? type.priority() : priority);
  }

  /** The record's category text (stripped), or null without a type column. */
  static String category(List<String> cells, ColumnMap columns) {
    return columns.type() < 0 ? null : cell(cells, columns, columns.type()).strip();
  }

  static String cell(List<String> cells, ColumnMap columns, int index) {
    if (index >= cells.size()) {
      throw new IllegalArgumentException("has " + cells.size() + " fields, expected '" + columns.name(index)
          + "' in field " + (index + 1));
    }
    return cells.get(index);
  }
}
