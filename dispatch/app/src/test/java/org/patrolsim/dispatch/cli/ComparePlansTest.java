// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim compare PLAN PLAN}: two small plans (the default with 24 and with 48 cars, from
 * YAML files written here) run with common random numbers into DIR/a and DIR/b and compared: every
 * KPI has its paired interval, over the replications' equal seeds, and B - A equals the two runs'
 * summaries; a folder and a plan together, run options with two folders, plans of other days, or
 * --out on a run's folder, end in one line.
 */
@IntegrationTest
class ComparePlansTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void twoPlansRunOnCommonSeedsAndGivePairedIntervals() throws IOException {
    Path a = plan("cars-24.yaml", 24, 7);
    Path b = plan("cars-48.yaml", 48, 99);
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.of(
            "compare",
            a.toString(),
            b.toString(),
            "--replications",
            "2",
            "--threads",
            "1",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2 replications each from seed 7 (A's; B's own is 99): common random numbers");

    JsonNode json = JSON.readTree(out.resolve("compare.json").toFile());
    assertThat(json.at("/a/folder").asText()).isEqualTo(out.resolve("a").toString());
    assertThat(json.at("/b/folder").asText()).isEqualTo(out.resolve("b").toString());
    assertThat(json.at("/a/seeds")).isEqualTo(json.at("/b/seeds")).hasSize(2);
    assertThat(json.at("/paired/available").asBoolean()).isTrue();
    assertThat(json.at("/paired/pairs").asInt()).isEqualTo(2);

    JsonNode summaryA = JSON.readTree(out.resolve("a/summary.json").toFile());
    JsonNode summaryB = JSON.readTree(out.resolve("b/summary.json").toFile());
    assertThat(summaryA.get("seed").asLong()).isEqualTo(7);
    assertThat(summaryB.get("seed").asLong()).isEqualTo(7);
    JsonNode street = json.get("kpis").get(KpiCatalogue.indexOf("streetDisposalShare"));
    BigDecimal meanA = summaryA.at("/kpis/streetDisposalShare/mean").decimalValue();
    BigDecimal meanB = summaryB.at("/kpis/streetDisposalShare/mean").decimalValue();
    assertThat(street.get("delta").decimalValue().compareTo(meanB.subtract(meanA))).isZero();
    assertThat(street.at("/paired/n").asInt()).isEqualTo(2);
    assertThat(street.at("/paired/ciLow").asDouble())
        .isLessThanOrEqualTo(street.at("/paired/mean").asDouble())
        .isLessThanOrEqualTo(street.at("/paired/ciHigh").asDouble());
    // twice the cars settle more on the street, in both pairs
    assertThat(meanB).isGreaterThan(meanA);
    assertThat(out.resolve("compare.html")).isRegularFile();
  }

  @Test
  void aFolderAndAPlanTogetherAreOneLine() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a-run"));
    Path b = plan("cars-48.yaml", 48, 1);
    CliRun r = CliRun.of("compare", folder.toString(), b.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: A "
                + folder
                + " is a folder but B "
                + b
                + " a plan; expected two run output folders or two plans (scenario files or"
                + " bundled names)");

    r = CliRun.of("compare", "default", dir.resolve("nowhere").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("B " + dir.resolve("nowhere") + ": no such folder or scenario");

    Path other = Files.createDirectories(dir.resolve("b-run"));
    r = CliRun.of("compare", folder.toString(), other.toString(), "--seed", "3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: --replications, --seed, --days, --osm, --set and --threads go with two"
                + " plans to run, not with two run output folders");

    Path twoDays = dir.resolve("two-days.yaml");
    Files.writeString(twoDays, Files.readString(b).replace("\ndays: 1\n", "\ndays: 2\n"));
    r =
        CliRun.of(
            "compare", b.toString(), twoDays.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: B "
                + twoDays
                + ": days 2, but A "
                + b
                + " has 1; expected two plans of the same days (or give --days)");
    assertThat(dir.resolve("o")).doesNotExist();

    r = CliRun.of("compare", "default", b.toString(), "--replications", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: --replications: expected at least 2 (a paired interval needs two pairs),"
                + " got 1");
  }

  @Test
  void outOnARunsFolderIsRefused() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.writeString(run.resolve("summary.json"), "{}");
    CliRun r =
        CliRun.of(
            "compare", "default", plan("cars-24.yaml", 24, 1).toString(), "--out", run.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: --out "
                + run
                + ": holds a run's output (summary.json), whose compare.json would be"
                + " overwritten; expected a folder of its own for the comparison");
    assertThat(run.resolve("compare.json")).doesNotExist();
  }

  /** The bundled default plan (one day) with {@code cars} cars, from {@code seed}. */
  private Path plan(String name, int cars, long seed) throws IOException {
    String yaml;
    try (InputStream in =
        ComparePlansTest.class
            .getClassLoader()
            .getResourceAsStream("org/patrolsim/dispatch/scenario/default-scenario.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(yaml).contains("\nseed: 1\ndays: 1\n").contains("\n  vehicles: 48\n");
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        yaml.replace("\nseed: 1\n", "\nseed: " + seed + "\n")
            .replace("\n  vehicles: 48\n", "\n  vehicles: " + cars + "\n"));
    return file;
  }
}
