// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import org.patrolsim.geo.LatLon;

/**
 * Flat arrays of what the searches need per directed edge (GraphHopper edge key): its end nodes,
 * its weight and its travel time in the car profile. Read-only after construction, so shared by all
 * threads; reading an array is much cheaper than asking the weighting each time.
 */
final class EdgeTable {
  private final BaseGraph graph;
  private final int[] fromNode;
  private final int[] toNode;
  private final double[] weight;
  private final double[] millis;
  private final double[] metres;

  /** Outgoing edge keys per node with a finite weight (CSR: {@code outStart[n]..outStart[n+1]}). */
  private final int[] outStart;

  private final int[] outKeys;
  private final int[] outTo;
  private final double[] outMillis;

  /** Drivable and in the main network (GraphHopper marks small islands as subnetworks). */
  private final boolean[] routable;

  EdgeTable(BaseGraph graph, Weighting weighting, BooleanEncodedValue subnetwork) {
    this.graph = graph;
    int edges = graph.getEdges();
    fromNode = new int[2 * edges];
    toNode = new int[2 * edges];
    weight = new double[2 * edges];
    millis = new double[2 * edges];
    metres = new double[edges];
    routable = new boolean[edges];
    int[] outDegree = new int[graph.getNodes() + 1];
    for (int e = 0; e < edges; e++) {
      EdgeIteratorState fwd = graph.getEdgeIteratorStateForKey(2 * e);
      metres[e] = fwd.getDistance();
      routable[e] =
          !fwd.get(subnetwork)
              && (Double.isFinite(weighting.calcEdgeWeight(fwd, false))
                  || Double.isFinite(weighting.calcEdgeWeight(fwd, true)));
      for (int dir = 0; dir < 2; dir++) {
        int key = 2 * e + dir;
        EdgeIteratorState s = dir == 0 ? fwd : graph.getEdgeIteratorStateForKey(key);
        fromNode[key] = s.getBaseNode();
        toNode[key] = s.getAdjNode();
        double w = weighting.calcEdgeWeight(s, false);
        weight[key] = w;
        millis[key] =
            Double.isFinite(w) ? weighting.calcEdgeMillis(s, false) : Double.POSITIVE_INFINITY;
        if (Double.isFinite(w) && fromNode[key] != toNode[key]) {
          outDegree[fromNode[key]]++;
        }
      }
    }
    outStart = new int[graph.getNodes() + 1];
    for (int n = 0; n < graph.getNodes(); n++) {
      outStart[n + 1] = outStart[n] + outDegree[n];
    }
    outKeys = new int[outStart[graph.getNodes()]];
    outTo = new int[outKeys.length];
    outMillis = new double[outKeys.length];
    int[] fill = outStart.clone();
    for (int key = 0; key < 2 * edges; key++) {
      if (Double.isFinite(weight[key]) && fromNode[key] != toNode[key]) {
        int i = fill[fromNode[key]]++;
        outKeys[i] = key;
        outTo[i] = toNode[key];
        outMillis[i] = millis[key];
      }
    }
  }

  int nodes() {
    return graph.getNodes();
  }

  int edges() {
    return metres.length;
  }

  int from(int key) {
    return fromNode[key];
  }

  int to(int key) {
    return toNode[key];
  }

  double weight(int key) {
    return weight[key];
  }

  double millis(int key) {
    return millis[key];
  }

  /** Whether the edge can be driven (in some direction) and belongs to the main network. */
  boolean routable(int edge) {
    return routable[edge];
  }

  double metres(int edge) {
    return metres[edge];
  }

  int outStart(int node) {
    return outStart[node];
  }

  int outEnd(int node) {
    return outStart[node + 1];
  }

  int outKey(int i) {
    return outKeys[i];
  }

  /** The end node of the i-th outgoing edge (same order as {@link #outKey}). */
  int outTo(int i) {
    return outTo[i];
  }

  double outMillis(int i) {
    return outMillis[i];
  }

  /** The geometry of a directed edge, from its start to its end node. */
  PointList geometry(int key) {
    return graph.getEdgeIteratorStateForKey(key).fetchWayGeometry(FetchMode.ALL);
  }

  /** The point at a fraction (by distance) along a directed edge. */
  LatLon pointAt(int key, double fraction) {
    PointList pts = geometry(key);
    double total = length(pts);
    double goal = fraction * total;
    double done = 0;
    for (int i = 1; i < pts.size(); i++) {
      double seg = dist(pts, i - 1, i);
      if (done + seg >= goal && seg > 0) {
        double t = (goal - done) / seg;
        return new LatLon(
            pts.getLat(i - 1) + t * (pts.getLat(i) - pts.getLat(i - 1)),
            pts.getLon(i - 1) + t * (pts.getLon(i) - pts.getLon(i - 1)));
      }
      done += seg;
    }
    return new LatLon(pts.getLat(pts.size() - 1), pts.getLon(pts.size() - 1));
  }

  static double length(PointList pts) {
    double total = 0;
    for (int i = 1; i < pts.size(); i++) {
      total += dist(pts, i - 1, i);
    }
    return total;
  }

  static double dist(PointList pts, int a, int b) {
    return DistanceCalcEarth.DIST_EARTH.calcDist(
        pts.getLat(a), pts.getLon(a), pts.getLat(b), pts.getLon(b));
  }
}
