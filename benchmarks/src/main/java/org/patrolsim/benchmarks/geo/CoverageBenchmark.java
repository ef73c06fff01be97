// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.geo;

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

/**
 * The coverage KPI on the demo city (size 1, and size 3 for the large scenario): the share of road
 * length within T minutes of any of N free cars (sampled every 5 simulated minutes or more often).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Coverage -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageBenchmark {

  @Param({"demo-city", "demo-city-3"})
  public String map;

  @Param({"12", "48"})
  public int freeCars;

  @Param({"300", "600"})
  public int seconds;

  private RoadNetwork net;
  private List<NetworkPosition> cars;

  @Setup(Level.Trial)
  public void setUp() {
    net = BenchmarkMaps.load(map);
    cars = BenchmarkMaps.randomPositions(net, freeCars, 3);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    net.close();
  }

  @Benchmark
  public double shareOfRoadWithin() {
    return net.travelTimes().shareOfRoadWithin(cars, seconds, TravelConditions.FREE_FLOW);
  }
}
