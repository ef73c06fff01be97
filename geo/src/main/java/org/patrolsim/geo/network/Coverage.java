// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Arrays;
import java.util.List;

/**
 * The share of road length reachable within a time budget from a set of sources.
 *
 * <p>A multi-source PHAST query on the contraction hierarchy, by travel time: the cached upward search
 * spaces of all sources seed each node with the least time any source needs to climb to it, then one
 * sweep over all nodes from the highest level down relaxes the downward edges. Every time found is
 * that of a real drivable path, at most the time {@link TravelTimes#secondsTo} reports for the
 * nearest source (it follows the hierarchy's edges by time rather than GraphHopper's weight), and it
 * can only shrink when a source is added. The sweep is a linear pass over flat arrays with no priority
 * queue, so its cost does not depend on the budget. An edge counts in part where the budget runs out
 * along it, from either end it can be driven from. Only routable edges of the main network count.
 */
final class Coverage {
  private final EdgeTable edges;
  private final UpwardGraph graph;
  private final UpwardSearch search;
  private final double totalMetres;
  private final ThreadLocal<Scratch> scratch;

  Coverage(EdgeTable edges, UpwardGraph graph, UpwardSearch search) {
    this.edges = edges;
    this.graph = graph;
    this.search = search;
    double total = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (edges.routable(e)) {
        total += edges.metres(e);
      }
    }
    this.totalMetres = total;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(edges.nodes()));
  }

  double shareWithin(List<NetworkPosition> sources, double budgetMillis) {
    return shareWithin(sources, budgetMillis, null);
  }

  /**
   * The same share; when {@code perEdge} is not null, also adds each routable edge's covered fraction
   * (0 to 1) into {@code perEdge[edge]} (untouched when nothing can be covered).
   */
  double shareWithin(List<NetworkPosition> sources, double budgetMillis, double[] perEdge) {
    if (totalMetres == 0 || sources.isEmpty() || !(budgetMillis > 0)) {
      return 0;
    }
    Scratch s = scratch.get();
    Arrays.fill(s.time, Double.POSITIVE_INFINITY);
    for (NetworkPosition p : sources) {
      start(s, p.edgeKey(), 1 - p.fraction());
      if (!p.moving()) {
        start(s, p.edgeKey() ^ 1, p.fraction());
      }
    }
    sweepDown(s);
    double covered = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (edges.routable(e)) {
        double part = Math.min(1.0, reach(s, 2 * e, budgetMillis) + reach(s, 2 * e + 1, budgetMillis));
        covered += part * edges.metres(e);
        if (perEdge != null) {
          perEdge[e] += part;
        }
      }
    }
    return Math.min(1.0, covered / totalMetres);
  }

  /** Seeds the distances with a source's upward search space, leaving along directed edge {@code key}. */
  private void start(Scratch s, int key, double rest) {
    if (rest > 0 && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
      return;
    }
    double t0 = rest > 0 ? rest * edges.millis(key) : 0;
    SearchSpace space = search.forward(edges.to(key));
    int[] nodes = space.nodes();
    double[] ms = space.millis();
    for (int i = 0; i < nodes.length; i++) {
      int n = nodes[i];
      s.time[n] = Math.min(s.time[n], t0 + ms[i]);
    }
  }

  /** Relaxes every downward edge once, higher nodes first, so each node's distance is final in turn. */
  private void sweepDown(Scratch s) {
    int[] order = graph.topDown;
    int[] start = graph.bwdStart;
    int[] from = graph.bwdAdj;
    double[] millis = graph.bwdMillis;
    double[] time = s.time;
    for (int node : order) {
      double best = time[node];
      for (int i = start[node], end = start[node + 1]; i < end; i++) {
        best = Math.min(best, time[from[i]] + millis[i]);
      }
      time[node] = best;
    }
  }

  /** The fraction of directed edge {@code key} driven within the budget from its start node. */
  private double reach(Scratch s, int key, double budget) {
    int from = edges.from(key);
    double ms = edges.millis(key);
    if (!(s.time[from] < Double.POSITIVE_INFINITY) || !(ms < Double.POSITIVE_INFINITY)) {
      return 0;
    }
    double left = budget - s.time[from];
    if (left < 0) {
      return 0;
    }
    return ms <= 0 ? 1.0 : Math.min(1.0, left / ms);
  }

  private static final class Scratch {
    final double[] time;

    Scratch(int nodes) {
      time = new double[nodes];
    }
  }
}
