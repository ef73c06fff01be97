// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * A hand-made test city written as OSM XML: a 15 x 15 grid of two-way streets 100 m apart (more
 * than GraphHopper's 200-node island limit), with optional barriers (a street removed) and one-way
 * blocks.
 *
 * <pre>
 *  row 14  +--+--+-- ... --+     north
 *          |  |  |         |
 *  row 0   +--+--+-- ... --+     south; column 0 west, column 14 east
 * </pre>
 *
 * Node (row, col) is at lat 10 + row * 100 m, lon 20 + col * 100 m.
 */
public final class GridCity {
  public static final int N = 15;
  public static final double LAT0 = 10.0;
  public static final double LON0 = 20.0;
  public static final double DLAT = 100 / 111_320.0;
  public static final double DLON = 100 / (111_320.0 * Math.cos(Math.toRadians(LAT0)));

  private final Set<String> removed = new TreeSet<>();
  private final Set<String> oneWay = new TreeSet<>();
  private final String name;

  public GridCity(String name) {
    this.name = name;
  }

  public static double lat(int row) {
    return LAT0 + row * DLAT;
  }

  public static double lon(int col) {
    return LON0 + col * DLON;
  }

  /** Removes the north-south block from (row, col) to (row + 1, col). */
  public GridCity withoutNorthBlock(int row, int col) {
    removed.add("v" + row + "_" + col);
    return this;
  }

  /** Makes the east-west block from (row, col) to (row, col + 1) one-way eastbound. */
  public GridCity oneWayEast(int row, int col) {
    oneWay.add("h" + row + "_" + col);
    return this;
  }

  public RoadNetwork load(Path dir) {
    try {
      Files.createDirectories(dir);
      Path osm = dir.resolve(name + ".osm");
      Files.writeString(osm, xml());
      return RoadNetwork.load(osm, dir.resolve("cache"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long node(int row, int col) {
    return row * N + col + 1L;
  }

  private String xml() {
    StringBuilder sb =
        new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n");
    for (int r = 0; r < N; r++) {
      for (int c = 0; c < N; c++) {
        sb.append(
            String.format(
                Locale.ROOT,
                "<node id='%d' version='1' lat='%.7f' lon='%.7f'/>%n",
                node(r, c),
                lat(r),
                lon(c)));
      }
    }
    long way = 1;
    for (int r = 0; r < N; r++) {
      for (int c = 0; c < N; c++) {
        if (c + 1 < N) {
          way(sb, way++, node(r, c), node(r, c + 1), oneWay.contains("h" + r + "_" + c));
        }
        if (r + 1 < N && !removed.contains("v" + r + "_" + c)) {
          way(sb, way++, node(r, c), node(r + 1, c), false);
        }
      }
    }
    return sb.append("</osm>\n").toString();
  }

  private static void way(StringBuilder sb, long id, long a, long b, boolean oneWay) {
    sb.append("<way id='")
        .append(id)
        .append("' version='1'><nd ref='")
        .append(a)
        .append("'/><nd ref='")
        .append(b)
        .append("'/><tag k='highway' v='residential'/><tag k='maxspeed' v='40'/>")
        .append(oneWay ? "<tag k='oneway' v='yes'/>" : "")
        .append("</way>\n");
  }
}
