// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.dispatch;

import akka.actor.typed.ActorSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * One simulated day of the bundled default scenario (demo city, 48 cars, 34 stations, ~800 calls),
 * the acceptance figure of the dispatch module: goal under 2 s on 2 cores, stretch goal 0.5 s. The
 * map is loaded and the model built in {@code @Setup}; the measured part is the run on the engine
 * (the day and its drain) and the report rebuilt from its events (invariants checked). The baseline
 * in the same run is {@code threads=1}; {@code coverageSampleMinutes=60} shows what the default
 * 5-minute coverage sampling costs. As in {@link PresenceCostBenchmark}, each iteration also counts
 * the process's CPU time ({@code cpuMs}: every thread, the engine's, GC, JIT) and the days run
 * ({@code days}): on a machine shared with other builds, CPU per day moves less than wall time.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SimulatedDayBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulatedDayBenchmark {
  @Param({"1", "2"})
  int threads;

  /** Coverage sampling: the default 5 minutes, and hourly (to show what coverage costs). */
  @Param({"5", "60"})
  int coverageSampleMinutes;

  private RoadNetwork network;
  private CityModel model;
  private ActorSystem<Void> system;

  @Setup
  public void setUp() {
    var loaded =
        ScenarioLoader.loadDefault(
            List.of("report.coverageSampleMinutes=" + coverageSampleMinutes));
    String cache =
        System.getenv()
            .getOrDefault(
                "PATROLSIM_CACHE",
                Path.of(System.getProperty("user.home"), ".cache", "patrolsim").toString());
    network = RoadNetwork.demoCity(Path.of(cache));
    model = CityModelBuilder.build(loaded, network);
    system = DispatchRun.actorSystem(threads);
  }

  @TearDown
  public void tearDown() {
    system.terminate();
    network.close();
  }

  @Benchmark
  public double defaultScenarioDay(DayCpu cpu) {
    return cpu.count(() -> DispatchRun.run(model, system).streetDisposalShare());
  }
}
