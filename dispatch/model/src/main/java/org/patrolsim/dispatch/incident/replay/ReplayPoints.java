// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.geo.LatLon;

/**
 * Only the places of a CSV (any lat/lon or x/y file, read with the same column mapping as a
 * replay), for checking them on a map: {@code patrolsim map check}. Times, types and priorities are
 * not read.
 */
public final class ReplayPoints {
  private ReplayPoints() {}

  /**
   * One record's place, or why it has none.
   *
   * @param point the place (WGS 84), or null when {@code problem} says why not
   */
  public record Point(int line, LatLon point, String problem) {}

  /**
   * The place of every record of {@code source}'s file, in file order.
   *
   * @throws ReplayError when the file cannot be read as CSV
   * @throws ReplaySetupError naming a field that cannot work (an unknown column, an unknown EPSG
   *     code)
   */
  public static List<Point> read(ReplaySource source) {
    ReplayFormat format = ReplayFormat.forPoints(source);
    Path file = Path.of(source.file());
    CsvFile csv = CsvFile.read(file, format.charset(), format.delimiter());
    Reprojection reprojection =
        source.projected() && source.crs() != null ? Reprojection.of(source.crs()) : null;
    ColumnMap columns = ColumnMap.forPoints(source, csv.header(), file.getFileName().toString());
    PlaceReader places = new PlaceReader(columns, reprojection);
    List<Point> points = new ArrayList<>();
    for (CsvFile.Row r : csv.records()) {
      try {
        points.add(new Point(r.line(), places.read(r.cells()), null));
      } catch (IllegalArgumentException e) {
        points.add(new Point(r.line(), null, e.getMessage().replaceAll("\\R", "\\\\n")));
      }
    }
    return points;
  }
}
