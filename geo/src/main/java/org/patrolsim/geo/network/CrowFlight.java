// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;

/**
 * A true lower bound on the travel time between two nodes: their straight-line distance times the
 * map's fastest pace.
 *
 * <p>Nodes are placed on a sphere of the earth's radius (3-D coordinates in metres, relative to the
 * map's centre so that differences keep their precision), and the distance between two nodes is the
 * chord through the sphere: a metric, so the triangle inequality holds for it exactly. The pace is
 * not taken from a speed table but measured on the data the searches add up: the least milliseconds
 * per chord metre over every drivable directed edge. Every edge of a path then takes at least that
 * pace times its own chord, and the chords of a path's edges add up to at least the chord between
 * its ends, so <em>any</em> path between two nodes, whether or not it is the one of least weight,
 * takes at least {@code pace * chord(a, b)} milliseconds. A small relative margin covers the
 * rounding of the floating-point arithmetic.
 *
 * <p>For a cheaper first estimate every edge also has a ball around it: the centre of its end
 * nodes' chord and half that chord as radius, so that both its end nodes lie in the ball. Any node
 * of one edge is then at least {@code chord(centres) - radii} from any node of another. The balls
 * are kept in single precision (16 bytes an edge, so that a pass over many sources stays in the
 * CPU's caches); their radii are widened by eight float ulps of the largest coordinate, which
 * covers the rounding of the centres.
 */
final class CrowFlight {
  /** GraphHopper's earth radius (DistanceCalcEarth). */
  private static final double EARTH_RADIUS = 6_371_000;

  /**
   * Relative margin for rounding: far above the arithmetic's errors, far below anything that
   * matters.
   */
  private static final double MARGIN = 1e-6;

  private final double[] xyz;

  /**
   * Per node: its coordinates on the plane tangent to the sphere at the map's centre (east, north),
   * metres.
   */
  private final double[] plane;

  /** Per undirected edge: x, y, z of its ball's centre and the ball's radius. */
  private final float[] balls;

  private final double millisPerMetre;

  CrowFlight(BaseGraph graph, EdgeTable edges) {
    int nodes = graph.getNodes();
    NodeAccess na = graph.getNodeAccess();
    double[] lat = new double[nodes];
    double[] lon = new double[nodes];
    double latSum = 0;
    double lonSum = 0;
    for (int n = 0; n < nodes; n++) {
      lat[n] = na.getLat(n);
      lon[n] = na.getLon(n);
      latSum += lat[n];
      lonSum += lon[n];
    }
    double[] centre = nodes == 0 ? new double[3] : point(latSum / nodes, lonSum / nodes);
    xyz = new double[3 * nodes];
    for (int n = 0; n < nodes; n++) {
      double[] p = point(lat[n], lon[n]);
      xyz[3 * n] = p[0] - centre[0];
      xyz[3 * n + 1] = p[1] - centre[1];
      xyz[3 * n + 2] = p[2] - centre[2];
    }
    plane = project(xyz, nodes == 0 ? 0 : latSum / nodes, nodes == 0 ? 0 : lonSum / nodes);
    double pace = Double.POSITIVE_INFINITY;
    for (int key = 0; key < 2 * edges.edges(); key++) {
      double ms = edges.millis(key);
      if (edges.weight(key) < Double.POSITIVE_INFINITY && ms < Double.POSITIVE_INFINITY) {
        double chord = metres(edges.from(key), edges.to(key));
        if (chord > 0) {
          pace = Math.min(pace, ms / chord);
        }
      }
    }
    millisPerMetre = pace < Double.POSITIVE_INFINITY ? pace * (1 - MARGIN) : 0;
    double largest = 1;
    for (double v : xyz) {
      largest = Math.max(largest, Math.abs(v));
    }
    double slack = 8 * Math.ulp((float) largest) + 0.001;
    balls = new float[4 * edges.edges()];
    for (int e = 0; e < edges.edges(); e++) {
      int a = edges.from(2 * e);
      int b = edges.to(2 * e);
      for (int d = 0; d < 3; d++) {
        balls[4 * e + d] = (float) ((xyz[3 * a + d] + xyz[3 * b + d]) / 2);
      }
      balls[4 * e + 3] = (float) (metres(a, b) / 2 + slack);
    }
  }

  /**
   * The orthogonal projection of every node onto the plane spanned by the unit east and north
   * vectors at the centre: a projection onto orthonormal axes never lengthens a distance, so the
   * distance on the plane is a lower bound of the chord (up to rounding, which the callers' margins
   * cover).
   */
  private static double[] project(double[] xyz, double latDeg, double lonDeg) {
    double lat = Math.toRadians(latDeg);
    double lon = Math.toRadians(lonDeg);
    double[] east = {-Math.sin(lon), Math.cos(lon), 0};
    double[] north = {
      -Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)
    };
    int nodes = xyz.length / 3;
    double[] out = new double[2 * nodes];
    for (int n = 0; n < nodes; n++) {
      double x = xyz[3 * n];
      double y = xyz[3 * n + 1];
      double z = xyz[3 * n + 2];
      out[2 * n] = x * east[0] + y * east[1] + z * east[2];
      out[2 * n + 1] = x * north[0] + y * north[1] + z * north[2];
    }
    return out;
  }

  private static double[] point(double latDeg, double lonDeg) {
    double lat = Math.toRadians(latDeg);
    double lon = Math.toRadians(lonDeg);
    double c = Math.cos(lat);
    return new double[] {
      EARTH_RADIUS * c * Math.cos(lon),
      EARTH_RADIUS * c * Math.sin(lon),
      EARTH_RADIUS * Math.sin(lat)
    };
  }

  /** The chord between two nodes, in metres. */
  double metres(int a, int b) {
    double dx = xyz[3 * a] - xyz[3 * b];
    double dy = xyz[3 * a + 1] - xyz[3 * b + 1];
    double dz = xyz[3 * a + 2] - xyz[3 * b + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /**
   * A lower bound of the milliseconds of any path from either end node of undirected edge {@code a}
   * to either end node of undirected edge {@code b}: one square root and one table read.
   */
  double millisBetweenEdges(int a, int b) {
    double dx = (double) balls[4 * a] - balls[4 * b];
    double dy = (double) balls[4 * a + 1] - balls[4 * b + 1];
    double dz = (double) balls[4 * a + 2] - balls[4 * b + 2];
    double gap = Math.sqrt(dx * dx + dy * dy + dz * dz) - balls[4 * a + 3] - balls[4 * b + 3];
    return gap > 0 ? millisPerMetre * gap * (1 - MARGIN) : 0;
  }

  /** Node {@code n}'s east coordinate on the tangent plane at the map's centre, in metres. */
  double east(int n) {
    return plane[2 * n];
  }

  /** Node {@code n}'s north coordinate on the tangent plane at the map's centre, in metres. */
  double north(int n) {
    return plane[2 * n + 1];
  }

  /**
   * The least milliseconds a metre of straight line can take on this map (with the rounding
   * margin).
   */
  double millisPerMetre() {
    return millisPerMetre * (1 - MARGIN);
  }

  /** A lower bound of the milliseconds of any path from node {@code a} to node {@code b}. */
  double millis(int a, int b) {
    return millisPerMetre * metres(a, b) * (1 - MARGIN);
  }
}
