// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.sensitivity.ModelInputs;
import org.patrolsim.dispatch.sensitivity.SensitivityFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim sensitivity} end to end on the real Monaco map (monaco-small, one day, one
 * input, two replications: 12 one-day runs), and every kind of bad input: one line, exit code 2,
 * nothing written.
 */
@IntegrationTest
class SensitivityCommandTest {
  @TempDir Path dir;

  RunCommandTest.Outcome sensitivity(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sensitivity",
                RunCommandTest.scenario("monaco-small.yaml"),
                "--osm",
                RunCommandTest.MONACO,
                "--set",
                RunCommandTest.CACHE,
                "--days",
                "1",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return RunCommandTest.patrolsim(args.toArray(String[]::new));
  }

  @Test
  void theSameCommandTwiceGivesTheSameFilesWhateverTheThreads() throws IOException {
    RunCommandTest.Outcome a =
        sensitivity(
            dir.resolve("a"), "--inputs", "handover", "--replications", "2", "--threads", "2");
    RunCommandTest.Outcome b =
        sensitivity(
            dir.resolve("b"), "--inputs", "handover", "--replications", "2", "--threads", "1");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    for (String file :
        List.of(SensitivityFiles.JSON, SensitivityFiles.CSV, SensitivityFiles.HTML)) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    assertThat(a.out())
        .contains(
            "street-level disposal (streetDisposalShare): plan",
            "1  handover",
            "high - low",
            "sensitivity.json",
            "patrolsim sensitivity --inputs-markdown");
    String json = Files.readString(dir.resolve("a").resolve(SensitivityFiles.JSON));
    assertThat(json)
        .contains(
            "\"name\" : \"handover\"",
            "\"path\" : \"fleet.handoverMinutes\"",
            "\"rank\" : 1",
            "\"effect\"",
            "\"ciLow\"",
            "\"kpi\" : \"incidents.stationCallOuts\"");
    // one row per headline KPI and input, after the header
    assertThat(Files.readAllLines(dir.resolve("a").resolve(SensitivityFiles.CSV))).hasSize(1 + 6);
    String html = Files.readString(dir.resolve("a").resolve(SensitivityFiles.HTML));
    assertThat(html)
        .contains("echarts.init", "\"handover\"")
        .doesNotContain("src=\"http", "href=\"http");
    try (var files = Files.list(dir.resolve("a"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              SensitivityFiles.JSON, SensitivityFiles.CSV, SensitivityFiles.HTML);
    }
  }

  @Test
  void inputsMarkdownPrintsTheRegistrysTable() {
    RunCommandTest.Outcome o = RunCommandTest.patrolsim("sensitivity", "--inputs-markdown");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).isEqualTo(ModelInputs.bundled().markdownTable());
  }

  @Test
  void badInputIsOneLineExitCodeTwoAndNoOutput() {
    Path out = dir.resolve("out");
    assertRejected(
        sensitivity(out, "--inputs", "handover,nope"),
        out,
        "--inputs: unknown input 'nope'; expected some" + " of [call-volume,");
    assertRejected(
        sensitivity(out, "--replications", "1"), out, "--replications: expected at least 2");
    assertRejected(
        sensitivity(out, "--kpis", "streetDisposal"), out, "--kpis: unknown KPI 'streetDisposal'");
    assertRejected(
        sensitivity(out, "--threads", "0"), out, "--threads: expected at least 1, got 0");
    assertRejected(
        RunCommandTest.patrolsim(
            "sensitivity", dir.resolve("nosuch.yaml").toString(), "--out", out.toString()),
        out,
        "nosuch.yaml: no such scenario file");
    // a plan whose turnout p90 is 150 s: the bundled station-turnout range's high end, a median of
    // 180 s, is refused
    assertRejected(
        sensitivity(out, "--inputs", "station-turnout", "--set", "response.turnoutSeconds.p90=150"),
        out,
        "input station-turnout: its high end response.turnoutSeconds.median=180 is refused: ",
        "response.turnoutSeconds.p90");
  }

  static void assertRejected(RunCommandTest.Outcome o, Path out, String... messageParts) {
    assertThat(o.exit()).as(o.err()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err()).startsWith("patrolsim: ");
    for (String part : messageParts) {
      assertThat(o.err()).contains(part);
    }
    assertThat(Files.exists(out)).isFalse();
  }
}
