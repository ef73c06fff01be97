// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.sweep.SweepJournal;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * A sweep whose JVM is killed (SIGKILL, no shutdown hook) mid-sweep, resumed with {@code --resume}:
 * the replications its journal holds are not run again (the console counts them) and the final
 * files are byte for byte those of an uninterrupted run; a rerun of a finished sweep runs nothing.
 * Costs one JVM start and about 30 one-day replications of monaco-small.yaml, 20-40 s.
 */
@IntegrationTest
class SweepResumeTest {
  static final int REPLICATIONS = 2 * 6;
  static final Duration LIMIT = Duration.ofMinutes(5);

  @TempDir Path dir;

  Path plan() throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(
        file,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\nreplications: 6\n"
            + "grid:\n  fleet.vehicles: [4, 6]\n");
    return file;
  }

  String[] sweep(Path plan, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sweep",
                plan.toString(),
                "--osm",
                RunCommandTest.MONACO,
                "--set",
                RunCommandTest.CACHE));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aKilledSweepResumesWithOnlyWhatItLackedAndWritesTheSameFiles() throws IOException {
    Path plan = plan();
    Path whole = dir.resolve("whole");
    RunCommandTest.Outcome uninterrupted =
        RunCommandTest.patrolsim(sweep(plan, "--out", whole.toString(), "--threads", "2"));
    assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();
    assertThat(uninterrupted.out())
        .contains(REPLICATIONS + " replication(s) run now, 0 taken from it");

    Path killed = dir.resolve("killed");
    Path journal = killed.resolve(SweepJournal.FILE);
    try (JvmProcess producer =
        JvmProcess.start(
            "sweep-killed", List.of(), sweep(plan, "--out", killed.toString(), "--threads", "1"))) {
      awaitLines(producer, journal, 1 + 3);
      producer.kill();
      assertThat(producer.awaitExit(LIMIT)).as("killed").isNotZero();
    }
    int finished = Files.readAllLines(journal).size() - 1;
    assertThat(finished).as("results journaled before the kill").isBetween(3, REPLICATIONS - 1);
    assertThat(killed.resolve(SweepFiles.JSON)).doesNotExist();

    RunCommandTest.Outcome resumed =
        RunCommandTest.patrolsim(sweep(plan, "--resume", killed.toString(), "--threads", "2"));
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out())
        .contains(
            "resuming from " + journal + ": " + finished + " finished replication(s) taken from it",
            (REPLICATIONS - finished) + " replication(s) run now, " + finished + " taken from it");
    for (String file :
        List.of(SweepFiles.JSON, SweepFiles.CSV, SweepFiles.REPLICATIONS, SweepFiles.CHART)) {
      assertThat(Files.readAllBytes(killed.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(Files.readAllLines(journal))
        .hasSize(1 + REPLICATIONS + 1)
        .endsWith("{\"finished\":true}");

    // the same command again on a finished folder: nothing to run, the same files
    RunCommandTest.Outcome again = RunCommandTest.patrolsim(sweep(plan, "--out", whole.toString()));
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("0 replication(s) run now, " + REPLICATIONS + " taken from it");
    assertThat(Files.readAllBytes(whole.resolve(SweepFiles.JSON)))
        .isEqualTo(Files.readAllBytes(killed.resolve(SweepFiles.JSON)));

    // another plan on a finished sweep's folder replaces it (nothing unfinished is lost), and says
    // so
    RunCommandTest.Outcome other =
        RunCommandTest.patrolsim(sweep(plan, "--out", whole.toString(), "--replications", "1"));
    assertThat(other.exit()).as(other.err()).isZero();
    assertThat(other.out())
        .contains(
            whole.resolve(SweepJournal.FILE)
                + " held the finished sweep of another plan"
                + " (plan.yaml, 2 variant(s) x 6 replications, patrolsim ",
            "; replacing it",
            "2 replication(s) run now, 0 taken");
  }

  @Test
  void aFolderWithoutAJournalOrAnOutThatIsAFileIsRefusedBeforeAnyWork() throws IOException {
    Path plan = plan();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim(sweep(plan, "--resume", empty.toString())),
        empty,
        "--resume " + empty + ": no sweep journal there");
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim(sweep(plan, "--out", file.toString())),
        empty,
        "--out " + file + ": is a file, expected a folder");
    assertThat(Files.readString(file)).isEqualTo("mine\n");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim(sweep(plan, "--out", file.resolve("sweep").toString())),
        empty,
        "lies under the file " + file + ", expected a folder");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim(
            sweep(plan, "--resume", empty.toString(), "--out", dir.resolve("other").toString())),
        empty,
        "name different folders");
  }

  /**
   * Waits, on the process rather than a sleep, until {@code journal} holds {@code lines} whole
   * lines.
   */
  static void awaitLines(JvmProcess process, Path journal, int lines) throws IOException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (System.nanoTime() < deadline && process.process.isAlive()) {
      if (Files.exists(journal)
          && Files.readString(journal).chars().filter(c -> c == '\n').count() >= lines) {
        return;
      }
      try {
        process.process.waitFor(20, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(
        "no "
            + lines
            + " lines in "
            + journal
            + " while "
            + process.name
            + " ran; out "
            + process.out
            + ", err "
            + process.err);
  }
}
