// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.patrolsim.geo.LatLon;

/**
 * A route between two network positions: its time under the trip's conditions, its length and its
 * geometry, or "unreachable". {@link #positionAt} tells where a car driving it is after some
 * seconds, so a moving car's position is interpolated on demand instead of simulated second by
 * second.
 */
public final class Route {
  private final NetworkPosition from;
  private final NetworkPosition to;
  private final boolean reachable;
  private final List<Leg> legs;
  private final double[] legSeconds;

  /**
   * The time from the start to the end of each leg: the running sum of {@code legSeconds}, in
   * order.
   */
  private final double[] legEnds;

  private final double seconds;
  private final double metres;
  private final EdgeTable edges;

  /**
   * The nodes a car driving this route may leave an edge by, thinned out: both end nodes of the
   * start's and of the end's edge, and the legs' end nodes so that every leg's end node lies within
   * {@link #WAYPOINT_METRES} of road from one kept. What a {@link SourceIndex} enters a driving car
   * under.
   */
  private final int[] waypointNodes;

  /** The most road between two kept {@link #waypointNodes()}. */
  static final double WAYPOINT_METRES = 100;

  /** A piece of one directed edge, from one fraction of it to another. */
  record Leg(int edgeKey, double fromFraction, double toFraction) {}

  private Route(
      NetworkPosition from,
      NetworkPosition to,
      boolean reachable,
      List<Leg> legs,
      double[] legSeconds,
      double seconds,
      double metres,
      EdgeTable edges,
      int[] waypointNodes) {
    this.from = from;
    this.to = to;
    this.reachable = reachable;
    this.legs = legs;
    this.legSeconds = legSeconds;
    this.legEnds = new double[legSeconds.length];
    double done = 0;
    for (int i = 0; i < legSeconds.length; i++) {
      done += legSeconds[i];
      legEnds[i] = done;
    }
    this.seconds = reachable ? seconds : Double.POSITIVE_INFINITY;
    this.metres = reachable ? metres : Double.POSITIVE_INFINITY;
    this.edges = edges;
    this.waypointNodes = waypointNodes;
  }

  static Route unreachable(NetworkPosition from, NetworkPosition to) {
    return new Route(from, to, false, List.of(), new double[0], 0, 0, null, new int[0]);
  }

  /**
   * A route over the legs; {@code seconds} is the search's own total (the legs sum to it up to
   * rounding).
   */
  static Route of(
      NetworkPosition from,
      NetworkPosition to,
      List<Leg> legs,
      EdgeTable edges,
      double multiplier,
      double seconds) {
    List<Leg> kept = new ArrayList<>();
    for (Leg leg : legs) {
      if (leg.toFraction() > leg.fromFraction()) {
        kept.add(leg);
      }
    }
    double[] secs = new double[kept.size()];
    double metres = 0;
    for (int i = 0; i < secs.length; i++) {
      Leg leg = kept.get(i);
      double share = leg.toFraction() - leg.fromFraction();
      secs[i] = share * edges.millis(leg.edgeKey()) / 1000.0 * multiplier;
      metres += share * edges.metres(leg.edgeKey() >>> 1);
    }
    return new Route(
        from,
        to,
        true,
        Collections.unmodifiableList(kept),
        secs,
        seconds,
        metres,
        edges,
        waypointNodes(from, to, kept, edges));
  }

  private static int[] waypointNodes(
      NetworkPosition from, NetworkPosition to, List<Leg> legs, EdgeTable edges) {
    int[] nodes = new int[4 + legs.size()];
    int n = 0;
    nodes[n++] = edges.from(from.edgeKey());
    nodes[n++] = edges.to(from.edgeKey());
    double since = Double.POSITIVE_INFINITY;
    for (Leg leg : legs) {
      since += edges.metres(leg.edgeKey() >>> 1);
      if (since >= WAYPOINT_METRES) {
        nodes[n++] = edges.to(leg.edgeKey());
        since = 0;
      }
    }
    nodes[n++] = edges.from(to.edgeKey());
    nodes[n++] = edges.to(to.edgeKey());
    return java.util.Arrays.copyOf(nodes, n);
  }

  /**
   * The same path driven at another pace: every time multiplied by {@code factor} (for instance a
   * patrol leg found once at free flow, driven at the congestion of its departure hour).
   */
  public Route scaled(double factor) {
    if (!(factor > 0 && Double.isFinite(factor))) {
      throw new IllegalArgumentException("time factor must be positive, was " + factor);
    }
    if (!reachable || factor == 1.0) {
      return this;
    }
    double[] secs = new double[legSeconds.length];
    for (int i = 0; i < secs.length; i++) {
      secs[i] = legSeconds[i] * factor;
    }
    return new Route(from, to, true, legs, secs, seconds * factor, metres, edges, waypointNodes);
  }

  public boolean reachable() {
    return reachable;
  }

  /** See the field; shared by {@link #scaled} copies (read-only). */
  int[] waypointNodes() {
    return waypointNodes;
  }

  /** The legs, in driving order (for tests). */
  List<Leg> legs() {
    return legs;
  }

  /** The time to drive leg {@code i} (for tests). */
  double legSeconds(int i) {
    return legSeconds[i];
  }

  /** The number of edge pieces the route drives, in order (0 when unreachable). */
  public int pieceCount() {
    return legs.size();
  }

  /** The road segment ({@link RoadSegment#id()}) of piece {@code i}. */
  public int pieceSegment(int i) {
    return legs.get(i).edgeKey() >>> 1;
  }

  /** The seconds from the route's start to the end of piece {@code i}. */
  public double pieceEndSeconds(int i) {
    return legEnds[i];
  }

  /** Travel time in seconds; {@link Double#POSITIVE_INFINITY} when unreachable. */
  public double seconds() {
    return seconds;
  }

  /** Length in metres; {@link Double#POSITIVE_INFINITY} when unreachable. */
  public double metres() {
    return metres;
  }

  public NetworkPosition from() {
    return from;
  }

  public NetworkPosition to() {
    return to;
  }

  /** The path as points from start to end (empty when unreachable). */
  public List<LatLon> geometry() {
    List<LatLon> points = new ArrayList<>();
    if (!reachable) {
      return points;
    }
    points.add(from.point());
    for (Leg leg : legs) {
      appendSlice(points, leg);
    }
    points.add(to.point());
    return dedupe(points);
  }

  private void appendSlice(List<LatLon> points, Leg leg) {
    PointList pts = edges.geometry(leg.edgeKey());
    double total = EdgeTable.length(pts);
    double done = 0;
    for (int i = 0; i < pts.size(); i++) {
      if (i > 0) {
        done += EdgeTable.dist(pts, i - 1, i);
      }
      double f = total > 0 ? done / total : 0;
      if (f > leg.fromFraction() && f < leg.toFraction()) {
        points.add(new LatLon(pts.getLat(i), pts.getLon(i)));
      }
    }
    if (leg.toFraction() >= 1.0) {
      points.add(new LatLon(pts.getLat(pts.size() - 1), pts.getLon(pts.size() - 1)));
    }
  }

  private static List<LatLon> dedupe(List<LatLon> points) {
    List<LatLon> out = new ArrayList<>(points.size());
    for (LatLon p : points) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Where a car that started this route {@code elapsedSeconds} ago is: a moving position on the
   * route, the start before 0, the (stationary) end once arrived.
   *
   * @throws IllegalStateException on an unreachable route
   */
  public NetworkPosition positionAt(double elapsedSeconds) {
    if (!reachable) {
      throw new IllegalStateException("an unreachable route has no positions");
    }
    if (elapsedSeconds <= 0) {
      return from;
    }
    int lo = legAt(elapsedSeconds);
    if (lo < legEnds.length) {
      int key = legs.get(lo).edgeKey();
      double f = fractionOn(lo, elapsedSeconds);
      return new NetworkPosition(key, f, edges.pointAt(key, f), true);
    }
    return to.stationary();
  }

  /**
   * {@link #positionAt} without its point on the map (which costs a walk along the edge's
   * geometry): the same edge key, fraction and direction binding, into {@code out}.
   */
  void placeAt(double elapsedSeconds, Place out) {
    if (!reachable) {
      throw new IllegalStateException("an unreachable route has no positions");
    }
    if (elapsedSeconds <= 0) {
      out.set(from.edgeKey(), from.fraction(), from.moving());
      return;
    }
    int lo = legAt(elapsedSeconds);
    if (lo < legEnds.length) {
      out.set(legs.get(lo).edgeKey(), fractionOn(lo, elapsedSeconds), true);
    } else {
      out.set(to.edgeKey(), to.fraction(), false);
    }
  }

  /**
   * The first leg that ends after the elapsed time, by bisection over the legs' running end times
   * (the same sums, in the same order, as walking the legs one by one: the same leg and the same
   * fraction); the number of legs when the route has ended.
   */
  private int legAt(double elapsedSeconds) {
    int lo = 0;
    int hi = legEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (elapsedSeconds < legEnds[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private double fractionOn(int lo, double elapsedSeconds) {
    Leg leg = legs.get(lo);
    double done = lo == 0 ? 0 : legEnds[lo - 1];
    double t = legSeconds[lo] > 0 ? (elapsedSeconds - done) / legSeconds[lo] : 1.0;
    return leg.fromFraction() + t * (leg.toFraction() - leg.fromFraction());
  }

  /**
   * A position without its point: a directed edge key, a fraction of it, and whether it is moving.
   */
  static final class Place {
    int key;
    double fraction;
    boolean moving;

    void set(int key, double fraction, boolean moving) {
      this.key = key;
      this.fraction = fraction;
      this.moving = moving;
    }
  }

  @Override
  public String toString() {
    return reachable
        ? String.format(
            java.util.Locale.ROOT, "Route[%.1f s, %.0f m, %d legs]", seconds, metres, legs.size())
        : "Route[unreachable]";
  }
}
