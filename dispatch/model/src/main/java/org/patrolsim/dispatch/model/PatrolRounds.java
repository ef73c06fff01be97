// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.RoadSegment;

/**
 * Lays out the patrol rounds of a plan's beats: where calls are expected on each road segment (the
 * incident place pool's probabilities, or a replay's calls; or the weights of the plan's hot-spot
 * file, {@code fleet.hotspotsFile}, in their place), the hot spots of a beat (its busiest segments
 * for calls) and the streets of a beat for a sweep. A beat's places are those inside its polygon; a
 * beat without one (a fixed post) takes those within {@link #POST_RADIUS_M} of its post. The rounds
 * are fixed when the model is built, as the beats are.
 */
public final class PatrolRounds {
  /** The reach of a post's beat, for a car on a post told to patrol hot spots or sweep. */
  static final double POST_RADIUS_M = 1_000;

  private static final GeometryFactory GF = new GeometryFactory();

  private final RoadNetwork network;
  private final Scenario.Fleet fleet;

  /** The busiest place of each segment (by expected calls), or null. */
  private final NetworkPosition[] placeOf;

  /** The expected share of calls on each segment. */
  private final double[] calls;

  /** Each road segment's middle, snapped, once a sweep needs them. */
  private List<NetworkPosition> middles;

  private PatrolRounds(
      RoadNetwork network, Scenario.Fleet fleet, double[] calls, NetworkPosition[] placeOf) {
    this.network = network;
    this.fleet = fleet;
    this.calls = calls;
    this.placeOf = placeOf;
  }

  /** The rounds of {@code model}'s plan (its places, or its replay's calls). */
  public static PatrolRounds of(CityModel model) {
    RoadNetwork network = model.network();
    double[] calls = new double[network.edgeCount()];
    NetworkPosition[] placeOf = new NetworkPosition[network.edgeCount()];
    double[] best = new double[network.edgeCount()];
    if (model.hotspots() != null) {
      for (HotspotsFile.Hotspot h : model.hotspots()) {
        add(h.at(), h.weight(), calls, placeOf, best);
      }
    } else if (model.replay() != null) {
      for (IncidentCall c : model.replay()) {
        network
            .snap(new LatLon(c.lat(), c.lon()))
            .ifPresent(p -> add(p, 1.0, calls, placeOf, best));
      }
    } else {
      for (Map.Entry<NetworkPosition, Double> e : model.places().probabilities().entrySet()) {
        add(e.getKey(), e.getValue(), calls, placeOf, best);
      }
    }
    return new PatrolRounds(network, model.scenario().fleet(), calls, placeOf);
  }

  private static void add(
      NetworkPosition p, double w, double[] calls, NetworkPosition[] placeOf, double[] best) {
    int s = p.edge();
    calls[s] += w;
    if (w > best[s]) {
      best[s] = w;
      placeOf[s] = p.stationary();
    }
  }

  /** The expected share of calls on each road segment (by segment id; any scale). */
  public double[] callsBySegment() {
    return calls.clone();
  }

  /** The {@code n} segments with the most expected calls, busiest first (ties: lower id first). */
  public int[] busiest(int n) {
    return Arrays.stream(order(allSegments())).limit(n).toArray();
  }

  /** The round of a car of {@code strategy} on {@code beat}. */
  public PatrolRound roundFor(Beat beat, PatrolStrategy strategy) {
    return switch (strategy) {
      case ROAM, POST -> PatrolRound.of(strategy);
      case HOTSPOTS -> hotspots(beat);
      case SWEEP -> sweep(beat);
    };
  }

  private PatrolRound hotspots(Beat beat) {
    Area area = new Area(beat);
    List<Integer> inside = new ArrayList<>();
    for (int s = 0; s < placeOf.length; s++) {
      if (placeOf[s] != null && calls[s] > 0 && area.holds(placeOf[s].point())) {
        inside.add(s);
      }
    }
    int[] top =
        Arrays.stream(order(inside.stream().mapToInt(Integer::intValue).toArray()))
            .limit(fleet.hotspotsPerBeat())
            .toArray();
    List<NetworkPosition> stops = new ArrayList<>();
    for (int s : top) {
      stops.add(placeOf[s]);
    }
    if (stops.size() < 2) {
      // too few busy places in the beat: its own points stand in
      stops = new ArrayList<>(beat.waypoints());
    }
    return new PatrolRound(
        PatrolStrategy.HOTSPOTS,
        tour(stops, beat.waypoints().get(0).point()),
        Math.round(fleet.hotspotStopMinutes() * 60_000));
  }

  private PatrolRound sweep(Beat beat) {
    Area area = new Area(beat);
    List<NetworkPosition> stops = new ArrayList<>();
    for (NetworkPosition m : middles()) {
      if (area.holds(m.point())) {
        stops.add(m);
      }
    }
    if (stops.size() < 2) {
      stops = new ArrayList<>(beat.waypoints());
    }
    return new PatrolRound(PatrolStrategy.SWEEP, tour(stops, beat.waypoints().get(0).point()), 0);
  }

  private synchronized List<NetworkPosition> middles() {
    if (middles == null) {
      List<NetworkPosition> out = new ArrayList<>();
      for (RoadSegment seg : network.roadSegments()) {
        network.snap(middle(seg)).filter(p -> p.edge() == seg.id()).ifPresent(out::add);
      }
      middles = out;
    }
    return middles;
  }

  /** The point halfway along a segment's geometry. */
  static LatLon middle(RoadSegment seg) {
    List<LatLon> pts = seg.points();
    double[] cum = new double[pts.size()];
    for (int i = 1; i < pts.size(); i++) {
      cum[i] =
          cum[i - 1]
              + CityModelBuilder.metres(pts.get(i), pts.get(i - 1).lat(), pts.get(i - 1).lon());
    }
    double half = cum[cum.length - 1] / 2;
    for (int i = 1; i < pts.size(); i++) {
      if (cum[i] >= half) {
        double f = cum[i] > cum[i - 1] ? (half - cum[i - 1]) / (cum[i] - cum[i - 1]) : 0;
        LatLon a = pts.get(i - 1);
        LatLon b = pts.get(i);
        return new LatLon(a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon()));
      }
    }
    return pts.get(0);
  }

  /** Segments ordered by expected calls, most first, ties by id. */
  private int[] order(int[] segments) {
    return Arrays.stream(segments)
        .boxed()
        .filter(s -> calls[s] > 0)
        .sorted(
            (a, b) ->
                calls[a] != calls[b] ? Double.compare(calls[b], calls[a]) : Integer.compare(a, b))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private int[] allSegments() {
    int[] all = new int[calls.length];
    Arrays.setAll(all, i -> i);
    return all;
  }

  /**
   * The stops in a round's order: from the one nearest {@code start}, each time the nearest stop
   * not yet visited (straight line; ties: the earlier in the list).
   */
  static List<NetworkPosition> tour(List<NetworkPosition> stops, LatLon start) {
    List<NetworkPosition> left = new ArrayList<>(stops);
    List<NetworkPosition> out = new ArrayList<>(stops.size());
    LatLon here = start;
    while (!left.isEmpty()) {
      int best = 0;
      double bestD = Double.POSITIVE_INFINITY;
      for (int i = 0; i < left.size(); i++) {
        double d = CityModelBuilder.metres(left.get(i).point(), here.lat(), here.lon());
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      NetworkPosition next = left.remove(best);
      out.add(next);
      here = next.point();
    }
    return out;
  }

  /** A beat's area: its polygon, or the circle around its post. */
  private static final class Area {
    private final PreparedGeometry polygon;
    private final Envelope envelope;
    private final LatLon post;

    Area(Beat beat) {
      Geometry g = beat.area();
      this.polygon = g == null ? null : PreparedGeometryFactory.prepare(g);
      this.envelope = g == null ? null : g.getEnvelopeInternal();
      this.post = beat.waypoints().get(0).point();
    }

    boolean holds(LatLon p) {
      if (polygon == null) {
        return CityModelBuilder.metres(p, post.lat(), post.lon()) <= POST_RADIUS_M;
      }
      return envelope.covers(p.lon(), p.lat())
          && polygon.covers(GF.createPoint(new Coordinate(p.lon(), p.lat())));
    }
  }
}
