// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.dispatch.cluster.ClusterAddress;
import org.patrolsim.dispatch.cluster.ClusterReplications;
import org.patrolsim.dispatch.cluster.ClusterSecurity;
import org.patrolsim.dispatch.cluster.NodeOptions;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.sweep.LocalReplications;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.ReplicationTask;
import org.patrolsim.dispatch.sweep.Variant;

/**
 * Replications per second of the bundled default scenario (demo city, 48 cars, ~800 calls, one day
 * and its drain; KPIs rebuilt from the events), as a sweep runs them: on this machine with 1 and 2
 * lanes ({@code LocalReplications}), and on a cluster of 2 worker JVMs with one lane each, started
 * here on 127.0.0.1, with this JVM as the producer ({@code ClusterReplications}: work pulling,
 * CBOR, results acknowledged). Each operation runs 4 replications with fresh seeds (replications
 * 4i..4i+3); the model is built on first use, in the warm-up. The baseline of the same run is
 * {@code threads-1}.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * flock /work/jmh.lock java -jar benchmarks/target/benchmarks.jar SweepBenchmark -f 1 -wi 4 -i 5 -w 5s -r 5s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SweepBenchmark {
  static final int PER_OPERATION = 4;

  /** Where the replications run: 1 or 2 local lanes, or 2 worker JVMs of one lane each. */
  @Param({"threads-1", "threads-2", "workers-2"})
  String mode;

  private Variant variant;
  private ReplicationExecutor executor;
  private final List<Process> workers = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  @Setup
  public void setUp() throws Exception {
    LoadedScenario loaded = ScenarioLoader.loadDefault(List.of());
    variant =
        new Variant(
            0,
            "default",
            List.of(),
            loaded.source(),
            ScenarioLoader.toJson(loaded.scenario()),
            loaded.scenario().seed());
    switch (mode) {
      case "threads-1" -> executor = LocalReplications.start(1);
      case "threads-2" -> executor = LocalReplications.start(2);
      case "workers-2" -> executor = cluster();
      default -> throw new IllegalArgumentException(mode);
    }
  }

  private ReplicationExecutor cluster() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    workers.add(worker("--port", Integer.toString(port)));
    workers.add(worker("--join", "127.0.0.1:" + port));
    NodeOptions producer =
        NodeOptions.of(
            List.of(new ClusterAddress("127.0.0.1", port)),
            "127.0.0.1",
            null,
            0,
            ClusterSecurity.NONE,
            false,
            "the producer's port");
    return ClusterReplications.join(
        producer, 2, Duration.ofMinutes(2), line -> System.err.println("producer: " + line));
  }

  private Process worker(String... where) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.patrolsim.dispatch.cli.PatrolSim",
                "worker",
                "--threads",
                "1"));
    command.addAll(List.of(where));
    try {
      return new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TearDown
  public void tearDown() throws InterruptedException {
    executor.close();
    for (Process w : workers) {
      w.destroy();
      if (!w.waitFor(30, TimeUnit.SECONDS)) {
        w.destroyForcibly();
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(PER_OPERATION)
  public int replications() {
    int first = next.getAndAdd(PER_OPERATION);
    List<ReplicationTask> tasks = new ArrayList<>();
    for (int r = first; r < first + PER_OPERATION; r++) {
      tasks.add(ReplicationTask.of(variant, r));
    }
    AtomicInteger done = new AtomicInteger();
    executor.run(tasks, result -> done.incrementAndGet()).toCompletableFuture().join();
    return done.get();
  }
}
