// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.engine;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.SimulationResult;

/**
 * Events per second of the engine on the toy city of 1,000 entities (10 simulated minutes, 389,671
 * events per run, about 650 per timestamp), beside the plain single-threaded priority-queue loop
 * running the same model in the same run. {@code threads} sizes the engine's dispatcher ({@code
 * patrolsim.sim.dispatcher}) and Akka's default one.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -f 2 -wi 10 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

  static final int SIZE = 1_000;
  static final long HORIZON = 600_000;
  static final long SEED = 42;

  @Param({"1", "2"})
  public int threads;

  private ActorSystem<Void> system;

  /** Counts delivered events, so JMH reports events per second beside operations per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Events {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  @Setup(Level.Trial)
  public void start() {
    system = ActorSystem.create(Behaviors.empty(), "engine-bench", withThreads(threads));
  }

  @TearDown(Level.Trial)
  public void stop() {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }

  @Benchmark
  public SimulationResult engine(Events counter) {
    SimulationResult r =
        ToyCity.simulation(SIZE, HORIZON, SEED).run(system).toCompletableFuture().join();
    counter.events += r.events();
    return r;
  }

  @Benchmark
  public long plainLoop(Events counter) {
    List<EntityId> ids = IntStream.range(0, SIZE).mapToObj(ToyCity::id).sorted().toList();
    long events =
        new PlainEventLoop<ToyCity.Ping>(ids, () -> new ToyCity.Member(SIZE), SEED, HORIZON).run();
    counter.events += events;
    return events;
  }

  static com.typesafe.config.Config withThreads(int threads) {
    return ConfigFactory.parseString(
            "akka.loglevel = WARNING\nakka.stdout-loglevel = WARNING\n"
                + "akka.actor.default-dispatcher.fork-join-executor { parallelism-min = "
                + threads
                + ", parallelism-max = "
                + threads
                + " }\n"
                + "patrolsim.sim.dispatcher.fork-join-executor { parallelism-min = "
                + threads
                + ", parallelism-max = "
                + threads
                + " }")
        .withFallback(ConfigFactory.load());
  }
}
