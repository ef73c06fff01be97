// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The upward half of GraphHopper's contraction hierarchy as flat arrays: for each node, the edges
 * and shortcuts to nodes of higher level, forward ({@code node -> higher}) and backward ({@code
 * higher -> node}), each with its weight and its travel time.
 *
 * <p>GraphHopper's shortcuts store only a weight; the time of a shortcut is the sum of the times of
 * the base edges it stands for, computed here once by unpacking (memoised per shortcut and
 * direction), so a search yields the same millisecond sum as GraphHopper's own path.
 */
final class UpwardGraph {
  final int[] fwdStart;
  final int[] fwdAdj;
  final double[] fwdWeight;
  final double[] fwdMillis;
  final int[] fwdChEdge;
  final int[] bwdStart;
  final int[] bwdAdj;
  final double[] bwdWeight;
  final double[] bwdMillis;
  final int[] bwdChEdge;

  /** All nodes from the highest CH level down: the order of a downward sweep. */
  final int[] topDown;

  private final RoutingCHGraph ch;
  private final EdgeTable edges;
  private final double[] memo;

  private static final int FILE_FORMAT = 0x50534701; // "PSG" version 1
  static final String FILE_NAME = "patrolsim-upward.bin";

  /**
   * Reads the arrays from {@code dir} when an earlier load wrote them, else builds them from the
   * hierarchy and writes them there (atomically, best effort) so the next load is a plain read.
   */
  static UpwardGraph loadOrBuild(Path dir, RoutingCHGraph ch, EdgeTable edges) {
    Path file = dir.resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      try {
        return read(file, ch.getNodes());
      } catch (IOException | RuntimeException e) {
        // unreadable or from another format: build afresh below
      }
    }
    UpwardGraph built = new UpwardGraph(ch, edges);
    try {
      Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
      built.write(tmp);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // a read-only cache still works, only slower to load
    }
    return built;
  }

  private UpwardGraph(int[][] ints, double[][] doubles) {
    fwdStart = ints[0];
    fwdAdj = ints[1];
    fwdChEdge = ints[2];
    bwdStart = ints[3];
    bwdAdj = ints[4];
    bwdChEdge = ints[5];
    topDown = ints[6];
    fwdWeight = doubles[0];
    fwdMillis = doubles[1];
    bwdWeight = doubles[2];
    bwdMillis = doubles[3];
    ch = null;
    edges = null;
    memo = null;
  }

  private void write(Path file) throws IOException {
    int[][] ints = {fwdStart, fwdAdj, fwdChEdge, bwdStart, bwdAdj, bwdChEdge, topDown};
    double[][] doubles = {fwdWeight, fwdMillis, bwdWeight, bwdMillis};
    long bytes = 8;
    for (int[] a : ints) {
      bytes += 4 + 4L * a.length;
    }
    for (double[] a : doubles) {
      bytes += 4 + 8L * a.length;
    }
    ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(bytes));
    buf.putInt(FILE_FORMAT).putInt(fwdStart.length - 1);
    for (int[] a : ints) {
      buf.putInt(a.length);
      buf.asIntBuffer().put(a);
      buf.position(buf.position() + 4 * a.length);
    }
    for (double[] a : doubles) {
      buf.putInt(a.length);
      buf.asDoubleBuffer().put(a);
      buf.position(buf.position() + 8 * a.length);
    }
    Files.write(file, buf.array());
  }

  private static UpwardGraph read(Path file, int nodes) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file));
    if (buf.getInt() != FILE_FORMAT || buf.getInt() != nodes) {
      throw new IOException(file + " is from another format or graph");
    }
    int[][] ints = new int[7][];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = new int[buf.getInt()];
      buf.asIntBuffer().get(ints[i]);
      buf.position(buf.position() + 4 * ints[i].length);
    }
    double[][] doubles = new double[4][];
    for (int i = 0; i < doubles.length; i++) {
      doubles[i] = new double[buf.getInt()];
      buf.asDoubleBuffer().get(doubles[i]);
      buf.position(buf.position() + 8 * doubles[i].length);
    }
    if (buf.hasRemaining()) {
      throw new IOException(file + " has trailing bytes");
    }
    return new UpwardGraph(ints, doubles);
  }

  UpwardGraph(RoutingCHGraph ch, EdgeTable edges) {
    this.ch = ch;
    this.edges = edges;
    this.memo = new double[2 * ch.getEdges()];
    Arrays.fill(memo, -1);
    int n = ch.getNodes();
    Builder fwd = new Builder(n);
    Builder bwd = new Builder(n);
    RoutingCHEdgeIterator out = null;
    var outExplorer = ch.createOutEdgeExplorer();
    var inExplorer = ch.createInEdgeExplorer();
    for (int node = 0; node < n; node++) {
      int level = ch.getLevel(node);
      fwd.startNode(node);
      out = outExplorer.setBaseNode(node);
      while (out.next()) {
        int adj = out.getAdjNode();
        if (adj == node || ch.getLevel(adj) < level) {
          continue;
        }
        double w = out.getWeight(false);
        if (Double.isFinite(w)) {
          fwd.add(adj, w, millis(out, node, adj), out.getEdge());
        }
      }
      bwd.startNode(node);
      RoutingCHEdgeIterator in = inExplorer.setBaseNode(node);
      while (in.next()) {
        int adj = in.getAdjNode();
        if (adj == node || ch.getLevel(adj) < level) {
          continue;
        }
        double w = in.getWeight(true);
        if (Double.isFinite(w)) {
          bwd.add(adj, w, millis(in, adj, node), in.getEdge());
        }
      }
    }
    fwd.finish(n);
    bwd.finish(n);
    fwdStart = fwd.start;
    fwdAdj = fwd.adj.trimmed();
    fwdWeight = Arrays.copyOf(fwd.weight, fwd.size);
    fwdMillis = Arrays.copyOf(fwd.millis, fwd.size);
    fwdChEdge = Arrays.copyOf(fwd.chEdge.data, fwd.size);
    bwdStart = bwd.start;
    bwdAdj = bwd.adj.trimmed();
    bwdWeight = Arrays.copyOf(bwd.weight, bwd.size);
    bwdMillis = Arrays.copyOf(bwd.millis, bwd.size);
    bwdChEdge = Arrays.copyOf(bwd.chEdge.data, bwd.size);
    long[] byLevel = new long[n];
    for (int node = 0; node < n; node++) {
      byLevel[node] = ((long) ch.getLevel(node) << 32) | node;
    }
    Arrays.sort(byLevel);
    topDown = new int[n];
    for (int i = 0; i < n; i++) {
      topDown[i] = (int) byLevel[n - 1 - i];
    }
  }

  /** Travel time of a CH edge (base edge or shortcut) driven from {@code from} to {@code to}. */
  private double millis(RoutingCHEdgeIteratorState s, int from, int to) {
    if (!s.isShortcut()) {
      return edges.millis(keyOf(s, from));
    }
    return shortcutMillis(s.getEdge(), from, to);
  }

  private int keyOf(RoutingCHEdgeIteratorState s, int from) {
    int key = s.getOrigEdgeKeyFirst();
    if (edges.from(key) != from) {
      key ^= 1;
    }
    return key;
  }

  private double shortcutMillis(int chEdge, int from, int to) {
    int slot = 2 * chEdge + (from < to ? 0 : 1);
    if (memo[slot] >= 0) {
      return memo[slot];
    }
    RoutingCHEdgeIteratorState sc = ch.getEdgeIteratorState(chEdge, to);
    RoutingCHEdgeIteratorState second = ch.getEdgeIteratorState(sc.getSkippedEdge2(), to);
    RoutingCHEdgeIteratorState first;
    if (second == null) {
      second = ch.getEdgeIteratorState(sc.getSkippedEdge1(), to);
      first = ch.getEdgeIteratorState(sc.getSkippedEdge2(), second.getBaseNode());
    } else {
      first = ch.getEdgeIteratorState(sc.getSkippedEdge1(), second.getBaseNode());
    }
    int via = second.getBaseNode();
    double total = millis(first, from, via) + millis(second, via, to);
    memo[slot] = total;
    return total;
  }

  /** Grows the CSR arrays of one direction. */
  private static final class Builder {
    final int[] start;
    final IntList adj = new IntList();
    final IntList chEdge = new IntList();
    double[] weight = new double[1024];
    double[] millis = new double[1024];
    int size;

    Builder(int nodes) {
      start = new int[nodes + 1];
    }

    void startNode(int node) {
      start[node] = size;
    }

    void add(int to, double w, double ms, int edge) {
      if (size == weight.length) {
        weight = Arrays.copyOf(weight, size * 2);
        millis = Arrays.copyOf(millis, size * 2);
      }
      adj.add(to);
      chEdge.add(edge);
      weight[size] = w;
      millis[size] = ms;
      size++;
    }

    void finish(int nodes) {
      start[nodes] = size;
    }
  }

  /** A growable int array. */
  static final class IntList {
    int[] data = new int[1024];
    int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int[] trimmed() {
      return Arrays.copyOf(data, size);
    }
  }
}
