// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Arrays;
import java.util.List;

/**
 * The share of road length reachable within a time budget from a set of sources.
 *
 * <p>A multi-source PHAST query on the contraction hierarchy, by travel time: the cached upward
 * search spaces of all sources seed each node with the least time any source needs to climb to it,
 * then one sweep over all nodes from the highest level down relaxes the downward edges. Every time
 * found is that of a real drivable path, at most the time {@link TravelTimes#secondsTo} reports for
 * the nearest source (it follows the hierarchy's edges by time rather than GraphHopper's weight),
 * and it can only shrink when a source is added. The sweep is a linear pass over flat arrays laid
 * out in sweep order ({@link DownwardSweep}) with no priority queue, so its cost does not depend on
 * the budget. An edge counts in part where the budget runs out along it, from either end it can be
 * driven from. Only routable edges of the main network count.
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
   * The same share; when {@code perEdge} is not null, also adds each routable edge's covered
   * fraction (0 to 1) into {@code perEdge[edge id]} (untouched when nothing can be covered).
   */
  double shareWithin(List<NetworkPosition> sources, double budgetMillis, double[] perEdge) {
    return sharesWithin(List.of(sources), new double[] {budgetMillis}, perEdge, Places.NONE)[0];
  }

  /**
   * Demand places laid out for {@link #sharesWithin}: per place, the sweep numbers of the two nodes
   * it can be reached from and the milliseconds from each along its edge, in flat arrays read front
   * to back, so that the pass after each sweep does not chase every place's position and edge
   * through the edge table (one set of cache misses per place and sample). Immutable: one per
   * demand, shared by every sample and thread.
   */
  Places places(List<NetworkPosition> places, double[] weights) {
    int n = places.size();
    int[] fromRank = new int[n];
    double[] fromMillis = new double[n];
    int[] toRank = new int[n];
    double[] toMillis = new double[n];
    double total = 0;
    int[] rankOf = layout.rankOf;
    for (int i = 0; i < n; i++) {
      NetworkPosition p = places.get(i);
      int key = p.edgeKey();
      fromRank[i] = rankOf[edges.from(key)];
      fromMillis[i] = p.fraction() * edges.millis(key);
      if (edges.weight(key ^ 1) < Double.POSITIVE_INFINITY) {
        toRank[i] = rankOf[edges.to(key)];
        toMillis[i] = (1 - p.fraction()) * edges.millis(key ^ 1);
      } else {
        // the place cannot be reached from its edge's end: the node past the last one, whose time
        // stays infinite, and 0 ms, so min(at, infinity) leaves at as it is
        toRank[i] = layout.nodes();
        toMillis[i] = 0;
      }
      total += weights[i];
    }
    return new Places(layout, fromRank, fromMillis, toRank, toMillis, weights.clone(), total);
  }

  /**
   * Coverage by several kinds of sources at once, each kind with its own budget (free-flow
   * milliseconds): one sweep, the kinds with smaller budgets starting late by the difference, so
   * that a place counts as reached when some source reaches it within its own kind's budget. Adds
   * each routable edge's covered fraction into {@code perEdge} (when not null) and returns {road
   * share, demand share}: the share of the weights of the demand places reached (0 when the weights
   * add up to 0). A place is reached when a source arrives along its edge from either end the place
   * can be driven to from.
   */
  double[] sharesWithin(
      List<List<NetworkPosition>> kinds, double[] budgetMillis, double[] perEdge, Places places) {
    if (places != Places.NONE && places.layout != layout) {
      throw new IllegalArgumentException("demand places laid out for another network");
    }
    double budget = 0;
    boolean any = false;
    for (int k = 0; k < kinds.size(); k++) {
      if (budgetMillis[k] > 0 && !kinds.get(k).isEmpty()) {
        budget = Math.max(budget, budgetMillis[k]);
        any = true;
      }
    }
    if (totalMetres == 0 || !any) {
      return new double[] {0, 0};
    }
    Scratch s = scratch.get();
    Arrays.fill(s.time, Double.POSITIVE_INFINITY);
    for (int k = 0; k < kinds.size(); k++) {
      if (!(budgetMillis[k] > 0)) {
        continue;
      }
      double late =
          budgetMillis[k] == budget
              ? 0
              : budget - budgetMillis[k]; // an unbounded budget starts at once
      for (NetworkPosition p : kinds.get(k)) {
        start(s, p.edgeKey(), 1 - p.fraction(), late);
        if (!p.moving()) {
          start(s, p.edgeKey() ^ 1, p.fraction(), late);
        }
      }
    }
    layout.sweep(s.time);
    double road = Math.min(1.0, covered(s.time, budget, perEdge) / totalMetres);
    return new double[] {road, demandWithin(s.time, budget, places)};
  }

  /**
   * The share of the demand weights at places reached within the budget, from the swept node times.
   */
  private static double demandWithin(double[] time, double budget, Places places) {
    int[] fromRank = places.fromRank;
    double[] fromMillis = places.fromMillis;
    int[] toRank = places.toRank;
    double[] toMillis = places.toMillis;
    double[] weights = places.weights;
    double reached = 0;
    for (int i = 0; i < weights.length; i++) {
      double at = Math.min(time[fromRank[i]] + fromMillis[i], time[toRank[i]] + toMillis[i]);
      reached += at <= budget ? weights[i] : 0;
    }
    return places.total > 0 ? reached / places.total : 0;
  }

  /**
   * Seeds the times (by sweep number) with a source's upward search space, leaving along directed
   * edge {@code key}, {@code late} milliseconds after the others.
   */
  private void start(Scratch s, int key, double rest, double late) {
    if (rest > 0 && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
      return;
    }
    double t0 = late + (rest > 0 ? rest * edges.millis(key) : 0);
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

  /**
   * The metres of routable road within the budget, summed in edge order (each edge's share into
   * perEdge).
   */
  private double covered(double[] time, double budget, double[] perEdge) {
    int[] from = layout.edgeFrom;
    double[] millis = layout.edgeMillis;
    double[] metres = layout.edgeMetres;
    double covered = 0;
    for (int m = 0; m < metres.length; m++) {
      double part =
          reach(time[from[2 * m]], millis[2 * m], budget)
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
   * The fraction of a directed edge of {@code ms} milliseconds driven within the budget from its
   * start node, reached at {@code t}: 0 when it is not reached in time (t infinite: the node is not
   * reached, or the direction cannot be driven and starts at the sentinel), 1 when the edge fits,
   * else the share. The same value as the first implementation's {@code ms <= 0 ? 1 : min(1, left /
   * ms)} after its checks, with fewer branches: left >= ms gives left / ms >= 1, and ms = 0 with
   * left >= 0 gives 1 either way.
   */
  private static double reach(double t, double ms, double budget) {
    double left = budget - t;
    if (!(left >= 0)) {
      return 0;
    }
    return left >= ms ? 1.0 : atMostOne(left / ms);
  }

  /**
   * {@code Math.min(1.0, x)} for x >= +0.0 (not NaN), as a conditional move on the bit patterns.
   */
  private static double atMostOne(double x) {
    return Double.longBitsToDouble(Math.min(ONE_BITS, Double.doubleToRawLongBits(x)));
  }

  /** Demand places laid out for one network's sweep ({@link #places}). */
  static final class Places {
    static final Places NONE =
        new Places(null, new int[0], new double[0], new int[0], new double[0], new double[0], 0);

    private final DownwardSweep layout;
    private final int[] fromRank;
    private final double[] fromMillis;
    private final int[] toRank;
    private final double[] toMillis;
    private final double[] weights;
    private final double total;

    private Places(
        DownwardSweep layout,
        int[] fromRank,
        double[] fromMillis,
        int[] toRank,
        double[] toMillis,
        double[] weights,
        double total) {
      this.layout = layout;
      this.fromRank = fromRank;
      this.fromMillis = fromMillis;
      this.toRank = toRank;
      this.toMillis = toMillis;
      this.weights = weights;
      this.total = total;
    }
  }

  private static final class Scratch {
    final double[] time;

    Scratch(int nodes) {
      time = new double[nodes];
    }
  }
}
