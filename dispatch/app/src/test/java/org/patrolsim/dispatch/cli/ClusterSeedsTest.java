// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * Several producers and several seeds on a real Akka cluster of separate JVMs on 127.0.0.1: two
 * sweeps on the same workers at once both finish, each byte-identical to its local run, and each
 * producer says the other shares the workers; a worker joins through {@code localhost}, the same
 * node as 127.0.0.1 for Akka once resolved; the founding worker killed, a new worker joins the
 * survivors through the second seed of its {@code --join} list and a sweep given the dead seed
 * first finishes on them. Costs 7 JVM starts and 24 one-day replications of monaco-small.yaml, and
 * the 15 s or so before the split-brain resolver removes the killed worker.
 */
@IntegrationTest
class ClusterSeedsTest {
  static final Duration START = ClusterSweepTest.START;
  static final Duration SWEEP = ClusterSweepTest.SWEEP;

  @TempDir Path dir;

  Path plan(String name, String vehicles) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(
        file,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\nreplications: 3\n"
            + "grid:\n  fleet.vehicles: "
            + vehicles
            + "\n");
    return file;
  }

  static String[] sweep(Path plan, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sweep",
                plan.toString(),
                "--osm",
                RunCommandTest.MONACO,
                "--set",
                RunCommandTest.CACHE,
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  byte[] local(Path plan, String name) throws IOException {
    RunCommandTest.Outcome local =
        RunCommandTest.patrolsim(sweep(plan, dir.resolve(name), "--threads", "2"));
    assertThat(local.exit()).as(local.err()).isZero();
    return Files.readAllBytes(dir.resolve(name).resolve(SweepFiles.JSON));
  }

  static JvmProcess worker(String name, String... args) {
    List<String> all =
        new ArrayList<>(List.of("worker", "--threads", "1", "--join-timeout", "120"));
    all.addAll(List.of(args));
    return JvmProcess.start(name, List.of(), all.toArray(String[]::new));
  }

  @Test
  void twoSweepsShareTheWorkersAndANewWorkerJoinsThroughAnotherSeed() throws IOException {
    Path planA = plan("a", "[4, 6]");
    Path planB = plan("b", "[5, 7]");
    byte[] expectedA = local(planA, "local-a");
    byte[] expectedB = local(planB, "local-b");

    try (JvmProcess a = worker("worker-a", "--port", "0")) {
      a.awaitOut(0, l -> l.contains("founding the cluster"), START);
      String seedA = ClusterSweepTest.address(a, START);
      String portA = seedA.substring(seedA.lastIndexOf(':') + 1);
      try (JvmProcess b = worker("worker-b", "--join", "localhost:" + portA, "--port", "0");
          JvmProcess c = worker("worker-c", "--join", seedA)) {
        String seedB = ClusterSweepTest.address(b, START);
        b.awaitOut(
            0, l -> l.contains("at " + seedB + ", 1 lane(s), in the cluster at " + seedA), START);
        c.awaitOut(0, l -> l.contains("in the cluster at " + seedA), START);

        // the first producer waits for a fourth worker, so that the second finds it in the cluster
        try (JvmProcess p1 =
                JvmProcess.start(
                    "producer-a",
                    List.of(),
                    sweep(
                        planA,
                        dir.resolve("cluster-a"),
                        "--cluster",
                        seedA,
                        "--min-workers",
                        "4",
                        "--cluster-timeout",
                        "120"));
            JvmProcess p2 =
                JvmProcess.start(
                    "producer-b",
                    List.of(),
                    sweep(
                        planB,
                        dir.resolve("cluster-b"),
                        "--cluster",
                        seedB,
                        "--min-workers",
                        "3"))) {
          p1.awaitErr(0, l -> l.contains("waiting up to 120 s for 4 worker(s)"), START);
          p2.awaitErr(
              0,
              l -> l.contains("1 other producer(s) (sweep or optimise) share the workers"),
              START);
          p1.awaitErr(
              0,
              l -> l.contains("1 other producer(s) (sweep or optimise) share the workers"),
              START);
          try (JvmProcess d = worker("worker-d", "--join", seedB)) {
            d.awaitOut(0, l -> l.contains("in the cluster at " + seedB), START);
            assertThat(p1.awaitExit(SWEEP)).as("%s %s", p1.out, p1.err).isZero();
            assertThat(p2.awaitExit(SWEEP)).as("%s %s", p2.out, p2.err).isZero();
          }
        }
        assertThat(Files.readAllBytes(dir.resolve("cluster-a").resolve(SweepFiles.JSON)))
            .isEqualTo(expectedA);
        assertThat(Files.readAllBytes(dir.resolve("cluster-b").resolve(SweepFiles.JSON)))
            .isEqualTo(expectedB);

        // the founding worker dies; B and C are the majority and stay; a new worker given A first
        // joins them through B, and a sweep given A first runs on B, C and E
        a.kill();
        try (JvmProcess e = worker("worker-e", "--join", seedA + "," + seedB)) {
          e.awaitOut(0, l -> l.contains("in the cluster at " + seedA + "," + seedB), START);
          try (JvmProcess p3 =
              JvmProcess.start(
                  "producer-after-a",
                  List.of(),
                  sweep(
                      planA,
                      dir.resolve("after-a"),
                      "--cluster",
                      seedA + "," + seedB,
                      "--min-workers",
                      "3",
                      "--cluster-timeout",
                      "120"))) {
            assertThat(p3.awaitExit(SWEEP)).as("%s %s", p3.out, p3.err).isZero();
          }
        }
        assertThat(Files.readAllBytes(dir.resolve("after-a").resolve(SweepFiles.JSON)))
            .isEqualTo(expectedA);
        assertThat(b.process.isAlive()).as("B survives A's death").isTrue();
        assertThat(c.process.isAlive()).as("C survives A's death").isTrue();
      }
    }
  }
}
