// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Which of several places on the network (police stations) reaches each point of it first by car: a
 * multi-source Dijkstra over the free-flow travel times of the car profile, from every source at
 * once, computed once ({@link RoadNetwork#catchments}). Ties go to the source listed first. A speed
 * factor or an hour's congestion scales every trip alike, so the answer holds for any {@link
 * TravelConditions}.
 *
 * <p>{@link #sourceOf} is exact for a stationary target on an edge: the better of entering its edge
 * from either end (where the street allows that direction), or driving along the same edge from a
 * source on it. {@link #areas} draws the catchments as polygons for people: each junction of the
 * routable network gets the Voronoi cell around it (in metres, on a local equirectangular
 * projection), and the cells of one source are merged. The polygons follow the true split to within
 * about half a block.
 */
public final class RoadCatchments {
  private static final double M_PER_DEG = 111_320.0;

  private final EdgeTable edges;
  private final BaseGraph graph;
  private final List<NetworkPosition> sources;

  /** Per node: least milliseconds from any source, and which source (-1: none reaches it). */
  private final double[] millis;

  private final int[] source;

  private RoadCatchments(EdgeTable edges, BaseGraph graph, List<NetworkPosition> sources) {
    this.edges = edges;
    this.graph = graph;
    this.sources = List.copyOf(sources);
    this.millis = new double[edges.nodes()];
    this.source = new int[edges.nodes()];
    Arrays.fill(millis, Double.POSITIVE_INFINITY);
    Arrays.fill(source, -1);
    search();
  }

  static RoadCatchments of(EdgeTable edges, BaseGraph graph, List<NetworkPosition> sources) {
    return new RoadCatchments(edges, graph, sources);
  }

  private record Label(double millis, int source, int node) implements Comparable<Label> {
    @Override
    public int compareTo(Label o) {
      int c = Double.compare(millis, o.millis);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(source, o.source);
      return c != 0 ? c : Integer.compare(node, o.node);
    }
  }

  private boolean improves(double t, int s, int node) {
    return t < millis[node] || (t == millis[node] && source[node] >= 0 && s < source[node]);
  }

  private void search() {
    PriorityQueue<Label> queue = new PriorityQueue<>();
    for (int s = 0; s < sources.size(); s++) {
      NetworkPosition p = sources.get(s);
      int key = p.edgeKey();
      seed(queue, s, edges.to(key), part(1 - p.fraction(), edges.millis(key)));
      if (!p.moving()) {
        seed(queue, s, edges.from(key), part(p.fraction(), edges.millis(key ^ 1)));
      }
    }
    while (!queue.isEmpty()) {
      Label l = queue.poll();
      if (l.millis() != millis[l.node()] || l.source() != source[l.node()]) {
        continue; // a better label came later
      }
      for (int i = edges.outStart(l.node()); i < edges.outEnd(l.node()); i++) {
        int to = edges.outTo(i);
        double t = l.millis() + edges.outMillis(i);
        if (improves(t, l.source(), to)) {
          millis[to] = t;
          source[to] = l.source();
          queue.add(new Label(t, l.source(), to));
        }
      }
    }
  }

  private void seed(PriorityQueue<Label> queue, int s, int node, double t) {
    if (Double.isFinite(t) && improves(t, s, node)) {
      millis[node] = t;
      source[node] = s;
      queue.add(new Label(t, s, node));
    }
  }

  /** How many sources were given. */
  public int sources() {
    return sources.size();
  }

  /**
   * The index of the source that reaches {@code target} first by car, or -1 when none reaches it.
   */
  public int sourceOf(NetworkPosition target) {
    return best(target).source();
  }

  /**
   * Free-flow seconds from the first source to reach {@code target}; infinite when none reaches it.
   */
  public double secondsTo(NetworkPosition target) {
    return best(target).millis() / 1000.0;
  }

  private Label best(NetworkPosition target) {
    int key = target.edgeKey();
    double f = target.fraction();
    Label best = new Label(Double.POSITIVE_INFINITY, -1, -1);
    // enter the edge at its start and drive along it, or at its end and drive against it
    best = better(best, edges.from(key), part(f, edges.millis(key)));
    best = better(best, edges.to(key), part(1 - f, edges.millis(key ^ 1)));
    int forward = key & ~1;
    double along = (key & 1) == 0 ? f : 1 - f; // fraction along the edge's stored direction
    for (int s = 0; s < sources.size(); s++) {
      NetworkPosition p = sources.get(s);
      if (p.edge() != target.edge()) {
        continue;
      }
      double from = (p.edgeKey() & 1) == 0 ? p.fraction() : 1 - p.fraction();
      double t =
          from <= along
              ? part(along - from, edges.millis(forward))
              : part(from - along, edges.millis(forward | 1));
      boolean allowed = !p.moving() || ((p.edgeKey() & 1) == 0) == (from <= along);
      if (allowed && Double.isFinite(t)) {
        Label direct = new Label(t, s, -1);
        if (direct.compareTo(best) < 0) {
          best = direct;
        }
      }
    }
    return best;
  }

  /**
   * The time to cover {@code fraction} of an edge: none for no distance, even against a one-way
   * street.
   */
  private static double part(double fraction, double edgeMillis) {
    return fraction == 0 ? 0 : fraction * edgeMillis;
  }

  private Label better(Label best, int node, double rest) {
    if (source[node] < 0 || !Double.isFinite(rest)) {
      return best;
    }
    Label via = new Label(millis[node] + rest, source[node], -1);
    return via.compareTo(best) < 0 ? via : best;
  }

  /**
   * The catchments as polygons in WGS 84 (x = longitude, y = latitude), one per source in the order
   * given (an empty polygon for a source that is first nowhere), clipped to the routable network's
   * bounding box grown by {@code marginMetres}. Coordinates are rounded to 1e-6 degrees (about 0.1
   * m).
   */
  public List<Geometry> areas(double marginMetres) {
    NodeAccess na = graph.getNodeAccess();
    boolean[] onNetwork = new boolean[edges.nodes()];
    for (int e = 0; e < edges.edges(); e++) {
      if (edges.routable(e)) {
        onNetwork[edges.from(2 * e)] = true;
        onNetwork[edges.to(2 * e)] = true;
      }
    }
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (int n = 0; n < onNetwork.length; n++) {
      if (onNetwork[n] && source[n] >= 0) {
        minLat = Math.min(minLat, na.getLat(n));
        maxLat = Math.max(maxLat, na.getLat(n));
        minLon = Math.min(minLon, na.getLon(n));
        maxLon = Math.max(maxLon, na.getLon(n));
      }
    }
    GeometryFactory wgs84 = new GeometryFactory();
    List<Geometry> out = new ArrayList<>();
    if (minLat > maxLat) {
      sources.forEach(s -> out.add(wgs84.createPolygon()));
      return out;
    }
    double lat0 = (minLat + maxLat) / 2;
    double lon0 = (minLon + maxLon) / 2;
    double kx = M_PER_DEG * Math.cos(Math.toRadians(lat0));
    Map<Coordinate, Integer> siteSource = new HashMap<>();
    List<Coordinate> sites = new ArrayList<>();
    for (int n = 0; n < onNetwork.length; n++) {
      if (onNetwork[n] && source[n] >= 0) {
        Coordinate c =
            new Coordinate((na.getLon(n) - lon0) * kx, (na.getLat(n) - lat0) * M_PER_DEG);
        if (siteSource.putIfAbsent(c, source[n]) == null) {
          sites.add(c);
        }
      }
    }
    Envelope clip =
        new Envelope(
            (minLon - lon0) * kx,
            (maxLon - lon0) * kx,
            (minLat - lat0) * M_PER_DEG,
            (maxLat - lat0) * M_PER_DEG);
    clip.expandBy(marginMetres);
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    voronoi.setClipEnvelope(clip);
    Geometry cells = voronoi.getDiagram(wgs84);
    List<List<Geometry>> bySource = new ArrayList<>();
    sources.forEach(s -> bySource.add(new ArrayList<>()));
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      Integer s = siteSource.get((Coordinate) cell.getUserData());
      if (s != null) {
        bySource.get(s).add(cell); // already clipped to the envelope
      }
    }
    PrecisionModel micro = new PrecisionModel(1e6);
    for (List<Geometry> parts : bySource) {
      if (parts.isEmpty()) {
        out.add(wgs84.createPolygon());
        continue;
      }
      // the cells are a polygonal coverage (neighbours share their edges exactly): merging them
      // only
      // drops the shared edges, far faster than a general union
      Geometry area =
          org.locationtech.jts.operation.overlayng.CoverageUnion.union(wgs84.buildGeometry(parts));
      area.apply(new Unproject(lat0, lon0, kx));
      out.add(GeometryPrecisionReducer.reduce(area, micro));
    }
    return out;
  }
}
