// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.democity.DemoCity;
import org.patrolsim.geo.democity.DemoCityFile;

/**
 * A road network imported from OpenStreetMap with GraphHopper (car profile, contraction
 * hierarchies), cached on disk, with its travel-time oracle.
 *
 * <p>{@link #load} imports an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file once into a
 * cache folder keyed by the file's content and the profile; later loads reuse it. Read-only after
 * loading and safe to share between threads. Close it to release the graph.
 */
public final class RoadNetwork implements AutoCloseable {
  /** Points farther than this from any road are "off the network". */
  public static final double MAX_SNAP_METRES = 500;

  /** GraphHopper's default: islands of fewer nodes are dropped at import. */
  static final int MIN_NETWORK_SIZE = 200;

  /** Upper bound on cached search-space entries (28 bytes each, so at most about 225 MB). */
  private static final long MAX_CACHED_SEARCH_ENTRIES = 8_000_000;

  private final GraphHopper hopper;
  private final BaseGraph graph;
  private final LocationIndex index;
  private final DefaultSnapFilter snapFilter;

  /** Any road a car may use in some direction, including small pieces dropped at import. */
  private final EdgeFilter carRoads;

  private final BooleanEncodedValue subnetwork;
  private final EdgeTable edges;
  private final TravelTimes travelTimes;

  private RoadNetwork(GraphHopper hopper) {
    this.hopper = hopper;
    this.graph = hopper.getBaseGraph();
    this.index = hopper.getLocationIndex();
    RoutingCHGraph ch = hopper.getCHGraphs().get(GraphCache.PROFILE);
    Weighting weighting = ch.getWeighting();
    var subnetwork =
        hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(GraphCache.PROFILE));
    this.snapFilter = new DefaultSnapFilter(weighting, subnetwork);
    this.subnetwork = subnetwork;
    this.carRoads =
        edge ->
            Double.isFinite(weighting.calcEdgeWeight(edge, false))
                || Double.isFinite(weighting.calcEdgeWeight(edge, true));
    this.edges = new EdgeTable(graph, weighting, subnetwork);
    UpwardGraph upward =
        UpwardGraph.loadOrBuild(Path.of(hopper.getGraphHopperLocation()), ch, edges);
    this.travelTimes =
        new TravelTimes(
            edges,
            upward,
            new UpwardSearch(upward, graph.getNodes(), MAX_CACHED_SEARCH_ENTRIES),
            new PathUnpacker(ch),
            new CrowFlight(graph, edges),
            new DownwardSweep(upward, edges),
            false);
  }

  private RoadNetwork(RoadNetwork of, TravelTimes travelTimes) {
    this.hopper = of.hopper;
    this.graph = of.graph;
    this.index = of.index;
    this.snapFilter = of.snapFilter;
    this.carRoads = of.carRoads;
    this.subnetwork = of.subnetwork;
    this.edges = of.edges;
    this.travelTimes = travelTimes;
  }

  /**
   * The same network (sharing its graph and cache; closing either closes both) whose oracle ranks
   * sources by the full scan, {@link TravelTimes#withFullScanRanking()}: the reference run that
   * tests compare a simulation's outputs against.
   */
  public RoadNetwork withFullScanRanking() {
    return new RoadNetwork(this, travelTimes.withFullScanRanking());
  }

  /**
   * Loads a road network, importing it on first use into {@code cacheDir}.
   *
   * @throws org.patrolsim.geo.MapInputException naming the file when it is missing, empty, corrupt
   *     or holds no roads
   */
  public static RoadNetwork load(Path osmFile, Path cacheDir) {
    return load(osmFile, cacheDir, MIN_NETWORK_SIZE);
  }

  static RoadNetwork load(Path osmFile, Path cacheDir, int minNetworkSize) {
    return new RoadNetwork(GraphCache.importOrLoad(osmFile, cacheDir, minNetworkSize));
  }

  /** The bundled demo city (size 1), generated and imported into {@code cacheDir} on first use. */
  public static RoadNetwork demoCity(Path cacheDir) {
    return demoCity(cacheDir, 1);
  }

  /**
   * A demo city of the given size (see {@link DemoCity}), generated and imported on first use. The
   * generated file is cached under a fingerprint of the generator's code ({@link DemoCityFile}).
   */
  public static RoadNetwork demoCity(Path cacheDir, int size) {
    return load(DemoCityFile.inCache(cacheDir, size), cacheDir);
  }

  /** Junctions and dead ends of the routable graph. */
  public int nodeCount() {
    return graph.getNodes();
  }

  /** Road segments between nodes (each may be driven one way or both). */
  public int edgeCount() {
    return graph.getEdges();
  }

  public Bounds bounds() {
    BBox b = graph.getBounds();
    return new Bounds(b.minLat, b.minLon, b.maxLat, b.maxLon);
  }

  /**
   * The road segments that count for coverage (drivable, main network), in id order, each with its
   * geometry from its base node to its adjacent node: for maps and per-segment values.
   */
  public List<RoadSegment> roadSegments() {
    List<RoadSegment> out = new ArrayList<>();
    for (int e = 0; e < edges.edges(); e++) {
      if (edges.routable(e)) {
        PointList pts = edges.geometry(2 * e);
        List<LatLon> points = new ArrayList<>(pts.size());
        for (int i = 0; i < pts.size(); i++) {
          points.add(new LatLon(pts.getLat(i), pts.getLon(i)));
        }
        out.add(new RoadSegment(e, edges.metres(e), List.copyOf(points)));
      }
    }
    return out;
  }

  /** The thread-safe travel-time oracle of this network. */
  public TravelTimes travelTimes() {
    return travelTimes;
  }

  /**
   * The nearest point on a road a car may use, as a stationary position; empty when no such road is
   * within {@link #MAX_SNAP_METRES} (a point in the sea, off the map).
   */
  public Optional<NetworkPosition> snap(LatLon point) {
    Snap snap = index.findClosest(point.lat(), point.lon(), snapFilter);
    if (!snap.isValid() || snap.getQueryDistance() > MAX_SNAP_METRES) {
      return Optional.empty();
    }
    return Optional.of(position(snap));
  }

  /**
   * Whether {@code point} snaps, at what distance, and if not why: no road near it at all, or only
   * a road that was dropped at import as a small disconnected piece (GraphHopper keeps such pieces
   * in the graph, marked, so they can still be found and named here).
   */
  public SnapCheck check(LatLon point) {
    Snap main = index.findClosest(point.lat(), point.lon(), snapFilter);
    double mainMetres = main.isValid() ? main.getQueryDistance() : Double.NaN;
    Snap any = index.findClosest(point.lat(), point.lon(), carRoads);
    boolean dropped = any.isValid() && any.getClosestEdge().get(subnetwork);
    if (main.isValid() && mainMetres <= MAX_SNAP_METRES) {
      double nearerDropped =
          dropped && any.getQueryDistance() < mainMetres ? any.getQueryDistance() : Double.NaN;
      return new SnapCheck.OnNetwork(position(main), mainMetres, nearerDropped);
    }
    if (dropped && any.getQueryDistance() <= MAX_SNAP_METRES) {
      return new SnapCheck.NearDroppedPiece(
          any.getQueryDistance(), droppedPieceEdges(any.getClosestEdge()), mainMetres);
    }
    return new SnapCheck.OffNetwork(mainMetres, bounds().contains(point));
  }

  /**
   * Road segments of the dropped piece holding {@code start}: edges reached over dropped car roads.
   */
  private int droppedPieceEdges(EdgeIteratorState start) {
    EdgeExplorer explorer = graph.createEdgeExplorer();
    BitSet seenEdges = new BitSet();
    BitSet seenNodes = new BitSet();
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(start.getBaseNode(), start.getAdjNode()));
    seenEdges.set(start.getEdge());
    while (!todo.isEmpty() && seenEdges.cardinality() < 100_000) {
      int node = todo.poll();
      if (seenNodes.get(node)) {
        continue;
      }
      seenNodes.set(node);
      EdgeIterator it = explorer.setBaseNode(node);
      while (it.next()) {
        if (!seenEdges.get(it.getEdge()) && it.get(subnetwork) && carRoads.accept(it)) {
          seenEdges.set(it.getEdge());
          todo.add(it.getAdjNode());
        }
      }
    }
    return seenEdges.cardinality();
  }

  private NetworkPosition position(Snap snap) {
    PointList pts = snap.getClosestEdge().fetchWayGeometry(com.graphhopper.util.FetchMode.ALL);
    double total = EdgeTable.length(pts);
    double along = 0;
    for (int i = 1; i <= snap.getWayIndex(); i++) {
      along += EdgeTable.dist(pts, i - 1, i);
    }
    var snapped = snap.getSnappedPoint();
    along +=
        com.graphhopper.util.DistanceCalcEarth.DIST_EARTH.calcDist(
            pts.getLat(snap.getWayIndex()),
            pts.getLon(snap.getWayIndex()),
            snapped.lat,
            snapped.lon);
    double fraction = total > 0 ? Math.min(1.0, Math.max(0.0, along / total)) : 0.0;
    return new NetworkPosition(
        snap.getClosestEdge().getEdgeKey(), fraction, new LatLon(snapped.lat, snapped.lon), false);
  }

  /**
   * {@code count} deterministic random road points inside an area (for patrol roaming and incident
   * placement): edges are picked with probability proportional to length among the drivable edges
   * whose midpoint lies in the area, then a uniform point along the edge. Same area, count and seed
   * give the same points. Empty when no road lies in the area.
   */
  public List<NetworkPosition> roadPointsIn(Geometry area, int count, long seed) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    GeometryFactory factory = area.getFactory();
    List<Integer> keys = new ArrayList<>();
    List<Double> cumulative = new ArrayList<>();
    double total = 0;
    for (int e = 0; e < edges.edges(); e++) {
      if (!edges.routable(e) || edges.metres(e) <= 0) {
        continue;
      }
      int key = edges.weight(2 * e) < Double.POSITIVE_INFINITY ? 2 * e : 2 * e + 1;
      LatLon mid = edges.pointAt(key, 0.5);
      if (prepared.contains(factory.createPoint(new Coordinate(mid.lon(), mid.lat())))) {
        total += edges.metres(e);
        keys.add(key);
        cumulative.add(total);
      }
    }
    List<NetworkPosition> points = new ArrayList<>(count);
    if (keys.isEmpty()) {
      return points;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      double pick = random.nextDouble() * total;
      int at = java.util.Collections.binarySearch(cumulative, pick);
      int idx = Math.min(keys.size() - 1, at >= 0 ? at : -at - 1);
      int key = keys.get(idx);
      double fraction = random.nextDouble();
      points.add(new NetworkPosition(key, fraction, edges.pointAt(key, fraction), false));
    }
    return points;
  }

  /** The area the routable roads cover, their connected pieces and what was dropped at import. */
  public NetworkFootprint footprint() {
    return NetworkFootprint.of(edges, graph, bounds());
  }

  /**
   * Which of {@code sources} reaches each point of the network first by car (free-flow time of the
   * car profile; ties to the source listed first): see {@link RoadCatchments}.
   */
  public RoadCatchments catchments(List<NetworkPosition> sources) {
    return RoadCatchments.of(edges, graph, sources);
  }

  /**
   * The GraphHopper instance underneath, for comparing against GraphHopper's own router in tests
   * and benchmarks. Not for production code: use {@link #travelTimes()}.
   */
  public GraphHopper graphHopper() {
    return hopper;
  }

  EdgeTable edgeTable() {
    return edges;
  }

  @Override
  public void close() {
    hopper.close();
  }
}
