// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A hand-made test town written as OSM XML: a 15 x 15 grid of two-way streets 100 m apart, cut by a
 * river between rows 7 and 8 that one bridge crosses, at column 13; and 2 km east of the grid a
 * lone 300 m stretch of motorway that joins nothing, which GraphHopper drops at import as a small
 * piece.
 *
 * <pre>
 *  row 14  +--+-- ... --+--+
 *  row 8   +--+-- ... --+--+
 *          ~~~~ river ~~|~~~     bridge at column 13
 *  row 7   +--+-- ... --+--+                     ====== motorway, columns 34 to 37, row 7
 *  row 0   +--+-- ... --+--+
 * </pre>
 *
 * Node (row, col) is at lat 10 + row * 100 m, lon 20 + col * 100 m.
 */
final class RiverTown {
  static final int N = 15;
  static final int BRIDGE = 13;
  static final double DLAT = 100 / 111_320.0;
  static final double DLON = 100 / (111_320.0 * Math.cos(Math.toRadians(10.0)));

  private RiverTown() {}

  static double lat(double row) {
    return 10.0 + row * DLAT;
  }

  static double lon(double col) {
    return 20.0 + col * DLON;
  }

  /** "lat,lon" of a grid position, as written in CSV and YAML. */
  static String at(double row, double col) {
    return String.format(Locale.ROOT, "%.7f,%.7f", lat(row), lon(col));
  }

  static Path write(Path dir) {
    StringBuilder sb =
        new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n");
    for (int r = 0; r < N; r++) {
      for (int c = 0; c < N; c++) {
        node(sb, r * N + c + 1L, lat(r), lon(c));
      }
    }
    for (int c = 34; c <= 37; c++) {
      node(sb, 1000L + c, lat(7), lon(c));
    }
    long way = 1;
    for (int r = 0; r < N; r++) {
      for (int c = 0; c < N; c++) {
        if (c + 1 < N) {
          way(sb, way++, "residential", r * N + c + 1L, r * N + c + 2L);
        }
        if (r + 1 < N && (r != 7 || c == BRIDGE)) {
          way(sb, way++, "residential", r * N + c + 1L, (r + 1) * N + c + 1L);
        }
      }
    }
    way(sb, way, "motorway", 1034, 1035, 1036, 1037);
    sb.append("</osm>\n");
    try {
      Files.createDirectories(dir);
      Path osm = dir.resolve("river-town.osm");
      Files.writeString(osm, sb.toString());
      return osm;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void node(StringBuilder sb, long id, double lat, double lon) {
    sb.append(
        String.format(
            Locale.ROOT, "<node id='%d' version='1' lat='%.7f' lon='%.7f'/>%n", id, lat, lon));
  }

  private static void way(StringBuilder sb, long id, String highway, long... nodes) {
    sb.append("<way id='").append(id).append("' version='1'>");
    for (long n : nodes) {
      sb.append("<nd ref='").append(n).append("'/>");
    }
    sb.append("<tag k='highway' v='")
        .append(highway)
        .append("'/><tag k='maxspeed' v='40'/></way>\n");
  }
}
