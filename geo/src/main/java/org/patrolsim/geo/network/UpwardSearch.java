// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Upward searches in the contraction hierarchy, and a cache of their results per node.
 *
 * <p>The upward search space of a node does not depend on the query: every shortest path from s to
 * t climbs from s and descends to t, meeting at its highest node. So the forward space of every
 * source and the backward space of the target are computed once, cached per node (bounded by {@code
 * maxCachedEntries}), and a many-to-one query becomes a scan of small arrays. The cache only
 * memoises a pure function, so results are identical whether an entry was cached or not.
 */
final class UpwardSearch {
  private final UpwardGraph graph;
  private final AtomicReferenceArray<SearchSpace> forward;
  private final AtomicReferenceArray<SearchSpace> backward;
  private final AtomicLong cachedEntries = new AtomicLong();
  private final long maxCachedEntries;
  private final ThreadLocal<Scratch> scratch;

  UpwardSearch(UpwardGraph graph, int nodes, long maxCachedEntries) {
    this.graph = graph;
    this.forward = new AtomicReferenceArray<>(nodes);
    this.backward = new AtomicReferenceArray<>(nodes);
    this.maxCachedEntries = maxCachedEntries;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(nodes));
  }

  /** The same searches over the same graph, caching nothing. */
  UpwardSearch withoutCache() {
    return new UpwardSearch(graph, forward.length(), 0);
  }

  /** Whether this search keeps spaces in its cache (false for {@link #withoutCache()}). */
  boolean caching() {
    return maxCachedEntries > 0;
  }

  SearchSpace forward(int node) {
    return cached(forward, node, true);
  }

  SearchSpace backward(int node) {
    return cached(backward, node, false);
  }

  private SearchSpace cached(AtomicReferenceArray<SearchSpace> cache, int node, boolean fwd) {
    SearchSpace s = cache.get(node);
    if (s != null) {
      return s;
    }
    s = search(node, fwd);
    if (maxCachedEntries > 0
        && cachedEntries.get() + s.size() <= maxCachedEntries
        && cache.compareAndSet(node, null, s)) {
      cachedEntries.addAndGet(s.size());
    }
    return s;
  }

  /** Caches the forward and backward spaces of every node (as far as the bound allows). */
  void cacheEveryNode() {
    if (maxCachedEntries == 0) {
      return;
    }
    for (int node = 0; node < forward.length(); node++) {
      forward(node);
      backward(node);
    }
  }

  /** What the cache holds now. */
  TravelTimes.CacheUse cacheUse() {
    int fwd = 0;
    int bwd = 0;
    long bytes = 0;
    for (int node = 0; node < forward.length(); node++) {
      SearchSpace f = forward.get(node);
      SearchSpace b = backward.get(node);
      fwd += f == null ? 0 : 1;
      bwd += b == null ? 0 : 1;
      bytes += bytes(f) + bytes(b);
    }
    return new TravelTimes.CacheUse(forward.length(), fwd, bwd, cachedEntries.get(), bytes);
  }

  /**
   * Heap bytes of one cached space: 28 per entry plus the record and five array headers (64-bit
   * JVM, compressed oops).
   */
  private static long bytes(SearchSpace s) {
    return s == null ? 0 : 24 + 5 * 16 + 28L * s.size();
  }

  /**
   * A full upward Dijkstra from {@code start}, forward (start -> higher) or backward (higher ->
   * start).
   */
  private SearchSpace search(int start, boolean fwd) {
    int[] adjStart = fwd ? graph.fwdStart : graph.bwdStart;
    int[] adj = fwd ? graph.fwdAdj : graph.bwdAdj;
    double[] edgeWeight = fwd ? graph.fwdWeight : graph.bwdWeight;
    double[] edgeMillis = fwd ? graph.fwdMillis : graph.bwdMillis;
    int[] edgeCh = fwd ? graph.fwdChEdge : graph.bwdChEdge;
    // the opposite direction's upward edges lead from higher nodes into this one (stall-on-demand)
    int[] intoStart = fwd ? graph.bwdStart : graph.fwdStart;
    int[] into = fwd ? graph.bwdAdj : graph.fwdAdj;
    double[] intoWeight = fwd ? graph.bwdWeight : graph.fwdWeight;

    Scratch s = scratch.get();
    int stamp = s.next();
    s.heap.clear();
    s.out.clear();
    s.seen[start] = stamp;
    s.dist[start] = 0;
    s.time[start] = 0;
    s.parent[start] = -1;
    s.via[start] = -1;
    s.heap.push(0, start);
    while (!s.heap.isEmpty()) {
      double key = s.heap.peekKey();
      int node = s.heap.pop();
      if (s.settled[node] == stamp || key > s.dist[node]) {
        continue;
      }
      s.settled[node] = stamp;
      if (stalled(s, stamp, node, intoStart, into, intoWeight)) {
        continue;
      }
      int index = s.out.add(node, s.dist[node], s.time[node], s.parent[node], s.via[node]);
      for (int i = adjStart[node], end = adjStart[node + 1]; i < end; i++) {
        int next = adj[i];
        if (s.settled[next] == stamp) {
          continue;
        }
        double w = s.dist[node] + edgeWeight[i];
        if (s.seen[next] != stamp || w < s.dist[next]) {
          s.seen[next] = stamp;
          s.dist[next] = w;
          s.time[next] = s.time[node] + edgeMillis[i];
          s.parent[next] = index;
          s.via[next] = edgeCh[i];
          s.heap.push(w, next);
        }
      }
    }
    return s.out.toSpace();
  }

  /**
   * The forward upward search from {@code start}, matched against the loaded target as it settles
   * nodes, without building a space: the best meeting entering at {@code startWeight} whose total
   * weight is strictly below {@code bound}, or -1. Its up-distance and up-time from {@code start}
   * are left in {@code upOut[0]} and {@code upOut[1]}.
   *
   * <p>Exactly what a scan of {@link #forward}'s space would find: nodes settle in the same order
   * with the same distances and stalls, candidates are compared in that order with the same
   * arithmetic ({@code startWeight + up + down}, strictly less wins), and the search stops only
   * when the smallest key left already gives {@code startWeight + key >= best}, which no later node
   * can beat, its total being at least that (rounding is monotone and the target's weights are >=
   * 0).
   */
  int bestMeeting(int start, double startWeight, double bound, TargetTable table, double[] upOut) {
    int[] adjStart = graph.fwdStart;
    int[] adj = graph.fwdAdj;
    double[] edgeWeight = graph.fwdWeight;
    double[] edgeMillis = graph.fwdMillis;
    Scratch s = scratch.get();
    int stamp = s.next();
    s.heap.clear();
    s.seen[start] = stamp;
    s.dist[start] = 0;
    s.time[start] = 0;
    s.heap.push(0, start);
    double best = bound;
    int bestNode = -1;
    while (!s.heap.isEmpty()) {
      double key = s.heap.peekKey();
      if (startWeight + key >= best) {
        break;
      }
      int node = s.heap.pop();
      if (s.settled[node] == stamp || key > s.dist[node]) {
        continue;
      }
      s.settled[node] = stamp;
      if (stalled(s, stamp, node, graph.bwdStart, graph.bwdAdj, graph.bwdWeight)) {
        continue;
      }
      double d = s.dist[node];
      if (table.holds(node)) {
        double total = startWeight + d + table.weightAt(node);
        if (total < best) {
          best = total;
          bestNode = node;
          upOut[0] = d;
          upOut[1] = s.time[node];
        }
      }
      for (int i = adjStart[node], end = adjStart[node + 1]; i < end; i++) {
        int next = adj[i];
        if (s.settled[next] == stamp) {
          continue;
        }
        double w = d + edgeWeight[i];
        if (s.seen[next] != stamp || w < s.dist[next]) {
          s.seen[next] = stamp;
          s.dist[next] = w;
          s.time[next] = s.time[node] + edgeMillis[i];
          s.heap.push(w, next);
        }
      }
    }
    return bestNode;
  }

  /**
   * A node is stalled when a higher node already seen reaches it more cheaply by coming down: its
   * upward distance is then not a shortest one, so no shortest path meets there and its edges need
   * not be followed. This only shrinks the space; the answers are unchanged.
   */
  private static boolean stalled(
      Scratch s, int stamp, int node, int[] intoStart, int[] into, double[] intoWeight) {
    double d = s.dist[node];
    for (int i = intoStart[node], end = intoStart[node + 1]; i < end; i++) {
      int higher = into[i];
      if (s.seen[higher] == stamp && s.dist[higher] + intoWeight[i] < d - 1e-9) {
        return true;
      }
    }
    return false;
  }

  /** Per-thread working memory, reused between searches (stamps avoid clearing). */
  private static final class Scratch {
    final int[] seen;
    final int[] settled;
    final double[] dist;
    final double[] time;
    final int[] parent;
    final int[] via;
    final MinHeap heap = new MinHeap();
    final Collected out = new Collected();
    int stamp;

    Scratch(int nodes) {
      seen = new int[nodes];
      settled = new int[nodes];
      dist = new double[nodes];
      time = new double[nodes];
      parent = new int[nodes];
      via = new int[nodes];
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

  /** The settled entries of one search, grown as needed. */
  private static final class Collected {
    int[] nodes = new int[256];
    double[] weights = new double[256];
    double[] millis = new double[256];
    int[] parents = new int[256];
    int[] chEdges = new int[256];
    int size;

    void clear() {
      size = 0;
    }

    int add(int node, double w, double ms, int parent, int chEdge) {
      if (size == nodes.length) {
        int n = size * 2;
        nodes = Arrays.copyOf(nodes, n);
        weights = Arrays.copyOf(weights, n);
        millis = Arrays.copyOf(millis, n);
        parents = Arrays.copyOf(parents, n);
        chEdges = Arrays.copyOf(chEdges, n);
      }
      nodes[size] = node;
      weights[size] = w;
      millis[size] = ms;
      parents[size] = parent;
      chEdges[size] = chEdge;
      return size++;
    }

    SearchSpace toSpace() {
      return new SearchSpace(
          Arrays.copyOf(nodes, size),
          Arrays.copyOf(weights, size),
          Arrays.copyOf(millis, size),
          Arrays.copyOf(parents, size),
          Arrays.copyOf(chEdges, size));
    }
  }
}
