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
 * What keeping the patrol presence measures costs (issue 25's goal: at most 10 % of a simulated
 * day): one simulated day of the bundled default scenario on one thread, as {@link
 * SimulatedDayBenchmark}, with {@code report.presence} on (the default: cars emit their paths, the
 * report folds them per road segment) and off. The baseline is {@code presence=false} in the same
 * run; the score includes the report folded from the day's events. On a shared machine the wall
 * time moves with the other builds' load, so the secondary results count the process's CPU time
 * ({@code cpuMs}, every thread: the engine's, GC, JIT) and the days run ({@code days}) in each
 * iteration: their ratio, CPU per day, is the figure to compare under load.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * for r in 1 2 3 4 5; do for p in true false; do
 *   java -jar benchmarks/target/benchmarks.jar PresenceCostBenchmark -p presence=$p -f 1 -wi 6 -i 5 -w 2s -r 2s
 * done; done
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PresenceCostBenchmark {
  @Param({"true", "false"})
  boolean presence;

  private RoadNetwork network;
  private CityModel model;
  private ActorSystem<Void> system;

  @Setup
  public void setUp() {
    var loaded = ScenarioLoader.loadDefault(List.of("report.presence=" + presence));
    String cache =
        System.getenv()
            .getOrDefault(
                "PATROLSIM_CACHE",
                Path.of(System.getProperty("user.home"), ".cache", "patrolsim").toString());
    network = RoadNetwork.demoCity(Path.of(cache));
    model = CityModelBuilder.build(loaded, network);
    system = DispatchRun.actorSystem(1);
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
