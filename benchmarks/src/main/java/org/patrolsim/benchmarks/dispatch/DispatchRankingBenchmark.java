// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.dispatch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.geo.network.TravelTimes;

/**
 * The command centre's hot path: rank 48 patrol cars by road time to a call on the demo city. What
 * the command centre does (one one-to-many search) against the naive baseline (one point-to-point
 * query per car), over the same 64 (cars, call) situations.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DispatchRankingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DispatchRankingBenchmark {
  private static final int CARS = 48;
  private static final int SITUATIONS = 64;

  private RoadNetwork network;
  private TravelTimes times;
  private final List<List<NetworkPosition>> cars = new ArrayList<>();
  private final List<NetworkPosition> calls = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    String cache =
        System.getenv()
            .getOrDefault(
                "PATROLSIM_CACHE",
                Path.of(System.getProperty("user.home"), ".cache", "patrolsim").toString());
    network = RoadNetwork.demoCity(Path.of(cache));
    times = network.travelTimes();
    var b = network.bounds();
    var gf = new GeometryFactory();
    var city =
        gf.toGeometry(
            new org.locationtech.jts.geom.Envelope(b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
    List<NetworkPosition> points = network.roadPointsIn(city, SITUATIONS * (CARS + 1), 42);
    SplittableRandom random = new SplittableRandom(7);
    for (int s = 0; s < SITUATIONS; s++) {
      List<NetworkPosition> fleet = new ArrayList<>();
      for (int c = 0; c < CARS; c++) {
        fleet.add(points.get(random.nextInt(points.size())));
      }
      cars.add(fleet);
      calls.add(points.get(random.nextInt(points.size())));
    }
  }

  @TearDown
  public void tearDown() {
    network.close();
  }

  @Benchmark
  public double oneToMany() {
    int s = next++ % SITUATIONS;
    double[] secs = times.secondsTo(cars.get(s), calls.get(s), TravelConditions.FREE_FLOW);
    return best(secs);
  }

  @Benchmark
  public double pointToPointBaseline() {
    int s = next++ % SITUATIONS;
    double[] secs = new double[CARS];
    for (int c = 0; c < CARS; c++) {
      secs[c] = times.seconds(cars.get(s).get(c), calls.get(s), TravelConditions.FREE_FLOW);
    }
    return best(secs);
  }

  private static double best(double[] secs) {
    double best = Double.POSITIVE_INFINITY;
    for (double v : secs) {
      best = Math.min(best, v);
    }
    return best;
  }
}
