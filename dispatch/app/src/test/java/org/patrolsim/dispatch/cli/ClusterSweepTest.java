// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.cluster.PatrolsimVersion;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.sweep.SweepJournal;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * A sweep on a real Akka cluster of separate JVMs on 127.0.0.1 (two workers and the producer,
 * started here as processes) gives the same sweep.json, byte for byte, as the same plan run
 * locally; so does a sweep whose producer is killed mid-sweep and which a second producer resumes
 * from its journal; so does a sweep during which one worker is killed (its process destroyed) with
 * replications unconfirmed, which finishes on the other worker; and a worker built from another
 * commit (the same project version) is refused. Every wait is on a condition (a line printed, a
 * process ended) with a generous limit for a loaded 2-core machine. Costs 7 JVM starts and about 54
 * one-day replications of monaco-small.yaml, about 60-170 s; most of it is the split-brain
 * resolver's 7 s of stability and failure detection before the killed worker's replications are
 * redelivered.
 */
@IntegrationTest
class ClusterSweepTest {
  static final Duration START = Duration.ofMinutes(2);
  static final Duration SWEEP = Duration.ofMinutes(5);

  @TempDir Path dir;

  Path plan() throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(
        file,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\nreplications: 6\n"
            + "grid:\n  fleet.vehicles: [4, 6, 8]\n");
    return file;
  }

  String[] sweep(Path plan, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
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

  /**
   * The address a worker started on {@code --port 0} got, as it prints it once Up: the test hands
   * it to the next nodes, so no port is picked before it is bound.
   */
  static String address(JvmProcess worker, Duration limit) {
    String line =
        worker.awaitOut(0, l -> l.startsWith("patrolsim worker ") && l.contains(" at "), limit);
    java.util.regex.Matcher m = ADDRESS.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return m.group(1);
  }

  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile(" at (\\S+:[0-9]+), [0-9]+ lane");

  @Test
  void aClusterSweepEqualsALocalOneAndSurvivesAKilledWorker() throws IOException {
    Path plan = plan();
    RunCommandTest.Outcome local =
        RunCommandTest.patrolsim(sweep(plan, dir.resolve("local"), "--threads", "2"));
    assertThat(local.exit()).as(local.err()).isZero();
    byte[] expected = Files.readAllBytes(dir.resolve("local").resolve(SweepFiles.JSON));

    try (JvmProcess a =
        JvmProcess.start("worker-a", List.of(), "worker", "--port", "0", "--threads", "1")) {
      a.awaitOut(0, l -> l.contains("founding the cluster"), START);
      String seed = address(a, START);
      assertThat(seed).startsWith("127.0.0.1:").isNotEqualTo("127.0.0.1:0");
      try (JvmProcess b =
          JvmProcess.start(
              "worker-b", List.of(), "worker", "--join", seed, "--threads", "1", "--verbose")) {
        b.awaitOut(0, l -> l.contains("in the cluster at " + seed), START);

        try (JvmProcess producer =
            JvmProcess.start(
                "producer-1",
                List.of(),
                sweep(plan, dir.resolve("cluster"), "--cluster", seed, "--min-workers", "2"))) {
          assertThat(producer.awaitExit(SWEEP)).as("%s %s", producer.out, producer.err).isZero();
        }
        assertThat(Files.readAllBytes(dir.resolve("cluster").resolve(SweepFiles.JSON)))
            .isEqualTo(expected);
        // the producer journals every result as it arrives, as a local sweep does
        assertThat(Files.readAllLines(dir.resolve("cluster").resolve(SweepJournal.FILE)))
            .hasSize(1 + 3 * 6 + 1);

        // the producer killed (SIGKILL) mid-sweep, with both workers alive (the majority: they stay
        // up), and a
        // new producer resuming its folder: only the replications its journal lacks run, the same
        // bytes
        Path resumed = dir.resolve("resumed");
        Path journal = resumed.resolve(SweepJournal.FILE);
        try (JvmProcess producer =
            JvmProcess.start(
                "producer-killed",
                List.of(),
                sweep(plan, resumed, "--cluster", seed, "--min-workers", "2"))) {
          SweepResumeTest.awaitLines(producer, journal, 1 + 3);
          producer.kill();
          assertThat(producer.awaitExit(START)).isNotZero();
        }
        int finished = Files.readAllLines(journal).size() - 1;
        assertThat(finished).isBetween(3, 3 * 6 - 1);
        String[] resume = sweep(plan, resumed, "--cluster", seed, "--min-workers", "2");
        resume[java.util.Arrays.asList(resume).indexOf("--out")] = "--resume";
        try (JvmProcess producer = JvmProcess.start("producer-resumed", List.of(), resume)) {
          assertThat(producer.awaitExit(SWEEP)).as("%s %s", producer.out, producer.err).isZero();
          assertThat(producer.out)
              .anyMatch(l -> l.contains(": " + finished + " finished replication(s) taken from it"))
              .anyMatch(
                  l ->
                      l.contains(
                          (3 * 6 - finished) + " replication(s) run now, " + finished + " taken"));
        }
        assertThat(Files.readAllBytes(resumed.resolve(SweepFiles.JSON))).isEqualTo(expected);

        int before = b.out.size();
        try (JvmProcess producer =
            JvmProcess.start(
                "producer-2",
                List.of(),
                sweep(plan, dir.resolve("killed"), "--cluster", seed, "--min-workers", "2"))) {
          b.awaitOut(before, l -> l.contains("replication") && l.contains("started"), SWEEP);
          b.kill();
          assertThat(producer.awaitExit(SWEEP)).as("%s %s", producer.out, producer.err).isZero();
          assertThat(producer.err).anyMatch(l -> l.contains("left the cluster"));
        }
        assertThat(Files.readAllBytes(dir.resolve("killed").resolve(SweepFiles.JSON)))
            .isEqualTo(expected);

        // a build of the same project version from another commit
        String otherCommit = PatrolsimVersion.projectVersion() + "+0000000000";
        assertThat(otherCommit).isNotEqualTo(PatrolsimVersion.current());
        try (JvmProcess other =
            JvmProcess.start(
                "worker-other-commit",
                List.of("-D" + PatrolsimVersion.OVERRIDE + "=" + otherCommit),
                "worker",
                "--join",
                seed,
                "--threads",
                "1")) {
          assertThat(other.awaitExit(START)).isEqualTo(2);
          assertThat(other.err).hasSize(1);
          assertThat(other.err.get(0))
              .startsWith("patrolsim: refused by the cluster at " + seed)
              .contains(
                  "this worker is patrolsim " + otherCommit,
                  "the cluster runs patrolsim " + PatrolsimVersion.current());
        }
        a.awaitOut(0, l -> l.contains("refused a node of patrolsim " + otherCommit), START);
      }
    }
  }
}
