// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.patrolsim.dispatch.incident.ArrivalProcess;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.RepeatRule;
import org.patrolsim.dispatch.incident.SettleDecay;
import org.patrolsim.dispatch.incident.replay.ReplayCalls;
import org.patrolsim.dispatch.incident.replay.ReplayFormat;
import org.patrolsim.dispatch.incident.replay.ReplaySetupError;
import org.patrolsim.dispatch.policy.DispatchPolicy;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.SnapCheck;
import org.patrolsim.geo.zone.Zone;
import org.patrolsim.geo.zone.Zones;

/**
 * Builds the {@link CityModel} of a scenario on a loaded road network: snaps stations (a station
 * off the map is a user's mistake naming its field), lays out one beat per car, fills the incident
 * pools, reads a replay file (and sets {@code days} to its span when the scenario leaves it out),
 * and splits the city into the stations' jurisdictions by road time. Deterministic: every random
 * choice is seeded from the scenario seed.
 */
public final class CityModelBuilder {
  private static final int BEAT_WAYPOINTS = 6;

  /** Road points sampled once for beats and hotspot pools. */
  private static final int SAMPLE = 20_000;

  private static final double M_PER_DEG = 111_320.0;

  private CityModelBuilder() {}

  public static CityModel build(LoadedScenario loaded, RoadNetwork network) {
    Scenario s = loaded.scenario();
    long seed = s.seed();
    List<StationSite> stations = stations(loaded, network);
    GeometryFactory gf = new GeometryFactory();
    Bounds b = network.bounds();
    Polygon everywhere =
        gf.createPolygon(
            new Coordinate[] {
              new Coordinate(b.minLon(), b.minLat()),
              new Coordinate(b.maxLon(), b.minLat()),
              new Coordinate(b.maxLon(), b.maxLat()),
              new Coordinate(b.minLon(), b.maxLat()),
              new Coordinate(b.minLon(), b.minLat())
            });
    List<NetworkPosition> sample = network.roadPointsIn(everywhere, SAMPLE, seed ^ 0x5A3BL);
    List<List<NetworkPosition>> hotspotPools = new ArrayList<>();
    double[] hotspotWeights = new double[s.incidents().hotspots().size()];
    for (int i = 0; i < hotspotWeights.length; i++) {
      Scenario.Hotspot h = s.incidents().hotspots().get(i);
      List<NetworkPosition> pool = within(sample, h);
      if (pool.isEmpty()) {
        throw loaded.error(
            "incidents.hotspots[" + i + "]",
            "expected roads within "
                + h.radiusMetres()
                + " m of "
                + h.lat()
                + ","
                + h.lon()
                + ", found none on the map");
      }
      hotspotPools.add(pool);
      hotspotWeights[i] = h.weight();
    }
    IncidentPlaces places =
        new IncidentPlaces(sample, hotspotPools, hotspotWeights, s.incidents().hotspotShare());
    for (int i = 0; i < s.fleet().posts().size(); i++) {
      Scenario.Post p = s.fleet().posts().get(i);
      if (network.snap(new LatLon(p.lat(), p.lon())).isEmpty()) {
        throw loaded.error(
            "fleet.posts[" + i + "]",
            "post at "
                + p.lat()
                + ","
                + p.lon()
                + " is off the map: expected a road within "
                + (int) RoadNetwork.MAX_SNAP_METRES
                + " m; "
                + offMapReason(loaded, network, new LatLon(p.lat(), p.lon())));
      }
    }
    List<Beat> beats = beats(loaded, network, sample, s.fleet().vehicles(), 0);
    List<List<Beat>> extraBeats = new ArrayList<>();
    int first = s.fleet().vehicles();
    for (Scenario.ExtraShift x : s.fleet().extraShifts()) {
      extraBeats.add(x.cars() == 0 ? List.of() : beats(loaded, network, sample, x.cars(), first));
      first += x.cars();
    }
    IncidentMix mix = mix(s);
    ArrivalProcess arrivals = null;
    ReplayCalls replay = null;
    if (s.incidents().replay() != null) {
      replay = replay(loaded, mix, network);
    } else {
      arrivals = new ArrivalProcess(s.incidents().perDay(), s.incidents().hourlyProfile());
    }
    LoadedScenario named = loaded;
    List<HotspotsFile.Hotspot> hotspots =
        s.fleet().hotspotsFile() == null
            ? null
            : HotspotsFile.read(named, network, p -> offMapReason(named, network, p));
    if (s.days() == null) {
      // days left out: a replay runs its whole span, generated calls one day
      loaded = new LoadedScenario(loaded.source(), s.withDays(replay != null ? replay.days() : 1));
    }
    DispatchPolicy policy = DispatchPolicy.of(s.dispatch(), s.fleet().urgentInterruptsMeal());
    CityModel partial =
        new CityModel(
            loaded,
            network,
            stations,
            List.of(),
            places,
            jurisdictions(loaded, stations),
            mix,
            arrivals,
            replay == null ? null : replay.calls(),
            policy,
            new ResponseModel(s.response(), s.fleet().patrolSpeedFactor()),
            replay,
            RoadJurisdictions.of(network, stations),
            hotspots);
    return withCars(partial, beats, extraBeats);
  }

  /**
   * The cars' plans: beat, shift group and break timetable, and the home station of each beat. The
   * around-the-clock cars come first (car-01 ...), then the cars of each part-day shift group in
   * turn, numbered on, so that adding part-day cars renames none.
   */
  private static CityModel withCars(CityModel m, List<Beat> beats, List<List<Beat>> extraBeats) {
    List<LatLon> centres = beats.stream().map(Beat::centre).toList();
    ShiftTimetable.Planned planned = ShiftTimetable.plan(m.loaded(), centres);
    Scenario.Fleet fleet = m.scenario().fleet();
    PatrolRounds rounds = PatrolRounds.of(m);
    BeatPatrols patrols = BeatPatrols.of(m.loaded());
    List<CarPlan> cars = new ArrayList<>();
    for (int i = 0; i < beats.size(); i++) {
      cars.add(
          new CarPlan(
              CarId.ofIndex(i),
              beats.get(i),
              planned.groups()[i],
              planned.plans().get(i),
              m.jurisdictionOf(centres.get(i)),
              rounds.roundFor(beats.get(i), patrols.of(i, planned.groups()[i]))));
    }
    for (int g = 0; g < extraBeats.size(); g++) {
      List<ShiftPlan> shifts = ShiftTimetable.partDay(fleet, fleet.extraShifts().get(g));
      for (int j = 0; j < extraBeats.get(g).size(); j++) {
        Beat beat = extraBeats.get(g).get(j);
        int group = fleet.shiftStartHours().size() + g;
        cars.add(
            new CarPlan(
                CarId.ofIndex(cars.size()),
                beat,
                group,
                shifts.get(j),
                m.jurisdictionOf(beat.centre()),
                rounds.roundFor(beat, patrols.of(cars.size(), group))));
      }
    }
    return new CityModel(
        m.loaded(),
        m.network(),
        m.stations(),
        List.copyOf(cars),
        m.places(),
        m.jurisdictions(),
        m.mix(),
        m.arrivals(),
        m.replay(),
        m.policy(),
        m.response(),
        m.replayCalls(),
        m.roadJurisdictions(),
        m.hotspots());
  }

  /**
   * The beats of {@code cars} cars numbered from {@code first} (0-based): from the beats file, the
   * posts, or laid out over the whole map. A part-day shift group gets its own layer of beats over
   * the city this way, as the around-the-clock cars do.
   */
  private static List<Beat> beats(
      LoadedScenario loaded,
      RoadNetwork network,
      List<NetworkPosition> sample,
      int cars,
      int first) {
    Scenario s = loaded.scenario();
    return s.fleet().beats() != null && s.fleet().posts().isEmpty()
        ? beatsFromFile(loaded, network, cars, first)
        : beats(s, network, sample, cars, first);
  }

  /** The replay's calls: read with its mapping, placed on the network, cut at the horizon. */
  private static ReplayCalls replay(LoadedScenario loaded, IncidentMix mix, RoadNetwork network) {
    Scenario s = loaded.scenario();
    try {
      ReplayFormat format =
          ReplayFormat.of(
              s.incidents().replay(),
              ZoneId.of(s.timeZone()),
              mix.types().stream().map(IncidentType::name).toList());
      return ReplayCalls.prepare(format, mix, network, s.days(), loaded.source());
    } catch (ReplaySetupError e) {
      throw loaded.error("incidents.replay." + e.field(), e.getMessage());
    }
  }

  /** The jurisdiction polygons, each named by the id of a station of the scenario. */
  private static Zones jurisdictions(LoadedScenario loaded, List<StationSite> stations) {
    String file = loaded.scenario().jurisdictions();
    if (file == null) {
      return null;
    }
    Zones zones = Zones.fromGeoJson(Path.of(file));
    for (Zone z : zones.all()) {
      if (stations.stream().noneMatch(st -> st.id().value().equals(z.id()))) {
        throw loaded.error(
            "jurisdictions",
            file
                + " has zone '"
                + z.id()
                + "'; expected each zone's id (or name) to be a station id of the scenario");
      }
    }
    return zones;
  }

  /** Beats from a GeoJSON file: car i patrols zone i (modulo the number of zones). */
  private static List<Beat> beatsFromFile(
      LoadedScenario loaded, RoadNetwork network, int cars, int first) {
    Scenario s = loaded.scenario();
    List<Zone> zones = Zones.fromGeoJson(Path.of(s.fleet().beats())).all();
    List<Beat> beats = new ArrayList<>();
    for (int car = first; car < first + cars; car++) {
      Zone zone = zones.get(car % zones.size());
      List<NetworkPosition> points =
          network.roadPointsIn(zone.area(), BEAT_WAYPOINTS, s.seed() * 31 + car);
      if (points.isEmpty()) {
        throw loaded.error(
            "fleet.beats",
            "beat '"
                + zone.id()
                + "' in "
                + s.fleet().beats()
                + " holds no road of the map; expected beats on the map");
      }
      double[] weights = new double[points.size()];
      java.util.Arrays.fill(weights, 1);
      beats.add(new Beat(points, weights, zone.area()));
    }
    return beats;
  }

  /**
   * Why {@code point} snaps to no road; when the scenario names no map file and the point lies
   * outside the demo city, the likely mistake too: a plan for a real city run without its map.
   */
  private static String offMapReason(LoadedScenario loaded, RoadNetwork network, LatLon point) {
    SnapCheck check = network.check(point);
    boolean outside = check instanceof SnapCheck.OffNetwork off && !off.insideBounds();
    return check.reason()
        + (outside && loaded.scenario().map().osm() == null
            ? "; the scenario names no map (map.osm), so this is the bundled demo city: give the plan's map with --osm FILE"
                + " or map.osm"
            : "");
  }

  /**
   * The scenario's incident types as the model uses them, without building anything else (for
   * reading dispatch records against a scenario before its map is loaded).
   */
  public static IncidentMix mix(Scenario s) {
    return new IncidentMix(s.incidents().types().stream().map(CityModelBuilder::type).toList());
  }

  private static IncidentType type(Scenario.IncidentType t) {
    SettleDecay settle =
        t.settleHalfLifeMinutes() == null
            ? SettleDecay.NONE
            : new SettleDecay(
                Math.round(t.settleGraceMinutes() * 60_000),
                Math.round(t.settleHalfLifeMinutes() * 60_000));
    RepeatRule repeat =
        t.repeatChance() == 0
            ? RepeatRule.NONE
            : new RepeatRule(t.repeatChance(), Math.round(t.repeatMeanDays() * 86_400_000));
    return new IncidentType(
        t.name(),
        t.priority(),
        t.share(),
        t.onSceneMinutes().toTime(),
        t.streetResolveProbability(),
        t.unitsNeeded(),
        settle,
        repeat);
  }

  private static List<StationSite> stations(LoadedScenario loaded, RoadNetwork network) {
    List<StationSite> out = new ArrayList<>();
    List<Scenario.Station> stations = loaded.scenario().stations();
    for (int i = 0; i < stations.size(); i++) {
      Scenario.Station st = stations.get(i);
      Optional<NetworkPosition> at = network.snap(new LatLon(st.lat(), st.lon()));
      if (at.isEmpty()) {
        throw loaded.error(
            "stations[" + i + "]",
            "station '"
                + st.id()
                + "' at "
                + st.lat()
                + ","
                + st.lon()
                + " is off the map: expected a road within "
                + (int) RoadNetwork.MAX_SNAP_METRES
                + " m; "
                + offMapReason(loaded, network, new LatLon(st.lat(), st.lon())));
      }
      out.add(new StationSite(new StationId(st.id()), at.get(), st.dutyTeams()));
    }
    return out;
  }

  /**
   * One beat per car: the beat centres are k-means centroids of road points (so beats are smaller
   * where streets are dense), each beat the road points nearest its centre (its Voronoi cell), of
   * which a few become the car's waypoints; a waypoint inside a hotspot weighs more.
   */
  private static List<Beat> beats(
      Scenario s, RoadNetwork network, List<NetworkPosition> sample, int cars, int first) {
    List<NetworkPosition> posts = posts(s, network);
    if (!posts.isEmpty()) {
      List<Beat> held = new ArrayList<>();
      for (int car = first; car < first + cars; car++) {
        held.add(new Beat(List.of(posts.get(car % posts.size())), new double[] {1}, null));
      }
      return held;
    }
    double[][] centres = kMeans(sample, cars);
    List<List<NetworkPosition>> cells = new ArrayList<>();
    for (int car = 0; car < cars; car++) {
      cells.add(new ArrayList<>());
    }
    for (NetworkPosition p : sample) {
      cells.get(nearest(centres, p.point())).add(p);
    }
    double maxWeight =
        s.incidents().hotspots().stream().mapToDouble(Scenario.Hotspot::weight).max().orElse(1);
    List<org.locationtech.jts.geom.Geometry> areas =
        VoronoiCells.of(
            java.util.Arrays.stream(centres).map(c -> new LatLon(c[0], c[1])).toList(),
            network.bounds());
    List<Beat> beats = new ArrayList<>();
    for (int car = 0; car < cars; car++) {
      List<NetworkPosition> cell = cells.get(car);
      List<NetworkPosition> points = new ArrayList<>();
      if (cell.isEmpty()) {
        points.add(sample.get((first + car) % sample.size()));
      }
      java.util.SplittableRandom random =
          new java.util.SplittableRandom(s.seed() * 31 + first + car);
      for (int i = 0; i < BEAT_WAYPOINTS && !cell.isEmpty(); i++) {
        points.add(cell.get(random.nextInt(cell.size())));
      }
      double[] weights = new double[points.size()];
      for (int p = 0; p < points.size(); p++) {
        weights[p] = 1;
        for (Scenario.Hotspot h : s.incidents().hotspots()) {
          if (metres(points.get(p).point(), h.lat(), h.lon()) <= h.radiusMetres()) {
            weights[p] += 3 * h.weight() / maxWeight;
          }
        }
      }
      beats.add(new Beat(points, weights, areas.get(car)));
    }
    return beats;
  }

  private static List<NetworkPosition> within(List<NetworkPosition> sample, Scenario.Hotspot h) {
    return sample.stream()
        .filter(p -> metres(p.point(), h.lat(), h.lon()) <= h.radiusMetres())
        .toList();
  }

  /** Straight-line distance in metres (equirectangular; fine at city scale). */
  static double metres(LatLon p, double lat, double lon) {
    double dLat = (p.lat() - lat) * M_PER_DEG;
    double dLon = (p.lon() - lon) * M_PER_DEG * Math.cos(Math.toRadians(lat));
    return Math.sqrt(dLat * dLat + dLon * dLon);
  }

  private static int nearest(double[][] centres, LatLon p) {
    double cos = Math.cos(Math.toRadians(p.lat()));
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double dLat = centres[c][0] - p.lat();
      double dLon = (centres[c][1] - p.lon()) * cos;
      double d = dLat * dLat + dLon * dLon;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }

  /** The fixed posts of the scenario, snapped; a post off the map is a user's mistake. */
  private static List<NetworkPosition> posts(Scenario s, RoadNetwork network) {
    List<NetworkPosition> out = new ArrayList<>();
    for (Scenario.Post p : s.fleet().posts()) {
      out.add(network.snap(new LatLon(p.lat(), p.lon())).orElse(null));
    }
    return out;
  }

  /**
   * Lloyd's k-means on lat/lon, started from the first k points; 12 rounds are plenty for beats.
   */
  static double[][] kMeans(List<NetworkPosition> points, int k) {
    double[][] centres = new double[k][2];
    for (int i = 0; i < k; i++) {
      LatLon p = points.get((int) ((long) i * points.size() / k)).point();
      centres[i][0] = p.lat();
      centres[i][1] = p.lon();
    }
    for (int round = 0; round < 12; round++) {
      double[][] sum = new double[k][3];
      for (NetworkPosition np : points) {
        LatLon p = np.point();
        int best = nearest(centres, p);
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
}
