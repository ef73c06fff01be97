// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Arrays;
import java.util.List;

/**
 * The share of road length reachable within a time budget from a set of sources: one multi-source
 * Dijkstra on the road graph by free-flow travel time, stopped at the budget. An edge counts in part
 * when the budget runs out along it (from either end it can be driven from).
 */
final class Coverage {
  private final EdgeTable edges;
  private final double totalMetres;
  private final ThreadLocal<Scratch> scratch;

  Coverage(EdgeTable edges) {
    this.edges = edges;
    double total = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (drivable(e)) {
        total += edges.metres(e);
      }
    }
    this.totalMetres = total;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(edges.nodes()));
  }

  private boolean drivable(int edge) {
    return edges.routable(edge);
  }

  double shareWithin(List<NetworkPosition> sources, double budgetMillis) {
    if (totalMetres == 0 || sources.isEmpty() || !(budgetMillis > 0)) {
      return 0;
    }
    Scratch s = scratch.get();
    int stamp = s.next();
    MinHeap heap = s.heap;
    heap.clear();
    for (NetworkPosition p : sources) {
      start(s, stamp, p.edgeKey(), 1 - p.fraction());
      if (!p.moving()) {
        start(s, stamp, p.edgeKey() ^ 1, p.fraction());
      }
    }
    double covered = 0;
    while (!heap.isEmpty()) {
      double t = heap.peekKey();
      int node = heap.pop();
      if (t > s.time[node] || s.settled[node] == stamp) {
        continue;
      }
      s.settled[node] = stamp;
      for (int i = edges.outStart(node), end = edges.outEnd(node); i < end; i++) {
        double arrive = t + edges.outMillis(i);
        int next = edges.outTo(i);
        if (arrive <= budgetMillis && (s.seen[next] != stamp || arrive < s.time[next])) {
          s.seen[next] = stamp;
          s.time[next] = arrive;
          heap.push(arrive, next);
        }
      }
    }
    for (int e = 0; e < edges.edges(); e++) {
      double part = reach(s, stamp, 2 * e, budgetMillis) + reach(s, stamp, 2 * e + 1, budgetMillis);
      if (part > 0 && edges.routable(e)) {
        covered += Math.min(1.0, part) * edges.metres(e);
      }
    }
    return Math.min(1.0, covered / totalMetres);
  }

  private void start(Scratch s, int stamp, int key, double rest) {
    double ms = edges.millis(key);
    if (!(ms < Double.POSITIVE_INFINITY)) {
      return;
    }
    int node = edges.to(key);
    double t = rest * ms;
    if (s.seen[node] != stamp || t < s.time[node]) {
      s.seen[node] = stamp;
      s.time[node] = t;
      s.heap.push(t, node);
    }
  }

  /** The fraction of directed edge {@code key} driven within the budget from its start node. */
  private double reach(Scratch s, int stamp, int key, double budget) {
    int from = edges.from(key);
    double ms = edges.millis(key);
    if (s.settled[from] != stamp || !(ms < Double.POSITIVE_INFINITY)) {
      return 0;
    }
    double left = budget - s.time[from];
    return ms <= 0 ? 1.0 : Math.min(1.0, left / ms);
  }

  private static final class Scratch {
    final int[] seen;
    final int[] settled;
    final double[] time;
    final MinHeap heap = new MinHeap();
    int stamp;

    Scratch(int nodes) {
      seen = new int[nodes];
      settled = new int[nodes];
      time = new double[nodes];
    }

    int next() {
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        Arrays.fill(settled, 0);
        stamp = 1;
      }
      return stamp;
    }
  }
}
