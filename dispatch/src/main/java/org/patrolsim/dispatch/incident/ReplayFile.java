// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.patrolsim.dispatch.UserInputError;

/**
 * A CSV of past incidents to replay, with the header {@code time,lat,lon,type,priority}. {@code time} is
 * an ISO local date-time ({@code 2024-05-01T08:15:30}, a space instead of the T is accepted); the
 * simulation starts at midnight of the earliest date. {@code priority} may be empty, meaning the
 * type's priority. Fields are plain (no embedded commas). A bad row is reported as one line naming the file, the line and what was expected.
 */
public final class ReplayFile {
  private static final List<String> HEADER = List.of("time", "lat", "lon", "type", "priority");

  private ReplayFile() {}

  /** A bad replay file: the message names the file and the line. */
  public static final class Error extends RuntimeException implements UserInputError {
    private static final long serialVersionUID = 1L;

    Error(String message) {
      super(message);
    }
  }

  /** The calls of the file, in time order, with ids 1, 2, ... in that order. */
  public static List<IncidentCall> read(Path file, IncidentMix mix) {
    record Row(int line, LocalDateTime time, double lat, double lon, IncidentType type, Priority priority) {}
    List<Row> rows = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Error(file + ": cannot read the replay CSV (" + e.getMessage() + ")");
    }
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      String[] cells = text.split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        cells[c] = unquote(cells[c].trim());
      }
      if (header) {
        header = false;
        List<String> names = List.of(cells).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(HEADER)) {
          throw error(file, line, "expected the header time,lat,lon,type,priority, got " + text.strip());
        }
        continue;
      }
      if (cells.length != HEADER.size()) {
        throw error(file, line, "expected 5 columns (time,lat,lon,type,priority), got " + cells.length);
      }
      LocalDateTime time = time(file, line, cells[0]);
      double lat = number(file, line, "lat", cells[1], 90);
      double lon = number(file, line, "lon", cells[2], 180);
      IncidentType type = mix.byName(cells[3]);
      if (type == null) {
        throw error(file, line, "unknown incident type '" + cells[3] + "', expected one of "
            + mix.types().stream().map(IncidentType::name).toList());
      }
      Priority priority = cells[4].isBlank() ? type.priority() : Priority.parse(cells[4]);
      if (priority == null) {
        throw error(file, line, "priority expected urgent, normal, low or empty, got '" + cells[4] + "'");
      }
      rows.add(new Row(line, time, lat, lon, type, priority));
    }
    if (rows.isEmpty()) {
      throw new Error(file + ": no incidents after the header");
    }
    rows.sort(Comparator.comparing(Row::time).thenComparingInt(Row::line));
    LocalDateTime start = rows.get(0).time().toLocalDate().atStartOfDay();
    List<IncidentCall> calls = new ArrayList<>(rows.size());
    long id = 1;
    for (Row r : rows) {
      long ms = Duration.between(start, r.time()).toMillis();
      calls.add(new IncidentCall(id++, ms, r.lat(), r.lon(), r.type(), r.priority()));
    }
    return calls;
  }

  private static String unquote(String cell) {
    return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
        ? cell.substring(1, cell.length() - 1) : cell;
  }

  private static LocalDateTime time(Path file, int line, String text) {
    try {
      return LocalDateTime.parse(text.trim().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw error(file, line, "time expected an ISO date-time like 2024-05-01T08:15:30, got '" + text + "'");
    }
  }

  private static double number(Path file, int line, String column, String text, double limit) {
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isFinite(v) && Math.abs(v) <= limit) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(file, line, column + " expected a number from -" + (int) limit + " to " + (int) limit
        + ", got '" + text + "'");
  }

  private static Error error(Path file, int line, String what) {
    return new Error(file + " line " + line + ": " + what);
  }
}
