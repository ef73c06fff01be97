// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.patrolsim.dispatch.incident.ArrivalProcess;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.ReplayFile;
import org.patrolsim.dispatch.policy.DispatchPolicy;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * Builds the {@link CityModel} of a scenario on a loaded road network: snaps stations (a station off the
 * map is a user's mistake naming its field), lays out one beat per car, fills the incident pools and
 * reads a replay file. Deterministic: every random choice is seeded from the scenario seed.
 */
public final class CityModelBuilder {
  private static final int BEAT_WAYPOINTS = 6;
  private static final int POOL = 4096;
  private static final double M_PER_DEG = 111_320.0;

  private CityModelBuilder() {}

  public static CityModel build(LoadedScenario loaded, RoadNetwork network) {
    Scenario s = loaded.scenario();
    long seed = s.seed();
    List<StationSite> stations = stations(loaded, network);
    GeometryFactory gf = new GeometryFactory();
    Bounds b = network.bounds();
    Polygon everywhere = gf.createPolygon(new Coordinate[] {new Coordinate(b.minLon(), b.minLat()),
        new Coordinate(b.maxLon(), b.minLat()), new Coordinate(b.maxLon(), b.maxLat()),
        new Coordinate(b.minLon(), b.maxLat()), new Coordinate(b.minLon(), b.minLat())});
    List<NetworkPosition> uniform = network.roadPointsIn(everywhere, POOL, seed ^ 0x1C1DL);
    List<Polygon> circles = new ArrayList<>();
    List<List<NetworkPosition>> hotspotPools = new ArrayList<>();
    double[] hotspotWeights = new double[s.incidents().hotspots().size()];
    for (int i = 0; i < hotspotWeights.length; i++) {
      Scenario.Hotspot h = s.incidents().hotspots().get(i);
      Polygon circle = circle(gf, h.lat(), h.lon(), h.radiusMetres());
      List<NetworkPosition> pool = network.roadPointsIn(circle, POOL / 4, seed ^ (0x4075L + i));
      if (pool.isEmpty()) {
        throw loaded.error("incidents.hotspots[" + i + "]",
            "expected roads within " + h.radiusMetres() + " m of " + h.lat() + "," + h.lon() + ", found none on the map");
      }
      circles.add(circle);
      hotspotPools.add(pool);
      hotspotWeights[i] = h.weight();
    }
    IncidentPlaces places = new IncidentPlaces(uniform, hotspotPools, hotspotWeights, s.incidents().hotspotShare());
    for (int i = 0; i < s.fleet().posts().size(); i++) {
      Scenario.Post p = s.fleet().posts().get(i);
      if (network.snap(new LatLon(p.lat(), p.lon())).isEmpty()) {
        throw loaded.error("fleet.posts[" + i + "]", "post at " + p.lat() + "," + p.lon()
            + " is off the map: expected a road within " + (int) RoadNetwork.MAX_SNAP_METRES + " m");
      }
    }
    List<Beat> beats = beats(s, network, gf, everywhere, uniform, circles, hotspotWeights);
    IncidentMix mix = new IncidentMix(s.incidents().types().stream().map(CityModelBuilder::type).toList());
    ArrivalProcess arrivals = null;
    List<IncidentCall> replay = null;
    if (s.incidents().replay() != null) {
      replay = ReplayFile.read(Path.of(s.incidents().replay()), mix);
      for (IncidentCall c : replay) {
        if (network.snap(new LatLon(c.lat(), c.lon())).isEmpty()) {
          throw loaded.error("incidents.replay", "incident " + c.id() + " (in time order) at " + c.lat() + ","
              + c.lon() + " is off the map: expected a road within " + (int) RoadNetwork.MAX_SNAP_METRES + " m");
        }
      }
    } else {
      arrivals = new ArrivalProcess(s.incidents().perDay(), s.incidents().hourlyProfile());
    }
    DispatchPolicy policy = DispatchPolicy.of(s.dispatch().policy(),
        s.dispatch().responseThresholdMinutes() * 60, s.dispatch().preemption());
    return new CityModel(loaded, network, stations, beats, places, mix, arrivals, replay, policy);
  }

  private static IncidentType type(Scenario.IncidentType t) {
    return new IncidentType(t.name(), Priority.parse(t.priority()), t.share(),
        Math.round(t.onSceneMinutes() * 60_000), t.streetResolveProbability(), t.unitsNeeded());
  }

  private static List<StationSite> stations(LoadedScenario loaded, RoadNetwork network) {
    List<StationSite> out = new ArrayList<>();
    List<Scenario.Station> stations = loaded.scenario().stations();
    for (int i = 0; i < stations.size(); i++) {
      Scenario.Station st = stations.get(i);
      Optional<NetworkPosition> at = network.snap(new LatLon(st.lat(), st.lon()));
      if (at.isEmpty()) {
        throw loaded.error("stations[" + i + "]", "station '" + st.id() + "' at " + st.lat() + "," + st.lon()
            + " is off the map: expected a road within " + (int) RoadNetwork.MAX_SNAP_METRES + " m");
      }
      out.add(new StationSite(st.id(), at.get(), st.dutyTeams()));
    }
    return out;
  }

  /**
   * One beat per car: the cars' beat centres are k-means centroids of road points (so beats are
   * smaller where streets are dense), each beat the Voronoi cell of its centre.
   */
  private static List<Beat> beats(Scenario s, RoadNetwork network, GeometryFactory gf, Polygon everywhere,
      List<NetworkPosition> roadPoints, List<Polygon> hotspots, double[] hotspotWeights) {
    int cars = s.fleet().vehicles();
    List<NetworkPosition> posts = posts(s, network);
    if (!posts.isEmpty()) {
      List<Beat> held = new ArrayList<>();
      for (int car = 0; car < cars; car++) {
        held.add(new Beat(List.of(posts.get(car % posts.size())), new double[] {1}));
      }
      return held;
    }
    double[][] centres = kMeans(roadPoints, cars);
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    List<Coordinate> sites = new ArrayList<>();
    for (double[] c : centres) {
      sites.add(new Coordinate(c[1], c[0]));
    }
    voronoi.setSites(sites);
    voronoi.setClipEnvelope(everywhere.getEnvelopeInternal());
    Geometry cells = voronoi.getDiagram(gf);
    double maxWeight = 0;
    for (double w : hotspotWeights) {
      maxWeight = Math.max(maxWeight, w);
    }
    List<Beat> beats = new ArrayList<>();
    for (int car = 0; car < cars; car++) {
      Geometry cell = cellOf(cells, centres[car], gf).intersection(everywhere);
      List<NetworkPosition> points = network.roadPointsIn(cell, BEAT_WAYPOINTS, s.seed() * 31 + car);
      if (points.isEmpty()) {
        points = List.of(roadPoints.get(car % roadPoints.size()));
      }
      double[] weights = new double[points.size()];
      for (int p = 0; p < points.size(); p++) {
        LatLon at = points.get(p).point();
        weights[p] = 1;
        for (int h = 0; h < hotspots.size(); h++) {
          if (hotspots.get(h).contains(gf.createPoint(new Coordinate(at.lon(), at.lat())))) {
            weights[p] += 3 * hotspotWeights[h] / maxWeight;
          }
        }
      }
      beats.add(new Beat(points, weights));
    }
    return beats;
  }

  /** The fixed posts of the scenario, snapped; a post off the map is a user's mistake. */
  private static List<NetworkPosition> posts(Scenario s, RoadNetwork network) {
    List<NetworkPosition> out = new ArrayList<>();
    for (Scenario.Post p : s.fleet().posts()) {
      out.add(network.snap(new LatLon(p.lat(), p.lon())).orElse(null));
    }
    return out;
  }

  private static Geometry cellOf(Geometry cells, double[] centre, GeometryFactory gf) {
    var point = gf.createPoint(new Coordinate(centre[1], centre[0]));
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      if (cells.getGeometryN(i).covers(point)) {
        return cells.getGeometryN(i);
      }
    }
    Envelope e = new Envelope(point.getCoordinate());
    e.expandBy(0.005);
    return gf.toGeometry(e);
  }

  /** Lloyd's k-means on lat/lon, started from the first k points; 12 rounds are plenty for beats. */
  static double[][] kMeans(List<NetworkPosition> points, int k) {
    double[][] centres = new double[k][2];
    for (int i = 0; i < k; i++) {
      LatLon p = points.get((int) ((long) i * points.size() / k)).point();
      centres[i][0] = p.lat();
      centres[i][1] = p.lon();
    }
    double cos = Math.cos(Math.toRadians(points.get(0).point().lat()));
    for (int round = 0; round < 12; round++) {
      double[][] sum = new double[k][3];
      for (NetworkPosition np : points) {
        LatLon p = np.point();
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double dLat = centres[c][0] - p.lat();
          double dLon = (centres[c][1] - p.lon()) * cos;
          double d = dLat * dLat + dLon * dLon;
          if (d < bestD) {
            bestD = d;
            best = c;
          }
        }
        sum[best][0] += p.lat();
        sum[best][1] += p.lon();
        sum[best][2]++;
      }
      for (int c = 0; c < k; c++) {
        if (sum[c][2] > 0) {
          centres[c][0] = sum[c][0] / sum[c][2];
          centres[c][1] = sum[c][1] / sum[c][2];
        }
      }
    }
    return centres;
  }

  private static Polygon circle(GeometryFactory gf, double lat, double lon, double radiusMetres) {
    Coordinate[] ring = new Coordinate[33];
    double dLat = radiusMetres / M_PER_DEG;
    double dLon = radiusMetres / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
    for (int i = 0; i < 32; i++) {
      double a = 2 * Math.PI * i / 32;
      ring[i] = new Coordinate(lon + dLon * Math.cos(a), lat + dLat * Math.sin(a));
    }
    ring[32] = ring[0];
    return gf.createPolygon(ring);
  }
}
