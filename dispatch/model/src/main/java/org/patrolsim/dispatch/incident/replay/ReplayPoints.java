// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.patrolsim.geo.LatLon;

/**
 * Only the places of a CSV (any lat/lon or x/y file, read with the same column mapping as a
 * replay), for checking them on a map: {@code patrolsim map check}. Types and priorities are not
 * read; times only to leave out the rows outside a replay's window ({@code from}/{@code to}), as a
 * run does.
 */
public final class ReplayPoints {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private ReplayPoints() {}

  /**
   * One record's place, or why it has none.
   *
   * @param point the place (WGS 84), or null when {@code reason} and {@code problem} say why not
   * @param reason why a run would leave the row out before placing it ({@link
   *     LeftOut#NO_COORDINATES}, {@link LeftOut#BAD_VALUE} or {@link LeftOut#OUTSIDE_WINDOW}), or
   *     null with a point
   */
  public record Point(int line, LatLon point, LeftOut reason, String problem) {}

  /**
   * The place of every record of {@code source}'s file, in file order (no window: times not read).
   *
   * @throws ReplayError when the file cannot be read as CSV
   * @throws ReplaySetupError naming a field that cannot work (an unknown column, an unknown EPSG
   *     code)
   */
  public static List<Point> read(ReplaySource source) {
    return read(ReplayFormat.forPoints(source));
  }

  /**
   * The place of every record of the file of {@code format}, in file order. When the format is a
   * whole replay mapping ({@link ReplayFormat#of}) with {@code from} or {@code to}, each row's time
   * is read first, as a run reads it: a time that cannot be read is a bad value, a row outside the
   * window is {@link LeftOut#OUTSIDE_WINDOW} and its place is not read.
   *
   * @throws ReplayError when the file cannot be read as CSV
   * @throws ReplaySetupError naming a field that cannot work
   */
  public static List<Point> read(ReplayFormat format) {
    ReplaySource source = format.source();
    RecordsSettings window = format.times() == null ? null : format.records();
    boolean windowed = window != null && (window.from() != null || window.to() != null);
    Path file = Path.of(source.file());
    CsvFile csv = CsvFile.read(file, format.charset(), format.delimiter());
    Reprojection reprojection = format.reprojection();
    String name = file.getFileName().toString();
    ColumnMap columns =
        windowed
            ? ColumnMap.forReplay(source, csv.header(), name)
            : ColumnMap.forPoints(source, csv.header(), name);
    PlaceReader places = new PlaceReader(columns, reprojection);
    List<Point> points = new ArrayList<>();
    for (CsvFile.Row r : csv.records()) {
      try {
        LocalDateTime time = windowed ? ReplayReader.time(r.cells(), format, columns) : null;
        if (windowed && !window.inWindow(time)) {
          points.add(new Point(r.line(), null, LeftOut.OUTSIDE_WINDOW, outside(time, window)));
        } else {
          points.add(new Point(r.line(), places.read(r.cells()), null, null));
        }
      } catch (PlaceReader.NoPlace e) {
        points.add(new Point(r.line(), null, LeftOut.NO_COORDINATES, oneLine(e)));
      } catch (IllegalArgumentException e) {
        points.add(new Point(r.line(), null, LeftOut.BAD_VALUE, oneLine(e)));
      }
    }
    return points;
  }

  private static String outside(LocalDateTime time, RecordsSettings window) {
    return window.from() != null && time.isBefore(window.from())
        ? "received " + WHEN.format(time) + ", before from (" + WHEN.format(window.from()) + ")"
        : "received " + WHEN.format(time) + ", not before to (" + WHEN.format(window.to()) + ")";
  }

  private static String oneLine(IllegalArgumentException e) {
    return e.getMessage().replaceAll("\\R", "\\\\n");
  }
}
