// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;

/** The output folder: all files or none, gzipped large files, and one form of each file. */
class ReportFilesTest {
  @TempDir Path dir;

  static void write(Path out, boolean gzip) {
    try (ReportFiles files = ReportFiles.in(out, gzip)) {
      RunFold fold = RunFold.of(files.tables());
      RunReportTest.fourCalls().forEach(fold);
      files.writeSummary(fold.finish());
      files.commit();
    }
  }

  static List<String> names(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void gzipCompressesOnlyTheLargeFilesWithTheSameBytesInside() throws Exception {
    write(dir.resolve("plain"), false);
    write(dir.resolve("gz"), true);
    assertThat(names(dir.resolve("gz")))
        .containsExactly("decisions.jsonl.gz", "incidents.csv.gz", "summary.json");
    for (String name : List.of(ReportFiles.INCIDENTS, ReportFiles.DECISIONS)) {
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(dir.resolve("gz").resolve(name + ".gz")))) {
        assertThat(in.readAllBytes())
            .as(name)
            .isEqualTo(Files.readAllBytes(dir.resolve("plain").resolve(name)));
      }
    }
    assertThat(Files.readAllBytes(dir.resolve("gz").resolve(ReportFiles.SUMMARY)))
        .isEqualTo(Files.readAllBytes(dir.resolve("plain").resolve(ReportFiles.SUMMARY)));
  }

  @Test
  void aCommittedFileReplacesItsOtherFormFromAnEarlierRun() throws Exception {
    Path out = dir.resolve("out");
    write(out, false);
    write(out, true);
    assertThat(names(out))
        .containsExactly("decisions.jsonl.gz", "incidents.csv.gz", "summary.json");
    write(out, false);
    assertThat(names(out)).containsExactly("decisions.jsonl", "incidents.csv", "summary.json");
  }

  @Test
  void aRunThatFailsHalfWayLeavesNoFileAndNoStagingFolder() throws Exception {
    Path out = dir.resolve("out");
    List<DispatchEvent> broken = new java.util.ArrayList<>(RunReportTest.fourCalls());
    broken.add(12, new DispatchEvent.Arrived(55 * RunReportTest.MIN, 1, RunReportTest.CAR_1, true));
    try (ReportFiles files = ReportFiles.in(out, false)) {
      RunFold fold = RunFold.of(files.tables());
      assertThatThrownBy(() -> broken.forEach(fold))
          .hasMessageContaining("broken invariant: incident 1");
      assertThat(names(out))
          .as("the files written so far are in the staging folder only")
          .hasSize(1)
          .allMatch(n -> n.startsWith(".partial-"));
    }
    assertThat(names(out)).isEmpty();
  }

  @Test
  void nothingIsMadeBeforeTheFirstFileIsOpened() {
    Path out = dir.resolve("never");
    try (ReportFiles files = ReportFiles.in(out, true)) {
      assertThat(files.fileName(ReportFiles.INCIDENTS, true)).isEqualTo("incidents.csv.gz");
      assertThat(files.fileName(ReportFiles.SUMMARY, false)).isEqualTo("summary.json");
    }
    assertThat(Files.exists(out)).isFalse();
  }
}
