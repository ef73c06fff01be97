// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

/**
 * The backward search space of one target, spread over node-indexed arrays so that a source's
 * forward space can be matched against it in one scan. Per-thread working memory (stamps avoid
 * clearing).
 */
final class TargetTable {
  private final int[] stamp;
  private final double[] weight;
  private final double[] millis;
  private final int[] side;
  private final int[] index;
  private final SearchSpace[] spaces = new SearchSpace[2];
  private final int[] sideKey = new int[2];
  private final double[] sideFraction = new double[2];
  private final double[] upOut = new double[2];
  private int current;

  /** The target loaded last (its directed edge and fraction: all that loading reads of it). */
  private int loadedKey = -1;

  private double loadedFraction;
  final TravelTimes.Meeting meeting = new TravelTimes.Meeting();

  TargetTable(int nodes) {
    stamp = new int[nodes];
    weight = new double[nodes];
    millis = new double[nodes];
    side = new int[nodes];
    index = new int[nodes];
  }

  /**
   * Loads the ways into the target: along its edge from the edge's start, or against it from its
   * end. Nothing to do when the table already holds this target: a dispatch decision asks about one
   * scene several times (the nearest cars of each kind, the stations' teams), and only this method
   * writes the table.
   */
  void load(NetworkPosition target, EdgeTable edges, UpwardSearch search) {
    if (current > 0
        && target.edgeKey() == loadedKey
        && Double.compare(target.fraction(), loadedFraction) == 0) {
      return;
    }
    loadedKey = target.edgeKey();
    loadedFraction = target.fraction();
    if (++current == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamp, 0);
      current = 1;
    }
    int key = target.edgeKey();
    loadSide(0, key, target.fraction(), edges, search);
    loadSide(1, key ^ 1, 1 - target.fraction(), edges, search);
  }

  private void loadSide(int s, int key, double fraction, EdgeTable edges, UpwardSearch search) {
    sideKey[s] = key;
    sideFraction[s] = fraction;
    spaces[s] = null;
    double w = edges.weight(key);
    // at the very start of the edge the target is at a node, reachable however the edge may be
    // driven
    if (fraction > 0 && !(w < Double.POSITIVE_INFINITY)) {
      return;
    }
    double offsetWeight = fraction > 0 ? fraction * w : 0;
    double offsetMillis = fraction > 0 ? fraction * edges.millis(key) : 0;
    SearchSpace space = search.backward(edges.from(key));
    spaces[s] = space;
    int[] nodes = space.nodes();
    double[] ws = space.weights();
    double[] ms = space.millis();
    for (int i = 0; i < nodes.length; i++) {
      int n = nodes[i];
      double total = offsetWeight + ws[i];
      if (stamp[n] != current || total < weight[n]) {
        stamp[n] = current;
        weight[n] = total;
        millis[n] = offsetMillis + ms[i];
        side[n] = s;
        index[n] = i;
      }
    }
  }

  /** Whether the target's backward space holds {@code node}. */
  boolean holds(int node) {
    return stamp[node] == current;
  }

  /** The weight from {@code node} down to the target; only where {@link #holds} it. */
  double weightAt(int node) {
    return weight[node];
  }

  /**
   * Finds the best way from {@code source} to the loaded target into {@code best}. With {@code
   * needPath} false and no cache in {@code search}, the source's searches stop early and keep no
   * space: the time is the same, but {@code best} holds no path to unpack.
   */
  void bestFrom(
      NetworkPosition source,
      NetworkPosition target,
      EdgeTable edges,
      UpwardSearch search,
      TravelTimes.Meeting best,
      boolean needPath) {
    bestFrom(
        source.edgeKey(),
        source.fraction(),
        source.moving(),
        target,
        edges,
        search,
        best,
        needPath);
  }

  /**
   * {@link #bestFrom(NetworkPosition, NetworkPosition, EdgeTable, UpwardSearch,
   * TravelTimes.Meeting, boolean)} for a source given as its directed edge key, fraction and
   * direction binding.
   */
  void bestFrom(
      int key,
      double fraction,
      boolean moving,
      NetworkPosition target,
      EdgeTable edges,
      UpwardSearch search,
      TravelTimes.Meeting best,
      boolean needPath) {
    best.weight = Double.POSITIVE_INFINITY;
    best.millis = Double.POSITIVE_INFINITY;
    best.direct = false;
    boolean pruned = !needPath && !search.caching();
    leaveAlong(key, 1 - fraction, edges, search, best, pruned);
    if (!moving) {
      leaveAlong(key ^ 1, fraction, edges, search, best, pruned);
    }
    sameEdge(key, fraction, moving, target, edges, best);
  }

  /** Leaves the source along directed edge {@code key}, with {@code rest} of it still to drive. */
  private void leaveAlong(
      int key,
      double rest,
      EdgeTable edges,
      UpwardSearch search,
      TravelTimes.Meeting best,
      boolean pruned) {
    double w = edges.weight(key);
    // with nothing of the edge left the source is at a node, free to take any edge out of it
    if (rest > 0 && !(w < Double.POSITIVE_INFINITY)) {
      return;
    }
    double startWeight = rest > 0 ? rest * w : 0;
    double startMillis = rest > 0 ? rest * edges.millis(key) : 0;
    if (pruned) {
      int n = search.bestMeeting(edges.to(key), startWeight, best.weight, this, upOut);
      if (n >= 0) {
        best.weight = startWeight + upOut[0] + weight[n];
        best.millis = startMillis + upOut[1] + millis[n];
        best.direct = false;
        best.startKey = key;
        best.startFraction = 1 - rest;
        best.sourceSpace = null;
        best.targetSpace = null;
        best.endKey = sideKey[side[n]];
        best.endFraction = sideFraction[side[n]];
      }
      return;
    }
    SearchSpace space = search.forward(edges.to(key));
    int[] nodes = space.nodes();
    double[] ws = space.weights();
    double[] ms = space.millis();
    int bestIndex = -1;
    double bestWeight = best.weight;
    for (int i = 0; i < nodes.length; i++) {
      // the space is in settling order, so its weights never decrease: once the way up alone cannot
      // beat the best, no later entry can (the same exact stop as UpwardSearch.bestMeeting)
      if (startWeight + ws[i] >= bestWeight) {
        break;
      }
      int n = nodes[i];
      if (stamp[n] == current) {
        double total = startWeight + ws[i] + weight[n];
        if (total < bestWeight) {
          bestWeight = total;
          bestIndex = i;
        }
      }
    }
    if (bestIndex >= 0) {
      int n = nodes[bestIndex];
      best.weight = bestWeight;
      best.millis = startMillis + ms[bestIndex] + millis[n];
      best.direct = false;
      best.startKey = key;
      best.startFraction = 1 - rest;
      best.sourceSpace = space;
      best.sourceIndex = bestIndex;
      best.targetSpace = spaces[side[n]];
      best.targetIndex = index[n];
      best.endKey = sideKey[side[n]];
      best.endFraction = sideFraction[side[n]];
    }
  }

  /** Source and target on the same edge, target ahead: drive straight there. */
  private static void sameEdge(
      int key,
      double fraction,
      boolean moving,
      NetworkPosition target,
      EdgeTable edges,
      TravelTimes.Meeting best) {
    if ((key >>> 1) != target.edge()) {
      return;
    }
    double targetAlong = target.edgeKey() == key ? target.fraction() : 1 - target.fraction();
    if (targetAlong >= fraction) {
      direct(key, fraction, targetAlong, edges, best);
    } else if (!moving) {
      direct(key ^ 1, 1 - fraction, 1 - targetAlong, edges, best);
    }
  }

  private static void direct(
      int key, double from, double to, EdgeTable edges, TravelTimes.Meeting best) {
    double w = edges.weight(key);
    if (to > from && !(w < Double.POSITIVE_INFINITY)) {
      return;
    }
    double total = to > from ? (to - from) * w : 0;
    if (total <= best.weight) {
      best.weight = total;
      best.millis = to > from ? (to - from) * edges.millis(key) : 0;
      best.direct = true;
      best.startKey = key;
      best.startFraction = from;
      best.endKey = key;
      best.endFraction = to;
    }
  }
}
