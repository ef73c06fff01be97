// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.zone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.patrolsim.geo.LatLon;

/**
 * A set of zones with a spatial index: which zone holds a point. Immutable and thread-safe.
 *
 * <p>Where zones overlap, the one listed first wins, so the answer never depends on index order.
 */
public final class Zones {
  private final List<Zone> zones;
  private final List<PreparedGeometry> prepared;
  private final STRtree index = new STRtree();
  private final GeometryFactory factory = new GeometryFactory();

  Zones(List<Zone> zones) {
    this.zones = List.copyOf(zones);
    List<PreparedGeometry> p = new ArrayList<>();
    for (int i = 0; i < this.zones.size(); i++) {
      Zone z = this.zones.get(i);
      p.add(PreparedGeometryFactory.prepare(z.area()));
      index.insert(z.area().getEnvelopeInternal(), i);
    }
    this.prepared = List.copyOf(p);
    index.build();
  }

  /**
   * Reads a GeoJSON FeatureCollection of Polygon and MultiPolygon features. A zone's id is the
   * feature's {@code id} property, else its {@code name} property, else the feature's own id, else
   * {@code zone-N} (N from 1, in file order).
   *
   * @throws org.patrolsim.geo.MapInputException naming the file when it is missing, not GeoJSON, or
   *     holds no polygons
   */
  public static Zones fromGeoJson(Path file) {
    return new Zones(GeoJsonZones.read(file));
  }

  /** Zones from polygons already in memory. */
  public static Zones of(List<Zone> zones) {
    return new Zones(zones);
  }

  public List<Zone> all() {
    return zones;
  }

  public Optional<Zone> byId(String id) {
    return zones.stream().filter(z -> z.id().equals(id)).findFirst();
  }

  /** The zone that holds the point (the first listed where zones overlap), if any. */
  public Optional<Zone> zoneAt(LatLon p) {
    Point point = factory.createPoint(new Coordinate(p.lon(), p.lat()));
    @SuppressWarnings("unchecked")
    List<Integer> hits = new ArrayList<>(index.query(point.getEnvelopeInternal()));
    Collections.sort(hits);
    for (int i : hits) {
      if (prepared.get(i).covers(point)) {
        return Optional.of(zones.get(i));
      }
    }
    return Optional.empty();
  }
}
