// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;

/**
 * The areas nearest each of a few sites in a straight line (Voronoi cells), clipped to a map's
 * bounds: the default jurisdictions (nearest station) and the default beats (nearest beat centre).
 * Distances are measured as {@link CityModel#jurisdictionOf} measures them, with longitude scaled
 * by the cosine of the latitude (here the map's middle latitude, which at city scale is the same).
 */
public final class VoronoiCells {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private VoronoiCells() {}

  /**
   * One cell per site, in site order (lon/lat coordinates); null for a site that repeats an earlier
   * one.
   */
  public static List<Geometry> of(List<LatLon> sites, Bounds bounds) {
    double cos = Math.cos(Math.toRadians(bounds.centre().lat()));
    Envelope clip =
        new Envelope(
            bounds.minLon() * cos, bounds.maxLon() * cos, bounds.minLat(), bounds.maxLat());
    Geometry box = GEOMETRY.toGeometry(clip);
    List<Coordinate> scaled =
        sites.stream().map(p -> new Coordinate(p.lon() * cos, p.lat())).toList();
    Map<Coordinate, Geometry> bySite = new HashMap<>();
    if (new HashSet<>(scaled).size() == 1) {
      bySite.put(scaled.get(0), box);
    } else if (!scaled.isEmpty()) {
      VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
      builder.setSites(scaled);
      builder.setClipEnvelope(clip);
      Geometry diagram = builder.getDiagram(GEOMETRY);
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        Geometry cell = diagram.getGeometryN(i);
        bySite.put((Coordinate) cell.getUserData(), cell.intersection(box));
      }
    }
    List<Geometry> cells = new ArrayList<>();
    Set<Coordinate> given = new HashSet<>();
    for (Coordinate site : scaled) {
      Geometry cell = bySite.get(site);
      cells.add(cell != null && given.add(site) ? unscale(cell, cos) : null);
    }
    return cells;
  }

  private static Geometry unscale(Geometry g, double cos) {
    Geometry copy = g.copy();
    copy.apply((CoordinateFilter) c -> c.setX(c.getX() / cos));
    copy.geometryChanged();
    return copy;
  }
}
