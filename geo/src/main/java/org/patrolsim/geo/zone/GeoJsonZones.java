// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolsim.geo.MapInputException;

/** Reads the polygons of a GeoJSON FeatureCollection into zones (Jackson in, JTS out). */
final class GeoJsonZones {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private GeoJsonZones() {}

  static List<Zone> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new MapInputException(file, "no such file");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new MapInputException(
          file, "is not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      throw new MapInputException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new MapInputException(file, "is not a GeoJSON FeatureCollection");
    }
    List<Zone> zones = new ArrayList<>();
    JsonNode features = root.path("features");
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      JsonNode g = f.path("geometry");
      String type = g.path("type").asText();
      if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
        continue;
      }
      try {
        Geometry area =
            type.equals("Polygon")
                ? polygon(g.path("coordinates"))
                : multiPolygon(g.path("coordinates"));
        zones.add(new Zone(id(f, zones.size() + 1), area));
      } catch (IllegalArgumentException e) {
        throw new MapInputException(
            file, "feature " + (i + 1) + " has a bad " + type + " (" + e.getMessage() + ")", e);
      }
    }
    if (zones.isEmpty()) {
      throw new MapInputException(file, "holds no Polygon or MultiPolygon features");
    }
    return zones;
  }

  private static String id(JsonNode feature, int n) {
    JsonNode props = feature.path("properties");
    for (String key : new String[] {"id", "name"}) {
      JsonNode v = props.path(key);
      if (v.isValueNode() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    JsonNode own = feature.path("id");
    return own.isValueNode() && !own.asText().isBlank() ? own.asText() : "zone-" + n;
  }

  private static Geometry multiPolygon(JsonNode coords) {
    Polygon[] parts = new Polygon[coords.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = polygon(coords.get(i));
    }
    if (parts.length == 0) {
      throw new IllegalArgumentException("no polygons");
    }
    return FACTORY.createMultiPolygon(parts);
  }

  private static Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("no rings");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points) {
    if (!points.isArray() || points.size() < 4) {
      throw new IllegalArgumentException("a ring needs at least 4 positions");
    }
    Coordinate[] c = new Coordinate[points.size()];
    for (int i = 0; i < c.length; i++) {
      JsonNode p = points.get(i);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw new IllegalArgumentException("position " + (i + 1) + " is not [lon, lat]");
      }
      double lon = p.get(0).asDouble();
      double lat = p.get(1).asDouble();
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
        throw new IllegalArgumentException(
            "position " + (i + 1) + " [" + lon + ", " + lat + "] is out of range");
      }
      c[i] = new Coordinate(lon, lat);
    }
    if (!c[0].equals2D(c[c.length - 1])) {
      throw new IllegalArgumentException("a ring must end where it starts");
    }
    return FACTORY.createLinearRing(c);
  }
}
