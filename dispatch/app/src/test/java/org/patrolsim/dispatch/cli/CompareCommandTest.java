// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim compare} of two real one-day runs of the default plan, with 24 and with 48 cars:
 * compare.json's A, B and B - A of every KPI equal the two summary.json's values and their exact
 * difference; the console leads with the headline deltas; the same folders give the same bytes;
 * folders that are not run outputs or ran other days end in one line and exit code 2.
 */
@IntegrationTest
class CompareCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path a24;
  static Path b48;

  @BeforeAll
  static void runTheDefaultPlanWith24And48Cars() {
    a24 = run(24);
    b48 = run(48);
  }

  static Path run(int cars) {
    Path out = dir.resolve("cars-" + cars);
    CliRun r =
        CliRun.of("run", "--days", "1", "--set", "fleet.vehicles=" + cars, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @Test
  void compareJsonHoldsEveryKpiOfBothSummariesAndTheirExactDifference() throws IOException {
    Path out = dir.resolve("compare");
    CliRun r = CliRun.of("compare", a24.toString(), b48.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();

    double[] a = values(a24);
    double[] b = values(b48);
    JsonNode json = JSON.readTree(out.resolve("compare.json").toFile());
    JsonNode kpis = json.get("kpis");
    assertThat(kpis).hasSize(KpiCatalogue.size());
    for (int k = 0; k < KpiCatalogue.size(); k++) {
      Kpi kpi = KpiCatalogue.all().get(k);
      JsonNode row = kpis.get(k);
      assertThat(row.get("key").asText()).isEqualTo(kpi.key());
      if (Double.isNaN(a[k]) || Double.isNaN(b[k])) {
        assertThat(row.get("delta").isNull()).as(kpi.key()).isTrue();
        continue;
      }
      assertThat(row.get("a").asDouble()).as(kpi.key()).isEqualTo(a[k]);
      assertThat(row.get("b").asDouble()).as(kpi.key()).isEqualTo(b[k]);
      BigDecimal exact = BigDecimal.valueOf(b[k]).subtract(BigDecimal.valueOf(a[k]));
      assertThat(row.get("delta").decimalValue().compareTo(exact))
          .as(kpi.key() + ": " + row.get("delta") + " against " + exact)
          .isZero();
      assertThat(row.get("paired").isNull()).isTrue();
    }
    // the plans differ where they should: twice the cars settle more on the street
    assertThat(b[KpiCatalogue.indexOf("streetDisposalShare")])
        .isGreaterThan(a[KpiCatalogue.indexOf("streetDisposalShare")]);
    assertThat(json.get("paired").get("available").asBoolean()).isFalse();
    assertThat(json.get("paired").get("why").asText()).startsWith("A and B are single runs");
    assertThat(json.get("a").get("folder").asText()).isEqualTo(a24.toString());

    // the console: one line per headline KPI with A, B and B - A
    for (Kpi kpi : KpiCatalogue.MAIN) {
      assertThat(r.out()).contains(kpi.label()).contains("B-A");
    }
    assertThat(r.out()).contains("written to " + out + ": compare.json, compare.html");

    // the same folders, the same bytes
    Path again = dir.resolve("compare-again");
    assertThat(
            CliRun.of("compare", a24.toString(), b48.toString(), "--out", again.toString())
                .exitCode())
        .isZero();
    for (String file : new String[] {"compare.json", "compare.html"}) {
      assertThat(Files.readAllBytes(again.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(out.resolve(file)));
    }
  }

  @Test
  void aFolderThatIsNotARunOrRanOtherDaysIsOneLine() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun r = CliRun.of("compare", a24.toString(), empty.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: B "
                + empty
                + ": not a run's output (no summary.json), expected a folder written by"
                + " patrolsim run --out");

    Path twoDays = Files.createDirectories(dir.resolve("two-days"));
    Files.copy(a24.resolve("hexagons.geojson"), twoDays.resolve("hexagons.geojson"));
    Files.writeString(
        twoDays.resolve("summary.json"),
        Files.readString(a24.resolve("summary.json")).replace("\"days\" : 1,", "\"days\" : 2,"));
    r = CliRun.of("compare", a24.toString(), twoDays.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "patrolsim: B "
                + twoDays
                + ": 2 day(s), but A "
                + a24
                + " has 1; expected two runs of the same number of days");

    r = CliRun.of("compare", a24.toString(), b48.toString(), "--out", b48.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("is an input folder");
  }

  @SuppressWarnings("unchecked")
  static double[] values(Path run) throws IOException {
    Map<String, Object> summary = JSON.readValue(run.resolve("summary.json").toFile(), Map.class);
    return KpiCatalogue.valuesOf(summary);
  }
}
