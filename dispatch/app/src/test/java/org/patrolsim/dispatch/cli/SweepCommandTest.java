// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim sweep} and {@code run --replications} end to end on the real Monaco map, and
 * every kind of bad input: one line, exit code 2, nothing written. About 30 one-day replications,
 * 10-20 s.
 */
@IntegrationTest
class SweepCommandTest {
  static final String CACHE = RunCommandTest.CACHE;

  @TempDir Path dir;

  Path plan(String body) throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(
        file, "scenario: " + RunCommandTest.scenario("monaco-small.yaml") + "\n" + body);
    return file;
  }

  RunCommandTest.Outcome sweep(Path plan, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sweep",
                plan.toString(),
                "--osm",
                RunCommandTest.MONACO,
                "--set",
                CACHE,
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return RunCommandTest.patrolsim(args.toArray(String[]::new));
  }

  @Test
  void writesTheFourFilesTheTableAndADeterministicChart() throws IOException {
    Path plan = plan("grid:\n  fleet.vehicles: [4, 6]\n");
    RunCommandTest.Outcome a =
        sweep(plan, dir.resolve("a"), "--replications", "3", "--threads", "2");
    RunCommandTest.Outcome b =
        sweep(plan, dir.resolve("b"), "--replications", "3", "--threads", "1");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(a.out())
        .contains(
            "fleet.vehicles=4",
            "fleet.vehicles=6",
            "street disposal %",
            "difference from the baseline fleet.vehicles=4");
    for (String file :
        List.of(SweepFiles.JSON, SweepFiles.CSV, SweepFiles.REPLICATIONS, SweepFiles.CHART)) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    String page = Files.readString(dir.resolve("a").resolve(SweepFiles.CHART));
    assertThat(page)
        .contains("<html", "echarts", "street-level disposal", "fleet.vehicles", "</html>")
        .doesNotContain("src=\"http", "href=\"http");
    assertThat(Files.readAllLines(dir.resolve("a").resolve(SweepFiles.REPLICATIONS)))
        .hasSize(1 + 2 * 3);
    assertThat(Files.readString(dir.resolve("a").resolve(SweepFiles.JSON)))
        .contains("\"vsBaseline\"", "\"streetDisposalShare\"", "\"ciLow\"", "\"halfWidth\"");
  }

  @Test
  void oneReplicationKeepsTodaysOutputAndMoreBeginWithIt() throws IOException {
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    RunCommandTest.Outcome today =
        RunCommandTest.patrolsim(
            "run",
            RunCommandTest.scenario("monaco-small.yaml"),
            "--osm",
            RunCommandTest.MONACO,
            "--set",
            CACHE,
            "--out",
            dir.resolve("today").toString());
    RunCommandTest.Outcome r1 =
        RunCommandTest.patrolsim(
            "run",
            RunCommandTest.scenario("monaco-small.yaml"),
            "--osm",
            RunCommandTest.MONACO,
            "--set",
            CACHE,
            "--out",
            one.toString(),
            "--replications",
            "1");
    RunCommandTest.Outcome r3 =
        RunCommandTest.patrolsim(
            "run",
            RunCommandTest.scenario("monaco-small.yaml"),
            "--osm",
            RunCommandTest.MONACO,
            "--set",
            CACHE,
            "--out",
            three.toString(),
            "--replications",
            "3");
    assertThat(List.of(today.exit(), r1.exit(), r3.exit())).as(r3.err()).containsOnly(0);
    for (String file : List.of(ReportFiles.SUMMARY, ReportFiles.INCIDENTS, ReportFiles.DECISIONS)) {
      assertThat(Files.readAllBytes(one.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("today").resolve(file)));
    }
    // replication 0 of three is today's run: same timelines, and its row holds today's KPIs
    for (String file : List.of(ReportFiles.INCIDENTS, ReportFiles.DECISIONS)) {
      assertThat(Files.readAllBytes(three.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
    List<String> rows = Files.readAllLines(three.resolve("replications.csv"));
    assertThat(rows).hasSize(4);
    String todays = Files.readString(one.resolve(ReportFiles.SUMMARY));
    String share =
        rows.get(1)
            .split(",", -1)[
            2 + org.patrolsim.dispatch.kpi.KpiCatalogue.indexOf("streetDisposalShare")];
    assertThat(todays).contains("\"streetDisposalShare\" : " + share);
    assertThat(Files.readString(three.resolve(ReportFiles.SUMMARY)))
        .contains("\"replications\" : 3", "\"kpis\"", "\"ciLow\"");
    assertThat(r3.out()).contains("3 replications", "street-level disposal");
  }

  @Test
  void badInputGivesOneLineExitCodeTwoAndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicels: [4, 6]\n"), out),
        out,
        "plan.yaml: grid (fleet.vehicels=4): ",
        "unknown field 'fleet.vehicels'",
        "vehicles");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: []\n"), out),
        out,
        "plan.yaml: grid.fleet.vehicles: expected a non-empty list of values");
    assertBad(sweep(plan("grid: {}\n"), out), out, "plan.yaml: grid: expected one or two");
    // the cluster's options (shared with optimise through ClusterRunOptions) need --cluster
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [4]\n"), out, "--port", "2552"),
        out,
        "--min-workers, --host, --bind, --port, --secret-file, --keystore and --verbose go with"
            + " --cluster HOST:PORT");
    assertBad(
        sweep(
            plan("grid:\n  fleet.vehicles: [4]\n"),
            out,
            "--cluster",
            "127.0.0.1:1",
            "--threads",
            "2"),
        out,
        "--threads: the workers of --cluster run the replications");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [4]\n"), out, "--target", "streetShare>=0.7"),
        out,
        "--target: unknown KPI 'streetShare'",
        "streetDisposalShare",
        "firstArrivalSeconds.urgent.mean");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [4]\n"), out, "--target", "streetDisposalShare=>0.7"),
        out,
        "--target 'streetDisposalShare=>0.7': 'streetDisposalShare=>0.7' is not a target; expected KPI>=VALUE");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [4]\n"), out, "--target", "streetDisposalShare>=1.5"),
        out,
        "streetDisposalShare>=1.5: 1.5 is not a value streetDisposalShare can take (share of 1, from 0 to 1)");
    assertBad(
        sweep(
            plan("grid:\n  fleet.vehicles: [4]\n"),
            out,
            "--target",
            "firstArrivalSeconds.urgent.mean<=-60"),
        out,
        "-60 is not a value firstArrivalSeconds.urgent.mean can take (seconds, at least 0)");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [0]\n"), out),
        out,
        "fleet.vehicles: expected at least 1 patrol car");
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [4]\nkpis: [streetShare]\n"), out),
        out,
        "plan.yaml: kpis: unknown KPI 'streetShare'");
    assertBad(
        sweep(plan("variants:\n  - {name: a}\n  - {name: a}\n"), out),
        out,
        "plan.yaml: variants[1].name: 'a' is used twice");
    assertBad(
        sweep(plan("gird:\n  fleet.vehicles: [4]\n"), out), out, "plan.yaml: unknown field 'gird'");
    assertBad(sweep(dir.resolve("missing.yaml"), out), out, "missing.yaml: no such plan file");
  }

  @Test
  void aClusterThatCannotBeReachedGivesOneLineAfterABoundedWait() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path out = dir.resolve("out");
    long started = System.nanoTime();
    RunCommandTest.Outcome o =
        sweep(
            plan("grid:\n  fleet.vehicles: [4]\n"),
            out,
            "--cluster",
            "127.0.0.1:" + port,
            "--cluster-timeout",
            "3");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertBad(o, out, "cannot reach the cluster at 127.0.0.1:" + port + " within 3 s");
    assertThat(seconds).isLessThan(60);
    assertBad(
        sweep(plan("grid:\n  fleet.vehicles: [4]\n"), out, "--cluster", "localhost"),
        out,
        "--cluster 'localhost': expected HOST:PORT");
  }

  static void assertBad(RunCommandTest.Outcome o, Path out, String... expected) throws IOException {
    assertThat(o.exit()).as(o.err()).isEqualTo(2);
    assertThat(o.err().lines().toList()).as(o.err()).hasSize(1);
    assertThat(o.err()).startsWith("patrolsim: ").contains(expected);
    if (Files.exists(out)) {
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.toList()).isEmpty();
      }
    }
  }
}
