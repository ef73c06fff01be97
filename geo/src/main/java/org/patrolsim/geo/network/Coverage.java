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
 * can only shrink when a source is added. The sweep is a linear pass over flat arrays laid out in
 * sweep order ({@link DownwardSweep}) with no priority queue, so its cost does not depend on the budget. An edge counts in part where the budget runs out
 * along it, from either end it can be driven from. Only routable edges of the main network count.
 */
final class Coverage {
  private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

  private final EdgeTable edges;
  private final DownwardSweep layout;
  private final UpwardSearch search;
  private final double totalMetres;
  private final ThreadLocal<Scratch> scratch;

  Coverage(EdgeTable edges, DownwardSweep layout, UpwardSearch search) {
    this.edges = edges;
    this.layout = layout;
    this.search = search;
    double total = 0;
    for (double metres : layout.edgeMetres) {
      total += metres;
    }
    this.totalMetres = total;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(layout.nodes() + 1));
  }

  double shareWithin(List<NetworkPosition> sources, double budgetMillis) {
    return shareWithin(sources, budgetMillis, null);
  }

  /**
   * The same share; when {@code perEdge} is not null, also adds each routable edge's covered fraction
   * (0 to 1) into {@code perEdge[edge id]} (untouched when nothing can be covered).
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
    layout.sweep(s.time);
    return Math.min(1.0, covered(s.time, budgetMillis, perEdge) / totalMetres);
  }

  /**
   * Seeds the times (by sweep number) with a source's upward search space, leaving along directed
   * edge {@code key}.
   */
  private void start(Scratch s, int key, double rest) {
    if (rest > 0 && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
      return;
    }
    double t0 = rest > 0 ? rest * edges.millis(key) : 0;
    SearchSpace space = search.forward(edges.to(key));
    int[] nodes = space.nodes();
    double[] ms = space.millis();
    int[] rankOf = layout.rankOf;
    double[] time = s.time;
    for (int i = 0; i < nodes.length; i++) {
      int r = rankOf[nodes[i]];
      double t = t0 + ms[i];
      if (t < time[r]) {
        time[r] = t;
      }
    }
  }

  /** The metres of routable road within the budget, summed in edge order (each edge's share into perEdge). */
  private double covered(double[] time, double budget, double[] perEdge) {
    int[] from = layout.edgeFrom;
    double[] millis = layout.edgeMillis;
    double[] metres = layout.edgeMetres;
    double covered = 0;
    for (int m = 0; m < metres.length; m++) {
      double part = reach(time[from[2 * m]], millis[2 * m], budget)
          + reach(time[from[2 * m + 1]], millis[2 * m + 1], budget);
      double share = atMostOne(part);
      covered += share * metres[m];
      if (perEdge != null) {
        perEdge[layout.edgeId[m]] += share;
      }
    }
    return covered;
  }

  /**
   * The fraction of a directed edge of {@code ms} milliseconds driven within the budget from its start
   * node, reached at {@code t}: 0 when it is not reached in time (t infinite: the node is not reached,
   * or the direction cannot be driven and starts at the sentinel), 1 when the edge fits, else the
   * share. The same value as the first implementation's {@code ms <= 0 ? 1 : min(1, left / ms)} after
   * its checks, with fewer branches: left >= ms gives left / ms >= 1, and ms = 0 with left >= 0 gives 1
   * either way.
   */
  private static double reach(double t, double ms, double budget) {
    double left = budget - t;
    if (!(left >= 0)) {
      return 0;
    }
    return left >= ms ? 1.0 : atMostOne(left / ms);
  }

  /** {@code Math.min(1.0, x)} for x >= +0.0 (not NaN), as a conditional move on the bit patterns. */
  private static double atMostOne(double x) {
    return Double.longBitsToDouble(Math.min(ONE_BITS, Double.doubleToRawLongBits(x)));
  }

  private static final class Scratch {
    final double[] time;

    Scratch(int nodes) {
      time = new double[nodes];
    }
  }
}
