// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hand-made test map written as OSM XML: an N x N grid of two-way residential streets 100 m apart
 * (more junctions than GraphHopper's 200-node island limit for N >= 15), with optional gaps (a
 * river with few bridges), one-way blocks and extra ways of their own (a small piece far from the
 * grid).
 *
 * <pre>
 *  row N-1  +--+--+-- ... --+     north
 *           |  |  |         |
 *  row 0    +--+--+-- ... --+     south; column 0 west, column N-1 east
 * </pre>
 *
 * Node (row, col) is at lat {@link #LAT0} + row * 100 m, lon {@link #LON0} + col * 100 m. With
 * {@link #josmStyle()} the file looks as the JOSM editor saves a map it has not uploaded: negative
 * ids for new objects, {@code action='modify'}, no versions, and deleted objects kept with {@code
 * action='delete'}.
 */
public final class GridFixture {
  public static final double LAT0 = 10.0;
  public static final double LON0 = 20.0;
  public static final double DLAT = 100 / 111_320.0;
  public static final double DLON = 100 / (111_320.0 * Math.cos(Math.toRadians(LAT0)));

  private final int n;
  private final Set<String> removed = new TreeSet<>();
  private final Set<String> deleted = new TreeSet<>();
  private final List<double[][]> extraWays = new ArrayList<>();
  private final List<String> extraHighways = new ArrayList<>();
  private boolean josm;

  public GridFixture(int n) {
    this.n = n;
  }

  public static double lat(double row) {
    return LAT0 + row * DLAT;
  }

  public static double lon(double col) {
    return LON0 + col * DLON;
  }

  public static LatLon at(double row, double col) {
    return new LatLon(lat(row), lon(col));
  }

  /** Leaves out the north-south block from (row, col) to (row + 1, col). */
  public GridFixture withoutNorthBlock(int row, int col) {
    removed.add("v" + row + "_" + col);
    return this;
  }

  /**
   * Keeps the north-south block from (row, col) to (row + 1, col) but marks it deleted, as JOSM
   * does.
   */
  public GridFixture deletedNorthBlock(int row, int col) {
    deleted.add("v" + row + "_" + col);
    return this;
  }

  /**
   * A way of its own through points given as (row, col) grid coordinates, e.g. a piece off the
   * grid.
   */
  public GridFixture withWay(String highway, double[]... rowCols) {
    extraWays.add(rowCols);
    extraHighways.add(highway);
    return this;
  }

  /** Writes ids and attributes as JOSM does for objects created and never uploaded. */
  public GridFixture josmStyle() {
    josm = true;
    return this;
  }

  public Path write(Path dir, String name) {
    try {
      Files.createDirectories(dir);
      Path osm = dir.resolve(name + ".osm");
      Files.writeString(osm, xml());
      return osm;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long node(int row, int col) {
    long id = row * n + col + 1L;
    // JOSM: new objects count down from -1; a few objects keep positive ids (downloaded from the
    // server)
    return josm && (row + col) % 7 != 0 ? -id : id;
  }

  private String xml() {
    StringBuilder sb = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n");
    sb.append(
        josm ? "<osm version='0.6' upload='false' generator='JOSM'>\n" : "<osm version='0.6'>\n");
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        long id = node(r, c);
        sb.append(
            String.format(
                Locale.ROOT,
                "  <node id='%d' %slat='%.7f' lon='%.7f' />%n",
                id,
                id < 0 ? "action='modify' visible='true' " : "version='1' ",
                lat(r),
                lon(c)));
      }
    }
    long extraNode = 1_000_000;
    List<List<Long>> extraIds = new ArrayList<>();
    for (double[][] points : extraWays) {
      List<Long> ids = new ArrayList<>();
      for (double[] rc : points) {
        long id = josm ? -extraNode : extraNode;
        extraNode++;
        ids.add(id);
        sb.append(
            String.format(
                Locale.ROOT,
                "  <node id='%d' %slat='%.7f' lon='%.7f' />%n",
                id,
                id < 0 ? "action='modify' visible='true' " : "version='1' ",
                lat(rc[0]),
                lon(rc[1])));
      }
      extraIds.add(ids);
    }
    long way = 1;
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        if (c + 1 < n) {
          way(sb, way++, node(r, c), node(r, c + 1), "residential", false);
        }
        String v = "v" + r + "_" + c;
        if (r + 1 < n && !removed.contains(v)) {
          way(sb, way++, node(r, c), node(r + 1, c), "residential", deleted.contains(v));
        }
      }
    }
    for (int i = 0; i < extraWays.size(); i++) {
      List<Long> ids = extraIds.get(i);
      long id = josm ? -way++ : way++;
      sb.append("  <way id='")
          .append(id)
          .append(id < 0 ? "' action='modify' visible='true'>\n" : "' version='1'>\n");
      for (long ref : ids) {
        sb.append("    <nd ref='").append(ref).append("' />\n");
      }
      sb.append("    <tag k='highway' v='").append(extraHighways.get(i)).append("' />\n  </way>\n");
    }
    if (josm) {
      // a relation created in the editor, pointing at new ways and nodes by their negative ids
      sb.append("  <relation id='-1' action='modify' visible='true'>\n    <member type='way' ref='")
          .append(-2)
          .append("' role='' />\n    <member type='node' ref='")
          .append(node(0, 1))
          .append(
              "' role='' />\n    <tag k='type' v='route' />\n    <tag k='route' v='bus' />\n  </relation>\n");
    }
    return sb.append("</osm>\n").toString();
  }

  private void way(StringBuilder sb, long id, long a, long b, String highway, boolean deletedWay) {
    long wayId = josm && id % 5 != 0 ? -id : id;
    String attrs =
        deletedWay
            ? " action='delete' visible='true'"
            : wayId < 0 ? " action='modify' visible='true'" : " version='1'";
    sb.append("  <way id='")
        .append(wayId)
        .append("'")
        .append(attrs)
        .append(">\n    <nd ref='")
        .append(a)
        .append("' />\n    <nd ref='")
        .append(b)
        .append("' />\n    <tag k='highway' v='")
        .append(highway)
        .append("' />\n    <tag k='maxspeed' v='40' />\n  </way>\n");
  }
}
