// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.engine;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.SimulationResult;

/**
 * Replications per second on one actor system with 1 and 2 threads (dispatcher parallelism and
 * replications in flight). A replication is a dispatch-shaped day: the sparse toy city of 100
 * entities over 24 simulated hours, about 25,000 events, nearly all at timestamps of their own (so
 * nearly one step per event: this measures the per-step cost a dispatch model pays).
 *
 * <p>Ten warm-up iterations: the JIT needs about ten seconds before the two-thread figure settles.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReplicationBenchmark -f 2 -wi 10 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplicationBenchmark {

  static final int REPLICATIONS = 8;
  static final int SIZE = 100;
  static final long HORIZON = 86_400_000;

  @Param({"1", "2"})
  public int threads;

  private ActorSystem<Void> system;

  @Setup(Level.Trial)
  public void start() {
    system =
        ActorSystem.create(
            Behaviors.empty(), "replication-bench", EngineBenchmark.withThreads(threads));
  }

  @TearDown(Level.Trial)
  public void stop() {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }

  @Benchmark
  @OperationsPerInvocation(REPLICATIONS)
  public List<Long> replications() {
    return Replications.of(7, REPLICATIONS)
        .parallelism(threads)
        .run(system, rep -> ToyCity.sparse(SIZE, HORIZON, rep.seed()), SimulationResult::events)
        .toCompletableFuture()
        .join();
  }
}
