// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * Progress written to a file or a pipe is a few plain lines, one per tenth of the work, not a bar
 * redrawn with carriage returns thousands of times (a log file of a year's run held thousands).
 */
@IntegrationTest
class ProgressOutputTest {
  @TempDir Path dir;

  static List<String> progressLines(List<String> err) {
    return err.stream()
        .filter(l -> l.contains("simulating") || l.contains("replications"))
        .toList();
  }

  @Test
  void aRunPipedWritesAPlainLinePerTenth() {
    try (JvmProcess run =
        JvmProcess.start(
            "run-piped",
            List.of("-Dpatrolsim.progress.showAfterMs=0"),
            "run",
            RunCommandTest.scenario("monaco-small.yaml"),
            "--osm",
            RunCommandTest.MONACO,
            "--set",
            RunCommandTest.CACHE,
            "--days",
            "3",
            "--out",
            dir.resolve("out").toString())) {
      assertThat(run.awaitExit(Duration.ofMinutes(5))).as(String.join("\n", run.err)).isZero();
      List<String> progress = progressLines(run.err);
      assertThat(progress)
          .as(String.join("\n", run.err))
          .hasSizeBetween(2, ProgressLines.STEPS + 1);
      assertThat(progress)
          .allMatch(
              l -> l.matches("patrolsim: simulating \\d+ % \\(\\d+ of 72 h, \\d+ s so far\\)"));
      assertThat(progress.get(progress.size() - 1))
          .startsWith("patrolsim: simulating 100 % (72 of 72 h");
    }
  }

  @Test
  void replicationsInALogAreALinePerTenthAndTheEnd() {
    StringWriter log = new StringWriter();
    try (ReplicationProgress progress = new ReplicationProgress(new PrintWriter(log), 0)) {
      progress.planned(40);
      for (int i = 0; i < 40; i++) {
        progress.done();
      }
    }
    assertThat(log.toString()).doesNotContain("\r");
    assertThat(log.toString().lines().map(l -> l.replaceAll(", \\d+ s so far", "")))
        .containsExactly(
            "patrolsim: replications 0 % (1 of 40)",
            "patrolsim: replications 10 % (4 of 40)",
            "patrolsim: replications 20 % (8 of 40)",
            "patrolsim: replications 30 % (12 of 40)",
            "patrolsim: replications 40 % (16 of 40)",
            "patrolsim: replications 50 % (20 of 40)",
            "patrolsim: replications 60 % (24 of 40)",
            "patrolsim: replications 70 % (28 of 40)",
            "patrolsim: replications 80 % (32 of 40)",
            "patrolsim: replications 90 % (36 of 40)",
            "patrolsim: replications 100 % (40 of 40)");
  }

  @Test
  void workThatFailsHalfwayEndsWithoutAHundredPerCent() {
    StringWriter log = new StringWriter();
    try (ProgressLines lines =
        new ProgressLines("simulating", " h", 8760, System.nanoTime(), new PrintWriter(log))) {
      for (long h = 0; h <= 4380; h++) {
        lines.stepTo(h);
      }
    }
    assertThat(log.toString().lines()).hasSize(6).noneMatch(l -> l.contains("100 %"));
  }
}
