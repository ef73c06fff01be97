// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.geo;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.EdgeIteratorState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RankedSource;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.SourceIndex;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.geo.network.TravelTimes;

/**
 * "Which of N cars reaches this call first?": the one-to-many oracle against the naive loop of one
 * GraphHopper {@code route()} per car. Every invocation takes the next of {@value #QUERIES} queries
 * drawn in setup: a fleet of N cars from a pool of {@value #POOL} road positions spread over the
 * whole map by road length (half of them moving cars, bound to their direction of travel), and a
 * call from a second pool of {@value #POOL}. Setup checks on 4 queries that the full scan and
 * GraphHopper give the same times (within 1 s) for every car.
 *
 * <ul>
 *   <li>{@code nearestCold}: {@link TravelTimes#nearest} with k = 1 and no cache ({@link
 *       TravelTimes#uncached()}): cars timed in order of a straight-line lower bound until the next
 *       bound exceeds the best time, each car and the target searching afresh;
 *   <li>{@code nearestWarm}: the same with every node's search spaces cached;
 *   <li>{@code oneToManyCold}: {@link TravelTimes#secondsTo}, every car timed, no cache, as in the
 *       first minutes of a run (the full scan, the reference that {@code nearest} equals);
 *   <li>{@code oneToManyWarm}: the same with every node's search spaces cached ({@link
 *       TravelTimes#cacheEveryNode()}, as far as the cache's bound of 8 M entries allows: the whole
 *       demo city at size 1, not at size 3), the steady state of a running simulation; setup prints
 *       how much of the cache one simulated day of queries fills on its own, and the memory of the
 *       cache;
 *   <li>{@code naiveRouteLoop}: GraphHopper's own router, N requests (CH, no instructions, no
 *       points); a moving car is routed from the end of its edge, plus the rest of its edge.
 * </ul>
 *
 * <p>The fleet as the command centre keeps it ({@link SourceIndex}, issue 13): N cars in one index
 * that lives across queries. Before every query {@value #MOVES} cars set off on a new route (the
 * status reports that reach the command centre between two decisions: 6.8 in the default scenario,
 * 10.8 in the large one), each route drawn in setup from a car-pool place to another within one
 * beat's width (the map's rectangle shared by the N cars), having set off up to its own length ago.
 *
 * <ul>
 *   <li>{@code indexedWarm}, {@code indexedCold}: the moves, then {@link
 *       TravelTimes#nearest(SourceIndex, long, java.util.function.IntPredicate, int,
 *       NetworkPosition, int, TravelConditions)} with k = 1 (what a dispatch decision now costs the
 *       command centre);
 *   <li>{@code indexUpkeep}: the moves alone;
 *   <li>{@code everyCarWarm}: the moves, then every car's position interpolated and {@code nearest}
 *       over the list (what a decision cost the command centre before the index).
 * </ul>
 *
 * <p>The queries are drawn in setup, not in the measurement (drawing 500 random cars costs about 2
 * us, a fifth of a warm {@code nearest} query at N = 500; until 2026-12-01 it was inside).
 *
 * <p>Setup also checks on 200 drawn queries that {@code nearest} equals the sorted full scan.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WhichCarFirst -f 1 -wi 3 -i 5 -w 1s -r
 * 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WhichCarFirstBenchmark {
  static final int POOL = 20_000;
  static final int QUERIES = 1024;

  /** One simulated day of the default scenario: about 800 dispatch decisions over 48 cars. */
  private static final int DAY_QUERIES = 800;

  private static final int DAY_CARS = 48;

  /** Cars that report a new place between two dispatch decisions (see the class comment). */
  static final int MOVES = 8;

  /** Routes the moved cars drive, drawn in setup between random places of the car pool. */
  private static final int ROUTES = 512;

  @Param({"campo-grande.osm.gz", "demo-city", "demo-city-3"})
  public String map;

  @Param({"48", "500"})
  public int cars;

  private RoadNetwork net;
  private TravelTimes warm;
  private TravelTimes cold;
  private GraphHopper hopper;
  private BaseGraph graph;
  private Weighting weighting;
  private NetworkPosition[] carPool;
  private NetworkPosition[] callPool;
  private NetworkPosition[][] fleets;
  private NetworkPosition[] calls;
  private int next;
  private NetworkPosition[] fleetArray;
  private List<NetworkPosition> fleet;

  /** The fleet kept in a {@link SourceIndex}, and the moves made between two of its queries. */
  private SourceIndex index;

  private int[][] movedCar;
  private Route[][] movedOn;
  private long[][] movedSince;

  @Setup(Level.Trial)
  public void setUp() {
    net = BenchmarkMaps.load(map);
    hopper = net.graphHopper();
    graph = hopper.getBaseGraph();
    weighting = hopper.getCHGraphs().get("car").getWeighting();
    carPool = pool(1, true);
    callPool = pool(2, false);
    SplittableRandom random = new SplittableRandom(42);
    fleets = new NetworkPosition[QUERIES][cars];
    calls = new NetworkPosition[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      for (int i = 0; i < cars; i++) {
        fleets[q][i] = carPool[random.nextInt(POOL)];
      }
      calls[q] = callPool[random.nextInt(POOL)];
    }
    warm = net.travelTimes();
    cold = warm.uncached();
    reportOneDayOfQueries();
    TravelTimes.CacheUse full = warm.cacheEveryNode();
    System.out.printf(
        Locale.ROOT,
        "%n[%s] cache fully warmed: %,d nodes, %,d entries, about %.1f MB%n",
        map,
        full.nodes(),
        full.entries(),
        full.bytes() / 1e6);
    for (int q = 0; q < 4; q++) {
      NetworkPosition call = drawQuery();
      checkSameTimes(warm.secondsTo(fleet, call, TravelConditions.FREE_FLOW), call, "warm");
      checkSameTimes(cold.secondsTo(fleet, call, TravelConditions.FREE_FLOW), call, "cold");
    }
    movedCar = new int[QUERIES][MOVES];
    movedOn = new Route[QUERIES][MOVES];
    movedSince = new long[QUERIES][MOVES];
    Route[] routes = beatRoutes(random);
    for (int q = 0; q < QUERIES; q++) {
      for (int m = 0; m < MOVES; m++) {
        movedCar[q][m] = random.nextInt(cars);
        movedOn[q][m] = routes[random.nextInt(ROUTES)];
        // set off up to the route's own time ago, so that at time 0 it is somewhere along it
        movedSince[q][m] = -(long) (random.nextDouble() * movedOn[q][m].seconds() * 1000);
      }
    }
    index = warm.sourceIndex(cars);
    for (int i = 0; i < cars; i++) {
      index.park(i, fleets[0][i]);
    }
    for (int q = 0; q < 200; q++) {
      NetworkPosition call = moveAndDraw();
      List<NetworkPosition> now = new ArrayList<>();
      for (int i = 0; i < cars; i++) {
        now.add(index.positionAt(i, 0));
      }
      List<RankedSource> expected =
          warm.nearestByFullScan(now, call, 1, TravelConditions.FREE_FLOW);
      if (!expected.equals(
              warm.nearest(index, 0, car -> true, cars, call, 1, TravelConditions.FREE_FLOW))
          || !expected.equals(
              cold.nearest(index, 0, car -> true, cars, call, 1, TravelConditions.FREE_FLOW))) {
        throw new IllegalStateException(
            "nearest in the index differs from the full scan for call " + call);
      }
    }
    for (int q = 0; q < 200; q++) {
      NetworkPosition call = drawQuery();
      var expected = warm.nearestByFullScan(fleet, call, 1, TravelConditions.FREE_FLOW);
      if (!expected.equals(cold.nearest(fleet, call, 1, TravelConditions.FREE_FLOW))
          || !expected.equals(warm.nearest(fleet, call, 1, TravelConditions.FREE_FLOW))) {
        throw new IllegalStateException("nearest differs from the full scan for call " + call);
      }
    }
  }

  /**
   * {@value #ROUTES} routes of the length a car drives between two reports: from a place of the car
   * pool to another within one beat's width of it (the map's rectangle shared by the N cars: about
   * 2.2 km on the small maps at N = 48, 0.7 km at N = 500), as patrol legs and responses to the
   * nearest car are.
   */
  private Route[] beatRoutes(SplittableRandom random) {
    Bounds b = net.bounds();
    double midLat = Math.toRadians((b.minLat() + b.maxLat()) / 2);
    double width = (b.maxLon() - b.minLon()) * 111_320 * Math.cos(midLat);
    double height = (b.maxLat() - b.minLat()) * 110_540;
    double beat = Math.sqrt(width * height / cars);
    Route[] routes = new Route[ROUTES];
    for (int r = 0; r < ROUTES; r++) {
      NetworkPosition from = carPool[random.nextInt(POOL)].stationary();
      NetworkPosition to;
      do {
        to = carPool[random.nextInt(POOL)];
      } while (metres(from, to) > beat);
      routes[r] = warm.route(from, to, TravelConditions.FREE_FLOW);
      if (!routes[r].reachable()) {
        r--;
      }
    }
    return routes;
  }

  private static double metres(NetworkPosition a, NetworkPosition b) {
    double dLat = (a.point().lat() - b.point().lat()) * 110_540;
    double dLon =
        (a.point().lon() - b.point().lon()) * 111_320 * Math.cos(Math.toRadians(a.point().lat()));
    return Math.hypot(dLat, dLon);
  }

  /**
   * Fills the fresh cache with one simulated day of queries and prints how much of it that covers.
   */
  private void reportOneDayOfQueries() {
    SplittableRandom day = new SplittableRandom(7);
    List<NetworkPosition> dayFleet = new ArrayList<>(DAY_CARS);
    for (int q = 0; q < DAY_QUERIES; q++) {
      dayFleet.clear();
      for (int i = 0; i < DAY_CARS; i++) {
        dayFleet.add(carPool[day.nextInt(POOL)]);
      }
      warm.secondsTo(dayFleet, callPool[day.nextInt(POOL)], TravelConditions.FREE_FLOW);
    }
    TravelTimes.CacheUse use = warm.cacheUse();
    System.out.printf(
        Locale.ROOT,
        "%n[%s] after one day (%d queries x %d cars): forward spaces of %.0f %% of"
            + " %,d nodes cached, backward %.1f %%, about %.1f MB%n",
        map,
        DAY_QUERIES,
        DAY_CARS,
        100.0 * use.forwardCached() / use.nodes(),
        use.nodes(),
        100.0 * use.backwardCached() / use.nodes(),
        use.bytes() / 1e6);
  }

  private NetworkPosition[] pool(long seed, boolean halfMoving) {
    Bounds b = net.bounds();
    var everywhere =
        new GeometryFactory()
            .toGeometry(new Envelope(b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
    List<NetworkPosition> points = net.roadPointsIn(everywhere, POOL, seed);
    NetworkPosition[] out = new NetworkPosition[POOL];
    for (int i = 0; i < POOL; i++) {
      out[i] = halfMoving && i % 2 == 1 ? points.get(i).movingOn() : points.get(i);
    }
    return out;
  }

  /**
   * Sets {@value #MOVES} cars of the indexed fleet driving a new route (the status reports that
   * reach the command centre between two decisions: 6.8 in the default scenario, 10.8 in the large
   * one) and returns the next drawn call.
   */
  private NetworkPosition moveAndDraw() {
    int q = next;
    next = (next + 1) % QUERIES;
    for (int m = 0; m < MOVES; m++) {
      index.drive(movedCar[q][m], movedOn[q][m], movedSince[q][m]);
    }
    return calls[q];
  }

  /** Sets {@link #fleet} to the next drawn query's fleet and returns its call. */
  private NetworkPosition drawQuery() {
    int q = next;
    next = (next + 1) % QUERIES;
    fleetArray = fleets[q];
    fleet = Arrays.asList(fleetArray);
    return calls[q];
  }

  private void checkSameTimes(double[] ours, NetworkPosition call, String variant) {
    double[] naive = naiveSeconds(call);
    for (int i = 0; i < ours.length; i++) {
      boolean sameEdge =
          fleetArray[i].edge()
              == call.edge(); // GraphHopper cannot keep a moving car's direction there
      if (!sameEdge
          && !(Math.abs(ours[i] - naive[i]) <= 1.0
              || (Double.isInfinite(ours[i]) && Double.isInfinite(naive[i])))) {
        throw new IllegalStateException(
            variant
                + " one-to-many, car "
                + fleetArray[i]
                + " to "
                + call
                + ": "
                + ours[i]
                + " s but GraphHopper "
                + naive[i]
                + " s");
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    net.close();
  }

  @Benchmark
  public int nearestWarm() {
    NetworkPosition call = drawQuery();
    return warm.nearest(fleet, call, 1, TravelConditions.FREE_FLOW).get(0).source();
  }

  @Benchmark
  public int indexedWarm() {
    NetworkPosition call = moveAndDraw();
    return warm.nearest(index, 0, car -> true, cars, call, 1, TravelConditions.FREE_FLOW)
        .get(0)
        .source();
  }

  @Benchmark
  public int everyCarWarm() {
    NetworkPosition call = moveAndDraw();
    List<NetworkPosition> now = new ArrayList<>(cars);
    for (int i = 0; i < cars; i++) {
      now.add(index.positionAt(i, 0));
    }
    return warm.nearest(now, call, 1, TravelConditions.FREE_FLOW).get(0).source();
  }

  @Benchmark
  public int indexUpkeep() {
    return moveAndDraw().edgeKey();
  }

  @Benchmark
  public int indexedCold() {
    NetworkPosition call = moveAndDraw();
    return cold.nearest(index, 0, car -> true, cars, call, 1, TravelConditions.FREE_FLOW)
        .get(0)
        .source();
  }

  @Benchmark
  public int nearestCold() {
    NetworkPosition call = drawQuery();
    return cold.nearest(fleet, call, 1, TravelConditions.FREE_FLOW).get(0).source();
  }

  @Benchmark
  public int oneToManyWarm() {
    NetworkPosition call = drawQuery();
    return fastest(warm.secondsTo(fleet, call, TravelConditions.FREE_FLOW));
  }

  @Benchmark
  public int oneToManyCold() {
    NetworkPosition call = drawQuery();
    return fastest(cold.secondsTo(fleet, call, TravelConditions.FREE_FLOW));
  }

  @Benchmark
  public int naiveRouteLoop() {
    return fastest(naiveSeconds(drawQuery()));
  }

  private double[] naiveSeconds(NetworkPosition call) {
    double[] seconds = new double[fleetArray.length];
    for (int i = 0; i < seconds.length; i++) {
      NetworkPosition car = fleetArray[i];
      double lat = car.point().lat();
      double lon = car.point().lon();
      double restMillis = 0;
      if (car.moving()) {
        // a driving car goes on to the end of its edge first: route from there
        EdgeIteratorState edge = graph.getEdgeIteratorStateForKey(car.edgeKey());
        restMillis = (1 - car.fraction()) * weighting.calcEdgeMillis(edge, false);
        lat = graph.getNodeAccess().getLat(edge.getAdjNode());
        lon = graph.getNodeAccess().getLon(edge.getAdjNode());
      }
      GHRequest request =
          new GHRequest(lat, lon, call.point().lat(), call.point().lon()).setProfile("car");
      request.putHint("instructions", false);
      request.putHint("calc_points", false);
      GHResponse response = hopper.route(request);
      seconds[i] =
          response.hasErrors()
              ? Double.POSITIVE_INFINITY
              : (restMillis + response.getBest().getTime()) / 1000.0;
    }
    return seconds;
  }

  private static int fastest(double[] seconds) {
    int best = 0;
    for (int i = 1; i < seconds.length; i++) {
      if (seconds[i] < seconds[best]) {
        best = i;
      }
    }
    return best;
  }
}
