// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Arrays;

/**
 * Where a fleet of sources (patrol cars) is, kept up to date as they park and drive, so that {@link
 * TravelTimes#nearest(SourceIndex, long, java.util.function.IntPredicate, int, NetworkPosition,
 * int, TravelConditions)} visits only the sources near a target instead of every one.
 *
 * <p>A source is either parked at a position or driving a {@link Route} since a departure time; its
 * position at a later time is then {@code route.positionAt(elapsed seconds)}, worked out only when
 * a query comes near it. The index is a grid of square cells over the map (on the plane tangent to
 * the earth at the map's centre), sized so that about {@link #CELL_SOURCES} sources would share a
 * cell if they were spread evenly. A parked source is entered in the cells of both end nodes of its
 * edge (the nodes it may leave by); a driving one in the cells of its route's {@link
 * Route#waypointNodes()}, which leave every node it may leave an edge by within {@link
 * #SLACK_METRES} of a node entered. A query visits cells outwards from the target in order of the
 * straight line to them (less that slack) at the map's fastest pace, a lower bound of the time from
 * any source entered only there. A change costs a few cells per kilometre of route, once per
 * report, not per query.
 *
 * <p>Sources are numbered {@code 0..} by the caller; the number is the tie-break of equal times, as
 * the list index is for {@link TravelTimes#nearest(java.util.List, NetworkPosition, int,
 * TravelConditions)}. Not thread-safe: one owner (an actor) updates and queries it.
 */
public final class SourceIndex {
  private final EdgeTable edges;
  private final CrowFlight crow;
  final double cellMetres;
  final double minEast;
  final double minNorth;
  final int cols;
  final int rows;
  private final int[][] members;
  private final int[] memberCount;

  private NetworkPosition[] parkedAt = new NetworkPosition[16];
  private Route[] route = new Route[16];
  private long[] departedMs = new long[16];
  private int[][] cellsOf = new int[16][];
  private int[] cellsOfCount = new int[16];
  private int size;
  private int capacity;

  /**
   * Per cell: the stamp of the last update that entered a source there (to enter each cell once).
   */
  private final int[] entered;

  private int enterStamp;

  SourceIndex(EdgeTable edges, CrowFlight crow, int expectedSources) {
    if (expectedSources < 1) {
      throw new IllegalArgumentException(
          "expected sources must be at least 1, was " + expectedSources);
    }
    this.edges = edges;
    this.crow = crow;
    double minE = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    double minN = Double.POSITIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    for (int n = 0; n < edges.nodes(); n++) {
      minE = Math.min(minE, crow.east(n));
      maxE = Math.max(maxE, crow.east(n));
      minN = Math.min(minN, crow.north(n));
      maxN = Math.max(maxN, crow.north(n));
    }
    if (edges.nodes() == 0) {
      minE = maxE = minN = maxN = 0;
    }
    double width = Math.max(maxE - minE, 1);
    double height = Math.max(maxN - minN, 1);
    // about CELL_SOURCES sources a cell if they were spread evenly, and at most MAX_CELLS cells
    double cell = Math.sqrt(width * height * CELL_SOURCES / expectedSources);
    cell = Math.max(cell, Math.sqrt(width * height / MAX_CELLS));
    this.cellMetres = cell;
    this.minEast = minE;
    this.minNorth = minN;
    this.cols = (int) Math.min(Math.floor(width / cell) + 1, MAX_CELLS);
    this.rows = Math.min((int) Math.floor(height / cell) + 1, MAX_CELLS / cols);
    this.members = new int[cols * rows][];
    this.memberCount = new int[cols * rows];
    this.entered = new int[cols * rows];
  }

  /**
   * How far a node a driving source may leave an edge by can lie from the nearest node it is
   * entered under: {@link Route#WAYPOINT_METRES} of road, with a quarter more against the rounding
   * of stored edge lengths (a straight line is never longer than the road between its ends).
   */
  static final double SLACK_METRES = Route.WAYPOINT_METRES * 1.25;

  /**
   * Sources per cell the grid is sized for, had they been spread evenly over the map's rectangle.
   */
  static final double CELL_SOURCES = 1.0;

  private static final int MAX_CELLS = 1 << 20;

  /** Source {@code source} stands at {@code at} (replacing where it was). */
  public void park(int source, NetworkPosition at) {
    place(source, at, null, 0);
  }

  /**
   * Source {@code source} drives {@code way} from {@code departedMs} on; before that it is at the
   * route's start, after its end at the route's end (as {@link Route#positionAt} says).
   *
   * @throws IllegalArgumentException on an unreachable route
   */
  public void drive(int source, Route way, long departedMs) {
    if (!way.reachable()) {
      throw new IllegalArgumentException("source " + source + " cannot drive an unreachable route");
    }
    place(source, null, way, departedMs);
  }

  /** Source {@code source} is no longer in the index (no effect when it was not). */
  public void remove(int source) {
    if (source < capacity && (parkedAt[source] != null || route[source] != null)) {
      leaveCells(source);
      parkedAt[source] = null;
      route[source] = null;
      size--;
    }
  }

  /** Whether {@code source} is in the index. */
  public boolean contains(int source) {
    return source >= 0 && source < capacity && (parkedAt[source] != null || route[source] != null);
  }

  /** How many sources the index holds. */
  public int size() {
    return size;
  }

  /** One more than the largest source number ever placed. */
  int capacity() {
    return capacity;
  }

  /**
   * Where {@code source} is at {@code nowMs}: where it parked, or its route's position after {@code
   * (nowMs - departedMs) / 1000} seconds.
   *
   * @throws IllegalArgumentException when the source is not in the index
   */
  public NetworkPosition positionAt(int source, long nowMs) {
    if (!contains(source)) {
      throw new IllegalArgumentException("source " + source + " is not in the index");
    }
    Route way = route[source];
    return way == null ? parkedAt[source] : way.positionAt((nowMs - departedMs[source]) / 1000.0);
  }

  /**
   * {@link #positionAt} without the point on the map, into {@code out} (for the nearest-sources
   * query).
   */
  void placeAt(int source, long nowMs, Route.Place out) {
    Route way = route[source];
    if (way == null) {
      NetworkPosition at = parkedAt[source];
      out.set(at.edgeKey(), at.fraction(), at.moving());
    } else {
      way.placeAt((nowMs - departedMs[source]) / 1000.0, out);
    }
  }

  private void place(int source, NetworkPosition at, Route way, long departed) {
    if (source < 0) {
      throw new IllegalArgumentException("source numbers start at 0, was " + source);
    }
    grow(source + 1);
    if (contains(source)) {
      leaveCells(source);
    } else {
      size++;
    }
    parkedAt[source] = at;
    route[source] = way;
    departedMs[source] = departed;
    if (++enterStamp == Integer.MAX_VALUE) {
      Arrays.fill(entered, 0);
      enterStamp = 1;
    }
    if (way == null) {
      enterEdge(source, at.edgeKey());
    } else {
      for (int node : way.waypointNodes()) {
        enterCell(source, cellOfNode(node));
      }
    }
  }

  /**
   * Enters the source in the cells of both end nodes of the edge (the nodes it may leave the edge
   * by).
   */
  private void enterEdge(int source, int edgeKey) {
    enterCell(source, cellOfNode(edges.from(edgeKey)));
    enterCell(source, cellOfNode(edges.to(edgeKey)));
  }

  private void enterCell(int source, int cell) {
    if (entered[cell] == enterStamp) {
      return;
    }
    entered[cell] = enterStamp;
    int[] list = members[cell];
    if (list == null) {
      list = new int[4];
    } else if (memberCount[cell] == list.length) {
      list = Arrays.copyOf(list, 2 * list.length);
    }
    members[cell] = list;
    list[memberCount[cell]++] = source;
    int[] mine = cellsOf[source];
    if (mine == null) {
      mine = new int[4];
    } else if (cellsOfCount[source] == mine.length) {
      mine = Arrays.copyOf(mine, 2 * mine.length);
    }
    cellsOf[source] = mine;
    mine[cellsOfCount[source]++] = cell;
  }

  private void leaveCells(int source) {
    int[] mine = cellsOf[source];
    for (int c = 0; c < cellsOfCount[source]; c++) {
      int cell = mine[c];
      int[] list = members[cell];
      int last = --memberCount[cell];
      for (int j = 0; j <= last; j++) {
        if (list[j] == source) {
          list[j] = list[last];
          break;
        }
      }
    }
    cellsOfCount[source] = 0;
  }

  private void grow(int needed) {
    if (needed > parkedAt.length) {
      int n = Math.max(needed, 2 * parkedAt.length);
      parkedAt = Arrays.copyOf(parkedAt, n);
      route = Arrays.copyOf(route, n);
      departedMs = Arrays.copyOf(departedMs, n);
      cellsOf = Arrays.copyOf(cellsOf, n);
      cellsOfCount = Arrays.copyOf(cellsOfCount, n);
    }
    capacity = Math.max(capacity, needed);
  }

  /** The column of a node's cell. */
  int colOf(int node) {
    return clamp((int) Math.floor((crow.east(node) - minEast) / cellMetres), cols);
  }

  /** The row of a node's cell. */
  int rowOf(int node) {
    return clamp((int) Math.floor((crow.north(node) - minNorth) / cellMetres), rows);
  }

  private int cellOfNode(int node) {
    return rowOf(node) * cols + colOf(node);
  }

  private static int clamp(int i, int n) {
    return Math.max(0, Math.min(n - 1, i));
  }

  /**
   * The sources entered in a cell (numbered row * cols + col): the first {@link #count} entries
   * (read-only).
   */
  int[] members(int cell) {
    int[] list = members[cell];
    return list == null ? EMPTY : list;
  }

  int count(int cell) {
    return memberCount[cell];
  }

  private static final int[] EMPTY = new int[0];
}
