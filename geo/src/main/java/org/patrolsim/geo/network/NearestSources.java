// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The k sources that reach a target first, exactly, at a cost that follows k and the density of the
 * sources rather than their number.
 *
 * <p>Every source gets a lower bound of its travel time from {@link CrowFlight}: first a coarse one
 * (the gap between the balls around its edge and the target's, at the map's fastest pace: one table
 * read and one square root a source), which a source at the front of the queue trades for a finer
 * one (straight-line distance from the nodes it may leave by to the nodes the target may be entered
 * from, plus the exact partial-edge times at both ends). Sources are taken in order of their bound
 * and timed exactly, by the same per-source computation as {@link TravelTimes#secondsTo}, until the
 * next bound exceeds the k-th best time found: every source not yet timed is then slower than all k
 * kept. The answer is therefore the first k of {@code secondsTo}'s result sorted by (seconds,
 * source index), with the same doubles, whatever the bounds' quality; only the number of sources
 * timed depends on it.
 */
final class NearestSources {
  /** Relative margin on a bound against the rounding of its own sum (see {@link CrowFlight}). */
  private static final double MARGIN = 1e-9;

  private static final byte COARSE = 0;
  private static final byte FINE = 1;
  private static final byte TIMED = 2;

  private final EdgeTable edges;
  private final CrowFlight crow;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  NearestSources(EdgeTable edges, CrowFlight crow) {
    this.edges = edges;
    this.crow = crow;
  }

  /**
   * The first {@code k} sources by (seconds, index) to {@code target}, already loaded into {@code
   * table}; {@code factor} turns the searches' milliseconds into the trip's seconds.
   */
  List<RankedSource> nearest(
      List<NetworkPosition> sources,
      NetworkPosition target,
      int k,
      double factor,
      TargetTable table,
      UpwardSearch search) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    int n = sources.size();
    Scratch s = scratch.get();
    s.ensure(n, k);
    s.entries.load(target, edges);
    int targetEdge = target.edge();
    int seeds = 0;
    for (int i = 0; i < n; i++) {
      s.bound[i] = crow.millisBetweenEdges(sources.get(i).edge(), targetEdge) * factor;
      s.state[i] = COARSE;
      seeds = s.seed(i, seeds, k);
    }
    // time the k sources of least coarse bound first: the k-th of their times bounds the answer
    int kept = 0;
    for (int j = 0; j < seeds; j++) {
      kept = time(s.seedSource[j], sources, target, k, factor, table, search, s, kept);
    }
    double limit = kept == k ? s.keptSeconds[k - 1] : Double.POSITIVE_INFINITY;
    int left = 0;
    for (int i = 0; i < n; i++) {
      if (s.state[i] == COARSE && s.bound[i] <= limit) {
        s.heap[left++] = i;
      }
    }
    s.timed = seeds;
    s.heapify(left);
    while (left > 0) {
      int i = s.heap[0];
      if (kept == k && s.bound[i] > s.keptSeconds[k - 1]) {
        break;
      }
      if (s.state[i] == COARSE) {
        s.state[i] = FINE;
        s.bound[i] = fineBound(sources.get(i), target, s.entries) * factor;
        s.siftDown(0, i, left);
        continue;
      }
      s.pop(left--);
      kept = time(i, sources, target, k, factor, table, search, s, kept);
      s.timed++;
    }
    List<RankedSource> ranked = new ArrayList<>(kept);
    for (int r = 0; r < kept; r++) {
      ranked.add(new RankedSource(s.keptSource[r], s.keptSeconds[r]));
    }
    return ranked;
  }

  /**
   * The first {@code k} of the sources in {@code index} that {@code eligible} accepts, by (seconds,
   * source number), at their positions at {@code nowMs}: the same answer as {@link #nearest(List,
   * NetworkPosition, int, double, TargetTable, UpwardSearch)} over the list of those sources in
   * number order, with numbers for indices. The index's cells are visited outwards from the target;
   * a source met for the first time gets its position and its fine bound and joins the heap. The
   * search stops once neither the heap's least bound nor the bound of the cells not yet visited can
   * reach the k-th best time, or once all {@code members} eligible sources have been met and timed.
   */
  List<RankedSource> nearest(
      SourceIndex index,
      long nowMs,
      IntPredicate eligible,
      int members,
      NetworkPosition target,
      int k,
      double factor,
      TargetTable table,
      UpwardSearch search) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    Scratch s = scratch.get();
    s.ensureSeen(index.capacity(), k);
    s.entries.load(target, edges);
    Cells cells = s.cells;
    cells.start(index, s.entries, edges.from(target.edgeKey()), crow, factor);
    s.slots = 0;
    s.left = 0;
    s.met = 0;
    s.timed = 0;
    int kept = 0;
    while (true) {
      boolean more = s.met < members && cells.hasNext();
      double unseen = more ? cells.nextBound() : Double.POSITIVE_INFINITY;
      double top = s.left > 0 ? s.bound[s.heap[0]] : Double.POSITIVE_INFINITY;
      if (kept == k && Math.min(top, unseen) > s.keptSeconds[k - 1]) {
        break;
      }
      if (s.left > 0 && (top <= unseen || !more)) {
        int i = s.heap[0];
        s.pop(s.left--);
        kept = timeSlot(i, target, k, factor, table, search, s, kept);
        s.timed++;
      } else if (more) {
        meet(index, cells.next(), nowMs, eligible, target, factor, s);
      } else {
        break;
      }
    }
    List<RankedSource> ranked = new ArrayList<>(kept);
    for (int r = 0; r < kept; r++) {
      ranked.add(new RankedSource(s.keptSource[r], s.keptSeconds[r]));
    }
    return ranked;
  }

  /**
   * Every eligible source of the cell not met before gets its place now and its fine bound, and
   * joins the heap.
   */
  private void meet(
      SourceIndex index,
      int cell,
      long nowMs,
      IntPredicate eligible,
      NetworkPosition target,
      double factor,
      Scratch s) {
    int[] list = index.members(cell);
    int count = index.count(cell);
    for (int j = 0; j < count; j++) {
      int source = list[j];
      if (s.seen[source] == s.seenStamp) {
        continue;
      }
      s.seen[source] = s.seenStamp;
      if (!eligible.test(source)) {
        continue;
      }
      s.met++;
      int slot = s.slots++;
      s.ensureSlots(s.slots);
      Route.Place at = s.place;
      index.placeAt(source, nowMs, at);
      s.slotSource[slot] = source;
      s.slotKey[slot] = at.key;
      s.slotFraction[slot] = at.fraction;
      s.slotMoving[slot] = at.moving;
      s.bound[slot] = fineBound(at.key, at.fraction, at.moving, target, s.entries) * factor;
      s.siftUp(s.left++, slot);
    }
  }

  /** How many eligible sources the last index query on this thread met (for tests). */
  int lastMet() {
    return scratch.get().met;
  }

  private int timeSlot(
      int slot,
      NetworkPosition target,
      int k,
      double factor,
      TargetTable table,
      UpwardSearch search,
      Scratch s,
      int kept) {
    TravelTimes.Meeting best = table.meeting;
    table.bestFrom(
        s.slotKey[slot],
        s.slotFraction[slot],
        s.slotMoving[slot],
        target,
        edges,
        search,
        best,
        false);
    double seconds = best.reachable() ? best.millis * factor : Double.POSITIVE_INFINITY;
    return s.keep(s.slotSource[slot], seconds, kept, k);
  }

  /**
   * Times source {@code i} exactly as {@code secondsTo} does and keeps it if it is among the first
   * k.
   */
  private int time(
      int i,
      List<NetworkPosition> sources,
      NetworkPosition target,
      int k,
      double factor,
      TargetTable table,
      UpwardSearch search,
      Scratch s,
      int kept) {
    TravelTimes.Meeting best = table.meeting;
    table.bestFrom(sources.get(i), target, edges, search, best, false);
    s.state[i] = TIMED;
    double seconds = best.reachable() ? best.millis * factor : Double.POSITIVE_INFINITY;
    return s.keep(i, seconds, kept, k);
  }

  /**
   * The coarse and the fine lower bound of {@code source}'s milliseconds to {@code target} (for
   * tests).
   */
  double[] bounds(NetworkPosition source, NetworkPosition target) {
    Entries entries = new Entries();
    entries.load(target, edges);
    return new double[] {
      crow.millisBetweenEdges(source.edge(), target.edge()), fineBound(source, target, entries)
    };
  }

  /** How many sources the last query on this thread timed exactly (for tests and measurements). */
  int lastTimed() {
    return scratch.get().timed;
  }

  /**
   * A lower bound of the milliseconds {@code secondsTo} gives for {@code source}: over the ways it
   * may leave (as {@code TargetTable.bestFrom} allows them) and the ways into the target, the
   * partial-edge times plus the straight-line bound between the two nodes; 0 on the target's own
   * edge.
   */
  private double fineBound(NetworkPosition source, NetworkPosition target, Entries entries) {
    return fineBound(source.edgeKey(), source.fraction(), source.moving(), target, entries);
  }

  private double fineBound(
      int key, double fraction, boolean moving, NetworkPosition target, Entries entries) {
    if ((key >>> 1) == target.edge()) {
      return 0;
    }
    double bound = exitBound(key, 1 - fraction, entries);
    if (!moving) {
      bound = Math.min(bound, exitBound(key ^ 1, fraction, entries));
    }
    return bound * (1 - MARGIN);
  }

  private double exitBound(int key, double rest, Entries entries) {
    if (rest > 0 && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
      return Double.POSITIVE_INFINITY;
    }
    double start = rest > 0 ? rest * edges.millis(key) : 0;
    int node = edges.to(key);
    double bound = Double.POSITIVE_INFINITY;
    for (int e = 0; e < entries.count; e++) {
      bound = Math.min(bound, start + crow.millis(node, entries.node[e]) + entries.millis[e]);
    }
    return bound;
  }

  /**
   * The nodes a target may be entered from, with the partial-edge time from each (as TargetTable
   * loads them).
   */
  private static final class Entries {
    final int[] node = new int[2];
    final double[] millis = new double[2];
    int count;

    void load(NetworkPosition target, EdgeTable edges) {
      count = 0;
      add(target.edgeKey(), target.fraction(), edges);
      add(target.edgeKey() ^ 1, 1 - target.fraction(), edges);
    }

    private void add(int key, double fraction, EdgeTable edges) {
      if (fraction > 0 && !(edges.weight(key) < Double.POSITIVE_INFINITY)) {
        return;
      }
      node[count] = edges.from(key);
      millis[count] = fraction > 0 ? fraction * edges.millis(key) : 0;
      count++;
    }
  }

  /**
   * The cells of a {@link SourceIndex} in order of a lower bound of the time from the sources
   * entered there: a best-first flood from the target's cell over neighbouring cells. A cell's
   * bound is the straight line from the nearest of the target's entry nodes to the cell's
   * rectangle, less {@link SourceIndex#SLACK_METRES}, at the map's fastest pace. The cells within
   * any distance of a point form a patch around the point's cell, connected through neighbours (a
   * step towards the point never takes a cell further from it), and the flood starts from the cell
   * of every entry node: so every cell not yet visited is behind a frontier cell of no greater
   * bound, and the least bound on the frontier bounds them all.
   */
  static final class Cells {
    private SourceIndex index;
    private final double[] east = new double[2];
    private final double[] north = new double[2];
    private int points;
    private double secondsPerMetre;
    private int[] stamp = new int[64];
    private int current;
    private final MinHeap frontier = new MinHeap();

    void start(
        SourceIndex index, Entries entries, int fallbackNode, CrowFlight crow, double factor) {
      this.index = index;
      int cells = index.cols * index.rows;
      if (stamp.length < cells) {
        stamp = new int[Math.max(cells, 2 * stamp.length)];
        current = 0;
      }
      if (++current == Integer.MAX_VALUE) {
        java.util.Arrays.fill(stamp, 0);
        current = 1;
      }
      points = Math.max(1, entries.count);
      for (int e = 0; e < points; e++) {
        int node = entries.count > 0 ? entries.node[e] : fallbackNode;
        east[e] = crow.east(node);
        north[e] = crow.north(node);
      }
      secondsPerMetre = crow.millisPerMetre() * factor * (1 - 1e-9);
      frontier.clear();
      // the flood starts from the cell of every entry node: each one's patch of near cells holds
      // its own
      for (int e = 0; e < points; e++) {
        int node = entries.count > 0 ? entries.node[e] : fallbackNode;
        push(index.rowOf(node) * index.cols + index.colOf(node));
      }
    }

    boolean hasNext() {
      return !frontier.isEmpty();
    }

    /**
     * A lower bound of the trip's seconds from any source entered only in cells not yet visited.
     */
    double nextBound() {
      return frontier.isEmpty() ? Double.POSITIVE_INFINITY : frontier.peekKey();
    }

    /** Takes the cell of least bound, adds its neighbours to the frontier and returns it. */
    int next() {
      int cell = frontier.pop();
      int col = cell % index.cols;
      int row = cell / index.cols;
      if (col > 0) {
        push(cell - 1);
      }
      if (col < index.cols - 1) {
        push(cell + 1);
      }
      if (row > 0) {
        push(cell - index.cols);
      }
      if (row < index.rows - 1) {
        push(cell + index.cols);
      }
      return cell;
    }

    private void push(int cell) {
      if (stamp[cell] != current) {
        stamp[cell] = current;
        frontier.push(bound(cell % index.cols, cell / index.cols), cell);
      }
    }

    /**
     * The cell's bound; the grid's outer cells reach out for ever (they hold any node clamped into
     * them).
     */
    private double bound(int c, int r) {
      double size = index.cellMetres;
      double west = c == 0 ? Double.NEGATIVE_INFINITY : index.minEast + c * size;
      double eastEdge =
          c == index.cols - 1 ? Double.POSITIVE_INFINITY : index.minEast + (c + 1) * size;
      double south = r == 0 ? Double.NEGATIVE_INFINITY : index.minNorth + r * size;
      double northEdge =
          r == index.rows - 1 ? Double.POSITIVE_INFINITY : index.minNorth + (r + 1) * size;
      double nearest = Double.POSITIVE_INFINITY;
      for (int e = 0; e < points; e++) {
        double dx = Math.max(0, Math.max(west - east[e], east[e] - eastEdge));
        double dy = Math.max(0, Math.max(south - north[e], north[e] - northEdge));
        nearest = Math.min(nearest, dx * dx + dy * dy);
      }
      double metres = Math.sqrt(nearest) - SourceIndex.SLACK_METRES - 1e-3;
      return metres > 0 ? metres * secondsPerMetre : 0;
    }
  }

  /**
   * Per-thread working memory: the bounds, a heap of source indices by bound, the k kept so far.
   */
  private static final class Scratch {
    final Entries entries = new Entries();
    double[] bound = new double[64];
    byte[] state = new byte[64];
    int[] heap = new int[64];
    int[] seedSource = new int[4];
    int[] keptSource = new int[4];
    double[] keptSeconds = new double[4];
    int timed;
    int slots;
    int left;
    int met;
    final Cells cells = new Cells();
    final Route.Place place = new Route.Place();
    int[] slotSource = new int[64];
    int[] slotKey = new int[64];
    double[] slotFraction = new double[64];
    boolean[] slotMoving = new boolean[64];
    int[] seen = new int[64];
    int seenStamp;

    /** Readies the per-source stamps for a new query over sources numbered below {@code n}. */
    void ensureSeen(int n, int k) {
      if (seen.length < n) {
        seen = new int[Math.max(n, 2 * seen.length)];
        seenStamp = 0;
      }
      if (++seenStamp == Integer.MAX_VALUE) {
        java.util.Arrays.fill(seen, 0);
        seenStamp = 1;
      }
      ensure(0, k);
    }

    void ensureSlots(int n) {
      if (slotSource.length < n) {
        int size = Math.max(n, 2 * slotSource.length);
        slotSource = java.util.Arrays.copyOf(slotSource, size);
        slotKey = java.util.Arrays.copyOf(slotKey, size);
        slotFraction = java.util.Arrays.copyOf(slotFraction, size);
        slotMoving = java.util.Arrays.copyOf(slotMoving, size);
      }
      if (bound.length < n) {
        int size = Math.max(n, 2 * bound.length);
        bound = java.util.Arrays.copyOf(bound, size);
        heap = java.util.Arrays.copyOf(heap, size);
        state = java.util.Arrays.copyOf(state, size);
      }
    }

    /**
     * Adds {@code value} at the end of a heap of {@code size} entries and restores the heap order.
     */
    void siftUp(int size, int value) {
      double key = bound[value];
      int i = size;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (bound[heap[parent]] <= key) {
          break;
        }
        heap[i] = heap[parent];
        i = parent;
      }
      heap[i] = value;
    }

    void ensure(int n, int k) {
      if (bound.length < n) {
        bound = new double[Math.max(n, 2 * bound.length)];
        heap = new int[bound.length];
        state = new byte[bound.length];
      }
      if (keptSource.length < k + 1) {
        keptSource = new int[k + 1];
        keptSeconds = new double[k + 1];
        seedSource = new int[k + 1];
      }
    }

    /**
     * Keeps source {@code i} among the {@code k} of least coarse bound seen so far (sorted by
     * bound, earlier first on ties); returns their new count.
     */
    int seed(int i, int seeds, int k) {
      double b = bound[i];
      if (seeds == k && !(b < bound[seedSource[k - 1]])) {
        return seeds;
      }
      int at = Math.min(seeds, k - 1);
      while (at > 0 && bound[seedSource[at - 1]] > b) {
        seedSource[at] = seedSource[at - 1];
        at--;
      }
      seedSource[at] = i;
      return Math.min(seeds + 1, k);
    }

    /**
     * Inserts (seconds, source) into the kept list, sorted by seconds then source, if it is among
     * the first k; returns the new count.
     */
    int keep(int source, double seconds, int kept, int k) {
      int at = kept;
      while (at > 0
          && (keptSeconds[at - 1] > seconds
              || (keptSeconds[at - 1] == seconds && keptSource[at - 1] > source))) {
        at--;
      }
      if (at >= k) {
        return kept;
      }
      int last = Math.min(kept, k - 1);
      System.arraycopy(keptSource, at, keptSource, at + 1, last - at);
      System.arraycopy(keptSeconds, at, keptSeconds, at + 1, last - at);
      keptSource[at] = source;
      keptSeconds[at] = seconds;
      return Math.min(kept + 1, k);
    }

    void heapify(int n) {
      for (int i = n / 2 - 1; i >= 0; i--) {
        siftDown(i, heap[i], n);
      }
    }

    /** Removes the top of a heap of {@code size} entries. */
    void pop(int size) {
      int last = heap[size - 1];
      if (size > 1) {
        siftDown(0, last, size - 1);
      }
    }

    void siftDown(int i, int value, int size) {
      double key = bound[value];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && bound[heap[child + 1]] < bound[heap[child]]) {
          child++;
        }
        if (bound[heap[child]] >= key) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = value;
    }
  }
}
