// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * Run output folders read back: a replicated run's means, seeds and replications.csv rows; one line
 * naming the folder or file (and line) for what is not a run's output; compare.json's B - A exact
 * on summary.json's decimals.
 */
class RunOutputTest {
  @TempDir Path dir;

  static final String HEXAGONS =
      "{\"type\":\"FeatureCollection\",\"patrolsim\":{\"origin\":[-29.9,45.07]},\"features\":[\n]}\n";

  @Test
  void aReplicatedRunGivesItsMeansSeedsAndReplications() throws IOException {
    Path run = replicatedRun("r", "0,1,0.5\n1,-46,0.6\n");
    RunOutput out = RunOutput.read("A", run);
    assertThat(out.replicated()).isTrue();
    assertThat(out.seeds()).containsExactly(1L, -46L);
    assertThat(out.value(KpiCatalogue.STREET_DISPOSAL_SHARE)).isEqualTo(0.55);
    assertThat(out.replications().get(1)[KpiCatalogue.indexOf("streetDisposalShare")])
        .isEqualTo(0.6);
    // a KPI the file has no column for has no value
    assertThat(out.replications().get(1)[KpiCatalogue.indexOf("availabilityLoss")]).isNaN();
    assertThat(out.stationCallOuts()).containsExactly(Map.entry("station-01", 5.5));
    assertThat(out.mapCentre()).containsExactly(-29.9, 45.07);
  }

  @Test
  void whatIsNotARunsOutputIsOneLine() throws IOException {
    assertThatThrownBy(() -> RunOutput.read("A", dir.resolve("none")))
        .isInstanceOf(CompareInputError.class)
        .hasMessage(
            "A "
                + dir.resolve("none")
                + ": no such folder, expected the output folder of"
                + " patrolsim run");
    Path sweep = Files.createDirectories(dir.resolve("sweep"));
    Files.writeString(sweep.resolve("sweep.json"), "{}");
    assertThatThrownBy(() -> RunOutput.read("B", sweep))
        .hasMessage(
            "B "
                + sweep
                + ": not a run's output (no summary.json; a sweep's folder: compare two of its"
                + " variants' runs instead), expected a folder written by patrolsim run --out");
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("summary.json"), "{\"seed\": 1, \"days\": ");
    Files.writeString(broken.resolve("hexagons.geojson"), HEXAGONS);
    assertThatThrownBy(() -> RunOutput.read("A", broken))
        .hasMessageStartingWith("A " + broken.resolve("summary.json") + ": not valid JSON (");
    Path bad = replicatedRun("bad", "0,1,0.5\n1,x,0.6\n");
    assertThatThrownBy(() -> RunOutput.read("A", bad))
        .hasMessage(
            "A " + bad.resolve("replications.csv") + ": line 3: expected numbers, got '1,x,0.6'");
    Path noHexagons = replicatedRun("nohex", "0,1,0.5\n1,2,0.6\n");
    Files.delete(noHexagons.resolve("hexagons.geojson"));
    assertThatThrownBy(() -> RunOutput.read("B", noHexagons))
        .hasMessage(
            "B "
                + noHexagons
                + ": not a whole run's output (no hexagons.geojson), expected a folder written by"
                + " patrolsim run --out");
  }

  @Test
  void compareJsonsDeltaIsExactOnTheSummariesDecimals() {
    RunOutput a = PlanComparisonTest.single(0.5625);
    RunOutput b = PlanComparisonTest.single(0.7171);
    Map<String, Object> json = PlanCompareFiles.json(PlanComparison.of(a, b));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> kpis = (List<Map<String, Object>>) json.get("kpis");
    Map<String, Object> share = kpis.get(KpiCatalogue.indexOf("streetDisposalShare"));
    assertThat(share.get("a")).isEqualTo(0.5625);
    assertThat(share.get("b")).isEqualTo(0.7171);
    assertThat(share.get("delta")).isEqualTo(0.1546);
    assertThat(share.get("paired")).isNull();
    assertThat(share.get("verdict")).isEqualTo("not judged");
    assertThat(kpis.get(KpiCatalogue.indexOf("coverSeconds.low.mean")).get("delta")).isNull();
  }

  private Path replicatedRun(String name, String rows) throws IOException {
    Path run = Files.createDirectories(dir.resolve(name));
    Files.writeString(
        run.resolve("summary.json"),
        """
        {"seed": 1, "days": 1, "replications": 2,
         "kpis": {"streetDisposalShare": {"mean": 0.55, "ciLow": 0, "ciHigh": 1, "n": 2}},
         "stations": [{"id": "station-01", "callOuts": {"mean": 5.5}}]}
        """);
    Files.writeString(
        run.resolve("replications.csv"), "replication,seed,streetDisposalShare\n" + rows);
    Files.writeString(run.resolve("hexagons.geojson"), HEXAGONS);
    return run;
  }
}
