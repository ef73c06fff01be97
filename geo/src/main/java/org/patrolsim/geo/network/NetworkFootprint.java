// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Where a road network actually is, for {@code patrolsim map info}: how much road a car can use,
 * how much of it was dropped at import as small disconnected pieces, how it falls apart into
 * connected pieces, and the area the routable roads cover compared with the bounding box.
 *
 * <p>Pieces are the connected components (ignoring one-way restrictions) of the routable network,
 * the roads calls and cars snap to: normally one; more when the map is cut (an island, a river the
 * extract has no bridge for), and cars cannot cross between them. Roads a car may use that
 * GraphHopper dropped at import (pieces of fewer junctions than its minimum network size that cars
 * cannot both enter and leave) are counted apart. The covered area is the concave hull of the
 * routable network's junctions whose edges are at most {@link #HULL_EDGE_METRES} long (so a bay or
 * an empty corner of the box is left out), computed on a local equirectangular projection in
 * metres; areas are in km² on that projection.
 *
 * @param routableKm road length of the routable network, in km
 * @param droppedKm road length dropped at import
 * @param droppedPieces connected pieces of the dropped roads
 * @param pieces connected pieces of the routable network
 * @param largestPieceJunctions junctions of its longest piece
 * @param largestPieceKm road length of its longest piece
 * @param hull the covered area (WGS 84, x = longitude), empty when nothing is routable
 * @param hullKm2 its area
 * @param bboxKm2 the area of the network's bounding box
 */
public record NetworkFootprint(
    double routableKm,
    double droppedKm,
    int droppedPieces,
    int pieces,
    int largestPieceJunctions,
    double largestPieceKm,
    Geometry hull,
    double hullKm2,
    double bboxKm2) {

  /** Longest edge of the concave hull: gaps wider than this between roads are not "covered". */
  public static final double HULL_EDGE_METRES = 1000;

  private static final double M_PER_DEG = 111_320.0;

  /** The covered area's share of the bounding box (0 to 1). */
  public double hullShareOfBbox() {
    return bboxKm2 > 0 ? Math.min(1.0, hullKm2 / bboxKm2) : 0.0;
  }

  /** The longest piece's share of the routable network's road length (0 to 1). */
  public double largestPieceShare() {
    return routableKm > 0 ? largestPieceKm / routableKm : 0.0;
  }

  static NetworkFootprint of(EdgeTable edges, BaseGraph graph, Bounds bounds) {
    int nodes = edges.nodes();
    Pieces routablePieces = new Pieces(nodes);
    Pieces droppedPieces = new Pieces(nodes);
    boolean[] routableNode = new boolean[nodes];
    for (int e = 0; e < edges.edges(); e++) {
      boolean car =
          Double.isFinite(edges.weight(2 * e)) || Double.isFinite(edges.weight(2 * e + 1));
      if (car) {
        int a = edges.from(2 * e);
        int b = edges.to(2 * e);
        if (edges.routable(e)) {
          routablePieces.add(a, b, edges.metres(e));
          routableNode[a] = true;
          routableNode[b] = true;
        } else {
          droppedPieces.add(a, b, edges.metres(e));
        }
      }
    }
    int largest = routablePieces.largest();
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
    Geometry hull =
        points.isEmpty()
            ? factory.createPolygon()
            : ConcaveHull.concaveHullByLength(
                factory.createMultiPointFromCoords(points.toArray(Coordinate[]::new)),
                HULL_EDGE_METRES);
    double hullKm2 = hull.getArea() / 1e6;
    double bboxKm2 =
        (bounds.maxLon() - bounds.minLon())
            * kx
            * (bounds.maxLat() - bounds.minLat())
            * M_PER_DEG
            / 1e6;
    hull.apply(new Unproject(lat0, lon0, kx));
    hull = GeometryPrecisionReducer.reduce(hull, new PrecisionModel(1e6));
    return new NetworkFootprint(
        routablePieces.metres() / 1000,
        droppedPieces.metres() / 1000,
        droppedPieces.count(),
        routablePieces.count(),
        largest < 0 ? 0 : routablePieces.junctions(largest),
        largest < 0 ? 0 : routablePieces.metres(largest) / 1000,
        hull,
        hullKm2,
        bboxKm2);
  }

  /**
   * Connected pieces of a set of edges (union-find), with each piece's junctions and road length.
   */
  private static final class Pieces {
    private final int[] parent;
    private final boolean[] used;
    private final double[] metres;
    private double total;

    Pieces(int nodes) {
      parent = new int[nodes];
      used = new boolean[nodes];
      metres = new double[nodes];
      for (int n = 0; n < nodes; n++) {
        parent[n] = n;
      }
    }

    void add(int a, int b, double edgeMetres) {
      used[a] = true;
      used[b] = true;
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        metres[root] += metres[other];
      }
      metres[find(a)] += edgeMetres;
      total += edgeMetres;
    }

    double metres() {
      return total;
    }

    /** The root of the longest piece (ties: the lowest root), or -1 when there is none. */
    int largest() {
      int best = -1;
      for (int n = 0; n < parent.length; n++) {
        if (used[n] && find(n) == n && (best < 0 || metres[n] > metres[best])) {
          best = n;
        }
      }
      return best;
    }

    int count() {
      int count = 0;
      for (int n = 0; n < parent.length; n++) {
        if (used[n] && find(n) == n) {
          count++;
        }
      }
      return count;
    }

    int junctions(int root) {
      int count = 0;
      for (int n = 0; n < parent.length; n++) {
        if (used[n] && find(n) == root) {
          count++;
        }
      }
      return count;
    }

    double metres(int root) {
      return metres[root];
    }

    private int find(int n) {
      while (parent[n] != n) {
        parent[n] = parent[parent[n]];
        n = parent[n];
      }
      return n;
    }
  }
}
