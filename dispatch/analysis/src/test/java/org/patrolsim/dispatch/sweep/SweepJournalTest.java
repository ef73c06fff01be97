// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * The sweep journal: results round-trip bit for bit, a sweep cut short (its journal ending after k
 * results and half a line, as a killed process leaves it) resumes by running only the missing
 * replications and writes the same bytes as an uninterrupted run, and a journal of another plan or
 * a damaged line is refused with one line. Six one-day replications of monaco-small.yaml and four
 * more, about 10 s.
 */
@IntegrationTest
class SweepJournalTest {
  static final String VERSION = "test-1";
  static final String GRID = "grid:\n  fleet.vehicles: [4, 6]\n";

  @TempDir Path dir;

  SweepSetup setup(int replications) {
    return SweepSetup.of(
        SweepPlanReader.read(MonacoSweeps.plan(dir, GRID)), MonacoSweeps.options(replications));
  }

  @Test
  void aResultComesBackFromItsLineBitForBit() {
    SweepSetup setup = setup(3);
    Random random = new Random(23);
    double[] special = {
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      -0.0,
      0.0,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.MIN_NORMAL,
      0.1 + 0.2,
      1.0 / 3,
      1e-300,
      123456789.12345679
    };
    for (int round = 0; round < 200; round++) {
      double[] kpis = new double[KpiCatalogue.size()];
      for (int k = 0; k < kpis.length; k++) {
        kpis[k] =
            switch (random.nextInt(4)) {
              case 0 -> special[random.nextInt(special.length)];
              case 1 -> Double.longBitsToDouble(random.nextLong());
              case 2 -> random.nextDouble();
              default -> random.nextInt(1000) * 0.001;
            };
      }
      ReplicationResult r = new ReplicationResult(round % 2, round % 3, kpis);
      String line = SweepJournal.line(r);
      assertThat(line).endsWith("\n").doesNotContain("\n\n");
      ReplicationResult back = SweepJournal.result(dir, 2, line.strip(), setup);
      // Arrays.equals compares doubleToLongBits: -0.0 is not 0.0, every NaN is the one NaN a KPI
      // can be
      assertThat(back).isEqualTo(r);
      for (int k = 0; k < kpis.length; k++) {
        if (!Double.isNaN(kpis[k])) {
          assertThat(Double.doubleToRawLongBits(back.kpis()[k]))
              .isEqualTo(Double.doubleToRawLongBits(kpis[k]));
        }
      }
    }
  }

  @Test
  void aSweepCutShortResumesWithOnlyTheMissingReplicationsAndWritesTheSameFiles()
      throws IOException {
    SweepSetup setup = setup(3);
    Path whole = dir.resolve("whole");
    Counting first = new Counting();
    runAndWrite(setup, whole, first);
    assertThat(first.run).hasSize(6);
    List<String> lines = Files.readAllLines(whole.resolve(SweepJournal.FILE));
    assertThat(lines).hasSize(1 + 6 + 1).endsWith(SweepJournal.FINISHED);

    // a run killed after its 2nd result, in the middle of writing its 3rd: the first line, two
    // whole
    // result lines, and the first half of the third, without its line end
    Path cut = dir.resolve("cut");
    Files.createDirectories(cut);
    String third = lines.get(3);
    Files.writeString(
        cut.resolve(SweepJournal.FILE),
        String.join("\n", lines.subList(0, 3)) + "\n" + third.substring(0, third.length() / 2),
        StandardCharsets.UTF_8);
    Set<TaskKey> journaled = new TreeSet<>();
    for (String line : lines.subList(1, 3)) {
      journaled.add(SweepJournal.result(cut, 0, line, setup).key());
    }

    SweepJournal resumed = SweepJournal.read(cut, setup, VERSION, true);
    assertThat(resumed.resumable()).isTrue();
    assertThat(resumed.droppedHalfLine()).isTrue();
    assertThat(resumed.finished()).hasSize(2);
    Counting second = new Counting();
    runAndWrite(setup, cut, second);
    assertThat(second.run).hasSize(4).doesNotContainAnyElementsOf(journaled);
    Set<TaskKey> all = new TreeSet<>(second.run);
    all.addAll(journaled);
    assertThat(all).hasSize(6);
    for (String file :
        List.of(SweepFiles.JSON, SweepFiles.CSV, SweepFiles.REPLICATIONS, SweepFiles.CHART)) {
      assertThat(Files.readAllBytes(cut.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    // the half line is gone; the journal is whole again and holds every replication once
    SweepJournal after = SweepJournal.read(cut, setup, VERSION, true);
    assertThat(after.droppedHalfLine()).isFalse();
    assertThat(new TreeSet<>(after.finished().stream().map(ReplicationResult::key).toList()))
        .isEqualTo(all);
    assertThat(Files.readAllLines(cut.resolve(SweepJournal.FILE)))
        .hasSize(1 + 6 + 1)
        .endsWith(SweepJournal.FINISHED);

    // a rerun on the finished folder runs nothing and writes the same files again
    Counting rerun = new Counting();
    runAndWrite(setup, whole, rerun);
    assertThat(rerun.run).isEmpty();
    assertThat(Files.readAllLines(whole.resolve(SweepJournal.FILE))).isEqualTo(lines);
    assertThat(Files.readAllBytes(whole.resolve(SweepFiles.JSON)))
        .isEqualTo(Files.readAllBytes(cut.resolve(SweepFiles.JSON)));
  }

  @Test
  void aGoalSearchResumesToTheSameFilesAndTakesWhatAPlainSweepLeft() throws IOException {
    // replications whose values are written here (GoalBindingTest): the search needs looks at 5 and
    // 10
    SweepSetup setup =
        SweepSetup.of(
            SweepPlanReader.read(MonacoSweeps.plan(dir, GoalBindingTest.THREE)),
            MonacoSweeps.options(20));
    List<Target> targets = Target.parseAll("streetDisposalShare>=0.9,incidents.stationCallOuts<=2");
    GoalBindingTest.Written values =
        new GoalBindingTest.Written(
            (v, r) -> {
              double[] kpis = new double[KpiCatalogue.size()];
              kpis[GoalBindingTest.SHARE] = 0.3 + 0.05 * v + (r % 2 == 0 ? -0.01 : 0.01);
              kpis[GoalBindingTest.CALL_OUTS] = GoalBindingTest.fewAtTheLargest(v, r);
              return kpis;
            });
    Path whole = dir.resolve("whole");
    Counting first = new Counting();
    first.inner = values;
    search(setup, targets, whole, first);
    assertThat(first.run).hasSize(3 * 5 + 5);

    Path cut = Files.createDirectories(dir.resolve("cut"));
    List<String> lines = Files.readAllLines(whole.resolve(SweepJournal.FILE));
    Files.writeString(
        cut.resolve(SweepJournal.FILE), String.join("\n", lines.subList(0, 1 + 17)) + "\n{\"vari");
    Counting resumed = new Counting();
    resumed.inner = values;
    search(setup, targets, cut, resumed);
    assertThat(resumed.run).hasSize(20 - 17);
    Path plain = dir.resolve("plain");
    Counting all = new Counting();
    all.inner = values;
    try (SweepJournal journal = SweepJournal.read(plain, setup, VERSION, false)) {
      journal.open();
      Sweep.run(setup, List.of(), all, SweepProgress.none(), List.of(), journal::append);
    }
    assertThat(all.run).hasSize(3 * 20);
    Counting none = new Counting();
    none.inner = values;
    search(setup, targets, plain, none);
    assertThat(none.run).isEmpty();
    for (String file :
        List.of(SweepFiles.JSON, SweepFiles.CSV, SweepFiles.REPLICATIONS, SweepFiles.CHART)) {
      assertThat(Files.readAllBytes(cut.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
      assertThat(Files.readAllBytes(plain.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
  }

  static void search(SweepSetup setup, List<Target> targets, Path out, Counting counting) {
    try (SweepJournal journal = SweepJournal.read(out, setup, VERSION, false)) {
      journal.open();
      SweepFiles.write(
          Sweep.run(
              setup, targets, counting, SweepProgress.none(), journal.finished(), journal::append),
          out);
      journal.finish();
    }
  }

  @Test
  void aJournalOfAnotherUnfinishedPlanOrWithADamagedLineIsRefusedWithOneLine() throws IOException {
    SweepSetup three = setup(3);
    Path out = dir.resolve("out");
    try (SweepJournal journal = SweepJournal.read(out, three, VERSION, false)) {
      journal.open();
      journal.append(new ReplicationResult(1, 2, new double[KpiCatalogue.size()]));
    }
    assertThat(SweepJournal.read(out, three, VERSION, false).finished()).hasSize(1);
    assertRefused(
        () -> SweepJournal.read(out, setup(4), VERSION, false),
        "sweep-journal.jsonl: the journal of"
            + " another sweep (plan.yaml, 2 variant(s) x 3 replications, patrolsim test-1), not finished, not of this one"
            + " (plan.yaml, 2 variant(s) x 4 replications, patrolsim test-1); resume it with the plan and options");
    assertRefused(
        () -> SweepJournal.read(out, three, "test-2", false),
        "patrolsim test-1), not finished",
        "patrolsim test-2");
    // once that sweep has finished (its files written), a sweep of another plan replaces its
    // journal, but
    // resuming it as this plan is still refused
    try (SweepJournal journal = SweepJournal.read(out, three, VERSION, false)) {
      journal.open();
      journal.finish();
    }
    SweepJournal replacing = SweepJournal.read(out, setup(4), VERSION, false);
    assertThat(replacing.replaced())
        .isEqualTo("plan.yaml, 2 variant(s) x 3 replications, patrolsim test-1");
    assertThat(replacing.resumable()).isFalse();
    assertThat(replacing.finished()).isEmpty();
    assertRefused(
        () -> SweepJournal.read(out, setup(4), VERSION, true),
        "the journal of another sweep (plan.yaml,"
            + " 2 variant(s) x 3 replications, patrolsim test-1), not of this one");
    Path file = out.resolve(SweepJournal.FILE);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    assertThat(lines).hasSize(3).endsWith(SweepJournal.FINISHED);
    lines.add(1, "{\"variant\":0,\"replication\":1,\"kpis\":[1.0,2.0]}");
    Files.write(file, lines);
    assertRefused(
        () -> SweepJournal.read(out, three, VERSION, false),
        "sweep-journal.jsonl: line 2: expected " + KpiCatalogue.size() + " KPI values, got 2");
    lines.set(1, "{\"variant\":2,\"replication\":1,\"kpis\":[]}");
    Files.write(file, lines);
    assertRefused(
        () -> SweepJournal.read(out, three, VERSION, false),
        "line 2: variant 2 replication 1 is not in this" + " sweep (2 variants x 3)");
    Files.writeString(file, "variant,replication\n");
    assertRefused(
        () -> SweepJournal.read(out, three, VERSION, false),
        "line 1: not a patrolsim sweep journal");
  }

  @Test
  void aFirstLineCutShortStartsAfreshAndASecondWriterIsRefused() throws IOException {
    SweepSetup setup = setup(3);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path file = out.resolve(SweepJournal.FILE);
    Files.writeString(file, "{\"journal\":\"patrolsim sw");
    SweepJournal cut = SweepJournal.read(out, setup, VERSION, false);
    assertThat(cut.resumable()).isFalse();
    assertThat(cut.finished()).isEmpty();
    try (SweepJournal journal = cut) {
      journal.open();
      journal.append(new ReplicationResult(0, 0, new double[KpiCatalogue.size()]));
      assertRefused(
          () -> SweepJournal.read(out, setup, VERSION, false).open(),
          "sweep-journal.jsonl: another sweep is writing this journal");
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(
            "{\"journal\":\"patrolsim sweep journal\",\"format\":1,\"fingerprint\":\""
                + SweepJournal.fingerprint(setup, VERSION)
                + "\"");
    assertThat(SweepJournal.read(out, setup, VERSION, false).finished()).hasSize(1);
  }

  @Test
  void aFingerprintChangesWithTheScenarioAndNotWithWhereTheSweepRuns() {
    String base = SweepJournal.fingerprint(setup(3), VERSION);
    assertThat(SweepJournal.fingerprint(setup(3), VERSION)).isEqualTo(base).hasSize(64);
    SweepSetup otherSeed =
        SweepSetup.of(
            SweepPlanReader.read(MonacoSweeps.plan(dir, GRID)),
            new SweepOptions(
                3, null, 99L, MonacoSweeps.MONACO, List.of("map.cacheDir=" + MonacoSweeps.CACHE)));
    SweepSetup otherField =
        SweepSetup.of(
            SweepPlanReader.read(MonacoSweeps.plan(dir, GRID)),
            new SweepOptions(
                3,
                null,
                null,
                MonacoSweeps.MONACO,
                List.of("map.cacheDir=" + MonacoSweeps.CACHE, "incidents.perDay=301")));
    assertThat(
            List.of(
                SweepJournal.fingerprint(otherSeed, VERSION),
                SweepJournal.fingerprint(otherField, VERSION),
                SweepJournal.fingerprint(setup(4), VERSION),
                SweepJournal.fingerprint(setup(3), "test-2")))
        .doesNotContain(base)
        .doesNotHaveDuplicates();
  }

  static void assertRefused(Runnable read, String... expected) {
    assertThatThrownBy(read::run)
        .isInstanceOf(SweepInputError.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(expected).doesNotContain("\n"));
  }

  /**
   * Resumes from (or starts) the journal in {@code out}, runs what is missing, and writes the
   * files.
   */
  static void runAndWrite(SweepSetup setup, Path out, Counting counting) {
    SweepJournal journal = SweepJournal.read(out, setup, VERSION, false);
    try (LocalReplications local = LocalReplications.start(2);
        SweepJournal appending = journal) {
      counting.inner = local;
      appending.open();
      SweepResult result =
          Sweep.run(
              setup,
              List.of(),
              counting,
              SweepProgress.none(),
              journal.finished(),
              appending::append);
      SweepFiles.write(result, out);
      appending.finish();
    }
  }

  /** An executor that records which replications it was asked to run. */
  static final class Counting implements ReplicationExecutor {
    final List<TaskKey> run = new ArrayList<>();
    ReplicationExecutor inner;

    @Override
    public CompletionStage<Void> run(
        List<ReplicationTask> tasks, Consumer<ReplicationResult> results) {
      tasks.forEach(t -> run.add(t.key()));
      return inner.run(tasks, results);
    }

    @Override
    public int parallelism() {
      return inner.parallelism();
    }

    @Override
    public void close() {}
  }
}
