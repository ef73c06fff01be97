// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.geo.zone.Zone;

/**
 * The stations' jurisdictions a run used, as GeoJSON (RFC 7946: WGS 84, outer rings counter-clockwise)
 * for QGIS and other GIS tools: one Feature per station with {@code id} and {@code name} (the station
 * id, which is what the scenario's {@code jurisdictions} field reads back), {@code dutyTeams}, and
 * {@code basis} ({@code road time}, or {@code file} when the scenario's polygons gave it). With a
 * jurisdictions file, a station's area is its polygons plus its road-time area outside every polygon,
 * which is where calls go when they fall outside them. A station that is first nowhere has a null
 * geometry. Coordinates have 6 decimals (about 0.1 m); the bytes depend only on the model.
 */
public final class JurisdictionsGeoJson {
  /** The file name in the output folder. */
  public static final String FILE = "jurisdictions.geojson";

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JurisdictionsGeoJson() {}

  /** The GeoJSON text of the model's jurisdictions. */
  public static String of(CityModel model) {
    List<StationSite> stations = model.stations();
    List<Geometry> byRoad = model.roadJurisdictions().areas();
    Geometry drawn = model.jurisdictions() == null ? null
        : UnaryUnionNG.union(model.jurisdictions().all().stream().map(Zone::area).reduce(Geometry::union).orElseThrow(),
            byRoad.get(0).getFactory().getPrecisionModel());
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (int i = 0; i < stations.size(); i++) {
      StationSite st = stations.get(i);
      Geometry area = byRoad.get(i);
      String basis = "road time";
      if (drawn != null) {
        Optional<Zone> own = model.jurisdictions().byId(st.id().value());
        Geometry rest = OverlayNGRobust.overlay(area, drawn, OverlayNG.DIFFERENCE);
        area = own.map(z -> OverlayNGRobust.overlay(z.area(), rest, OverlayNG.UNION)).orElse(rest);
        basis = own.isPresent() ? "file" : "road time";
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode props = f.putObject("properties");
      props.put("id", st.id().value());
      props.put("name", st.id().value());
      props.put("dutyTeams", st.teams());
      props.put("basis", basis);
      props.putArray("station").add(round(st.position().point().lon())).add(round(st.position().point().lat()));
      if (area.isEmpty()) {
        f.putNull("geometry");
      } else {
        f.set("geometry", geometry(area));
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode geometry(Geometry area) {
    ObjectNode g = JSON.createObjectNode();
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < area.getNumGeometries(); i++) {
      if (area.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      }
    }
    if (polygons.size() == 1) {
      g.put("type", "Polygon");
      g.set("coordinates", rings(polygons.get(0)));
    } else {
      g.put("type", "MultiPolygon");
      ArrayNode all = g.putArray("coordinates");
      polygons.forEach(p -> all.add(rings(p)));
    }
    return g;
  }

  private static ArrayNode rings(Polygon p) {
    ArrayNode rings = JSON.createArrayNode();
    rings.add(ring(p.getExteriorRing(), true));
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      rings.add(ring(p.getInteriorRingN(i), false));
    }
    return rings;
  }

  /** A ring's positions, counter-clockwise for an outer ring and clockwise for a hole (RFC 7946). */
  private static ArrayNode ring(LinearRing ring, boolean outer) {
    Coordinate[] c = ring.getCoordinates();
    boolean reverse = Orientation.isCCW(c) != outer;
    ArrayNode positions = JSON.createArrayNode();
    for (int k = 0; k < c.length; k++) {
      Coordinate p = c[reverse ? c.length - 1 - k : k];
      positions.addArray().add(round(p.x)).add(round(p.y));
    }
    return positions;
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
