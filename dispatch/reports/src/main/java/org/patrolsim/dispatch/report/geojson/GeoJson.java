// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.patrolsim.geo.LatLon;

/**
 * GeoJSON (RFC 7946) objects as ordered maps, and their writing: positions are [longitude,
 * latitude] in WGS 84 with 6 decimals (about 0.1 m), polygons' exterior rings counterclockwise and
 * holes clockwise (the right-hand rule). A file is a FeatureCollection written one feature per
 * line, so the bytes depend only on the content.
 */
public final class GeoJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private GeoJson() {}

  /** A feature with an id, a geometry and properties (kept in insertion order). */
  public static Map<String, Object> feature(
      Object id, Map<String, Object> geometry, Map<String, Object> properties) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("id", id);
    f.put("geometry", geometry);
    f.put("properties", properties);
    return f;
  }

  /**
   * A FeatureCollection; {@code foreign} members (RFC 7946 section 6.1) come before the features.
   */
  public static Map<String, Object> collection(
      List<Map<String, Object>> features, Map<String, Object> foreign) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("type", "FeatureCollection");
    c.putAll(foreign);
    c.put("features", features);
    return c;
  }

  public static Map<String, Object> point(LatLon p) {
    return geometry("Point", position(p.lon(), p.lat()));
  }

  /**
   * A LineString, without positions that repeat the one before once rounded; null when fewer than
   * two remain (a segment shorter than the precision: it has no length to show).
   */
  public static Map<String, Object> lineString(List<LatLon> points) {
    List<Object> line = new ArrayList<>(points.size());
    for (LatLon p : points) {
      List<Double> position = position(p.lon(), p.lat());
      if (line.isEmpty() || !line.get(line.size() - 1).equals(position)) {
        line.add(position);
      }
    }
    return line.size() < 2 ? null : geometry("LineString", line);
  }

  /**
   * A JTS geometry in lon/lat: Point, LineString, Polygon, or a collection of one kind (Multi...).
   */
  public static Map<String, Object> of(Geometry g) {
    if (g instanceof Point p) {
      return geometry("Point", position(p.getX(), p.getY()));
    }
    if (g instanceof LineString l) {
      return geometry("LineString", positions(l.getCoordinates(), null));
    }
    if (g instanceof Polygon p) {
      return geometry("Polygon", rings(p));
    }
    List<Object> parts = new ArrayList<>();
    String kind = null;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Map<String, Object> part = of(g.getGeometryN(i));
      if (kind != null && !kind.equals(part.get("type"))) {
        throw new IllegalArgumentException(
            "mixed geometry collection: " + kind + " and " + part.get("type"));
      }
      kind = (String) part.get("type");
      parts.add(part.get("coordinates"));
    }
    if (kind == null) {
      throw new IllegalArgumentException("empty geometry");
    }
    return geometry("Multi" + kind, parts);
  }

  /** Writes a FeatureCollection one feature per line. */
  @SuppressWarnings("unchecked")
  public static void write(Map<String, Object> collection, Writer w) throws IOException {
    Map<String, Object> foreign = new LinkedHashMap<>(collection);
    foreign.remove("type");
    List<Object> features = (List<Object>) foreign.remove("features");
    FeatureLines lines = FeatureLines.start(w, foreign);
    for (Object f : features) {
      lines.add(f);
    }
    lines.end();
  }

  /**
   * A FeatureCollection written one feature per line as the features come (a run's incidents, as
   * each incident's timeline is final): the same bytes as {@link #write} of the whole collection.
   */
  public static final class FeatureLines {
    private final Writer w;
    private boolean first = true;

    private FeatureLines(Writer w) {
      this.w = w;
    }

    /**
     * Writes the collection's head: its type, then the {@code foreign} members (RFC 7946 section
     * 6.1).
     */
    public static FeatureLines start(Writer w, Map<String, Object> foreign) throws IOException {
      w.write("{");
      w.write(JSON.writeValueAsString("type") + ":" + JSON.writeValueAsString("FeatureCollection"));
      for (Map.Entry<String, Object> e : foreign.entrySet()) {
        w.write(
            ","
                + JSON.writeValueAsString(e.getKey())
                + ":"
                + JSON.writeValueAsString(e.getValue()));
      }
      w.write(",\"features\":[\n");
      return new FeatureLines(w);
    }

    /** Writes one feature on its own line. */
    public void add(Object feature) throws IOException {
      if (!first) {
        w.write(",\n");
      }
      first = false;
      w.write(JSON.writeValueAsString(feature));
    }

    /** Closes the collection. */
    public void end() throws IOException {
      w.write(first ? "]}\n" : "\n]}\n");
    }
  }

  /** A coordinate rounded to 6 decimals. */
  public static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static List<Object> rings(Polygon p) {
    List<Object> rings = new ArrayList<>();
    rings.add(positions(p.getExteriorRing().getCoordinates(), true));
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      rings.add(positions(p.getInteriorRingN(i).getCoordinates(), false));
    }
    return rings;
  }

  /**
   * Positions; a ring turned counterclockwise ({@code ccw} true) or clockwise (false); null: as
   * given.
   */
  private static List<Object> positions(Coordinate[] cs, Boolean ccw) {
    boolean reverse = ccw != null && cs.length >= 4 && Orientation.isCCW(cs) != ccw;
    List<Object> out = new ArrayList<>(cs.length);
    for (int i = 0; i < cs.length; i++) {
      Coordinate c = cs[reverse ? cs.length - 1 - i : i];
      out.add(position(c.getX(), c.getY()));
    }
    return out;
  }

  private static List<Double> position(double lon, double lat) {
    return List.of(round6(lon), round6(lat));
  }

  private static Map<String, Object> geometry(String type, Object coordinates) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("type", type);
    g.put("coordinates", coordinates);
    return g;
  }
}
