// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Where a road network actually is, for {@code patrolsim map info}: how much road a car can use, how
 * much of it was dropped at import as small disconnected pieces, how it falls apart into connected
 * pieces, and the area the routable roads cover compared with the bounding box.
 *
 * <p>Pieces are the connected components of the roads a car may use in some direction, ignoring
 * one-way restrictions. The covered area is the concave hull of the routable network's junctions whose
 * edges are at most {@link #HULL_EDGE_METRES} long (so a bay or an empty corner of the box is left
 * out), computed on a local equirectangular projection in metres; areas are in km² on that projection.
 *
 * @param roadKm length of every road a car may use, in km
 * @param routableKm of that, the routable network (what calls and cars snap to)
 * @param droppedKm of that, small pieces GraphHopper dropped at import
 * @param pieces connected pieces of the car roads
 * @param largestPieceJunctions junctions of the longest piece
 * @param largestPieceKm road length of the longest piece
 * @param hull the covered area (WGS 84, x = longitude), empty when nothing is routable
 * @param hullKm2 its area
 * @param bboxKm2 the area of the network's bounding box
 */
public record NetworkFootprint(double roadKm, double routableKm, double droppedKm, int pieces,
    int largestPieceJunctions, double largestPieceKm, Geometry hull, double hullKm2, double bboxKm2) {

  /** Longest edge of the concave hull: gaps wider than this between roads are not "covered". */
  public static final double HULL_EDGE_METRES = 1000;
  private static final double M_PER_DEG = 111_320.0;

  /** The covered area's share of the bounding box (0 to 1). */
  public double hullShareOfBbox() {
    return bboxKm2 > 0 ? Math.min(1.0, hullKm2 / bboxKm2) : 0.0;
  }

  /** The longest piece's share of all car roads (0 to 1). */
  public double largestPieceShare() {
    return roadKm > 0 ? largestPieceKm / roadKm : 0.0;
  }

  static NetworkFootprint of(EdgeTable edges, BaseGraph graph, Bounds bounds) {
    int nodes = edges.nodes();
    int[] parent = new int[nodes];
    for (int n = 0; n < nodes; n++) {
      parent[n] = n;
    }
    double road = 0;
    double routable = 0;
    boolean[] carNode = new boolean[nodes];
    boolean[] routableNode = new boolean[nodes];
    for (int e = 0; e < edges.edges(); e++) {
      boolean car = Double.isFinite(edges.weight(2 * e)) || Double.isFinite(edges.weight(2 * e + 1));
      if (!car) {
        continue;
      }
      int a = edges.from(2 * e);
      int b = edges.to(2 * e);
      road += edges.metres(e);
      carNode[a] = true;
      carNode[b] = true;
      if (edges.routable(e)) {
        routable += edges.metres(e);
        routableNode[a] = true;
        routableNode[b] = true;
      }
      union(parent, a, b);
    }
    int[] junctions = new int[nodes];
    double[] metres = new double[nodes];
    int pieces = 0;
    for (int n = 0; n < nodes; n++) {
      if (carNode[n]) {
        int root = find(parent, n);
        if (junctions[root]++ == 0) {
          pieces++;
        }
      }
    }
    for (int e = 0; e < edges.edges(); e++) {
      if (Double.isFinite(edges.weight(2 * e)) || Double.isFinite(edges.weight(2 * e + 1))) {
        metres[find(parent, edges.from(2 * e))] += edges.metres(e);
      }
    }
    int largest = -1;
    for (int n = 0; n < nodes; n++) {
      if (junctions[n] > 0 && (largest < 0 || metres[n] > metres[largest])) {
        largest = n;
      }
    }
    NodeAccess na = graph.getNodeAccess();
    double lat0 = (bounds.minLat() + bounds.maxLat()) / 2;
    double lon0 = (bounds.minLon() + bounds.maxLon()) / 2;
    double kx = M_PER_DEG * Math.cos(Math.toRadians(lat0));
    GeometryFactory factory = new GeometryFactory();
    List<Coordinate> points = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      if (routableNode[n]) {
        points.add(new Coordinate((na.getLon(n) - lon0) * kx, (na.getLat(n) - lat0) * M_PER_DEG));
      }
    }
    Geometry hull = points.isEmpty() ? factory.createPolygon()
        : ConcaveHull.concaveHullByLength(factory.createMultiPointFromCoords(points.toArray(Coordinate[]::new)),
            HULL_EDGE_METRES);
    double hullKm2 = hull.getArea() / 1e6;
    double bboxKm2 = (bounds.maxLon() - bounds.minLon()) * kx * (bounds.maxLat() - bounds.minLat()) * M_PER_DEG / 1e6;
    hull.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        seq.setOrdinate(i, 0, lon0 + seq.getX(i) / kx);
        seq.setOrdinate(i, 1, lat0 + seq.getY(i) / M_PER_DEG);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    hull = GeometryPrecisionReducer.reduce(hull, new PrecisionModel(1e6));
    return new NetworkFootprint(road / 1000, routable / 1000, (road - routable) / 1000, pieces,
        largest < 0 ? 0 : junctions[largest], largest < 0 ? 0 : metres[largest] / 1000, hull, hullKm2, bboxKm2);
  }

  private static int find(int[] parent, int n) {
    while (parent[n] != n) {
      parent[n] = parent[parent[n]];
      n = parent[n];
    }
    return n;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
