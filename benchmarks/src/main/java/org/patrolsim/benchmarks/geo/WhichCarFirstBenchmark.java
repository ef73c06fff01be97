// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.geo;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.geo.network.TravelTimes;

/**
 * "Which of N cars reaches this target first?": the one-to-many oracle against the naive loop of one
 * GraphHopper {@code route()} per car, on the same pre-snapped positions. Setup checks that both give
 * the same times (within 1 s) before anything is measured.
 *
 * <ul>
 *   <li>{@code oneToMany}: the oracle as dispatch uses it (per-node search spaces cached, as they are
 *       after the first minutes of a simulated day);
 *   <li>{@code oneToManyUncached}: the same without the cache, every query searching afresh;
 *   <li>{@code naiveRouteLoop}: GraphHopper's own router, N requests (CH, no instructions).
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WhichCarFirst -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WhichCarFirstBenchmark {
  private static final int TARGETS = 64;

  @Param({"campo-grande.osm.gz", "demo-city"})
  public String map;

  @Param({"48", "500"})
  public int cars;

  private RoadNetwork net;
  private TravelTimes cached;
  private TravelTimes uncached;
  private GraphHopper hopper;
  private List<NetworkPosition> fleet;
  private List<NetworkPosition> targets;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    net = BenchmarkMaps.load(map);
    cached = net.travelTimes();
    uncached = cached.uncached();
    hopper = net.graphHopper();
    fleet = BenchmarkMaps.randomPositions(net, cars, 1);
    targets = BenchmarkMaps.randomPositions(net, TARGETS, 2);
    for (int t = 0; t < 4; t++) {
      double[] ours = cached.secondsTo(fleet, targets.get(t), TravelConditions.FREE_FLOW);
      double[] naive = naiveSeconds(targets.get(t));
      for (int i = 0; i < cars; i++) {
        if (!(Math.abs(ours[i] - naive[i]) <= 1.0 || (Double.isInfinite(ours[i]) && Double.isInfinite(naive[i])))) {
          throw new IllegalStateException("car " + i + " target " + t + ": one-to-many " + ours[i]
              + " s but GraphHopper " + naive[i] + " s");
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    net.close();
  }

  private NetworkPosition nextTarget() {
    NetworkPosition t = targets.get(next);
    next = (next + 1) % TARGETS;
    return t;
  }

  @Benchmark
  public int oneToMany() {
    return fastest(cached.secondsTo(fleet, nextTarget(), TravelConditions.FREE_FLOW));
  }

  @Benchmark
  public int oneToManyUncached() {
    return fastest(uncached.secondsTo(fleet, nextTarget(), TravelConditions.FREE_FLOW));
  }

  @Benchmark
  public int naiveRouteLoop() {
    return fastest(naiveSeconds(nextTarget()));
  }

  private double[] naiveSeconds(NetworkPosition target) {
    double[] seconds = new double[fleet.size()];
    for (int i = 0; i < seconds.length; i++) {
      NetworkPosition car = fleet.get(i);
      GHRequest request = new GHRequest(car.point().lat(), car.point().lon(), target.point().lat(), target.point().lon())
          .setProfile("car");
      request.putHint("instructions", false);
      request.putHint("calc_points", false);
      GHResponse response = hopper.route(request);
      seconds[i] = response.hasErrors() ? Double.POSITIVE_INFINITY : response.getBest().getTime() / 1000.0;
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
