// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim run --replications R}: the station KPIs (call-outs per station, zero call-out
 * days) carry intervals across replications like every other KPI, and the report page says which
 * numbers are means with intervals and which show replication 0.
 */
@IntegrationTest
class RunReplicationsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void stationCallOutsAndZeroCallOutDaysCarryIntervalsAcrossReplications() throws Exception {
    Path out = dir.resolve("r3");
    RunCommandTest.Outcome r =
        RunCommandTest.patrolsim(
            "run",
            RunCommandTest.scenario("monaco-small.yaml"),
            "--osm",
            RunCommandTest.MONACO,
            "--set",
            RunCommandTest.CACHE,
            "--set",
            "incidents.perDay=80",
            "--days",
            "4",
            "--replications",
            "3",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    JsonNode kpis = summary.get("kpis");
    JsonNode stations = summary.get("stations");
    assertThat(stations).hasSize(2);

    // each replication's zero call-out station-days, from replications.csv, average to the
    // interval's mean
    List<String> rows = Files.readAllLines(out.resolve("replications.csv"));
    int zeroColumn = List.of(rows.get(0).split(",")).indexOf("stationDays.zeroCallOut");
    double zeroMean =
        rows.stream()
            .skip(1)
            .mapToDouble(l -> Double.parseDouble(l.split(",", -1)[zeroColumn]))
            .average()
            .orElseThrow();
    assertThat(zeroMean).as("a quiet plan has station-days without a call-out").isPositive();
    // summary.json rounds to 6 decimals
    assertThat(kpis.get("stationDays.zeroCallOut").get("mean").asDouble())
        .isCloseTo(zeroMean, within(1e-6));
    assertThat(kpis.get("stationDays.count").get("mean").asDouble()).isEqualTo(2 * 4);

    // per station: the call-outs' means add up to the call-outs' mean, the zero days to the zero
    // station-days
    double callOuts = 0;
    double zero = 0;
    for (JsonNode st : stations) {
      JsonNode c = st.get("callOuts");
      assertThat(c.get("ciLow").asDouble()).isLessThanOrEqualTo(c.get("mean").asDouble());
      assertThat(c.get("ciHigh").asDouble()).isGreaterThanOrEqualTo(c.get("mean").asDouble());
      callOuts += c.get("mean").asDouble();
      zero += st.get("zeroCallOutDays").get("mean").asDouble();
    }
    assertThat(callOuts)
        .isCloseTo(kpis.get("incidents.stationCallOuts").get("mean").asDouble(), within(1e-6));
    assertThat(zero).isCloseTo(zeroMean, within(1e-6));

    // the page says it is replicated; its zero call-out days card leads with the mean and carries
    // the
    // interval, and the station table has each station's
    String page = Files.readString(out.resolve("report.html"));
    assertThat(page).contains("\"replications\":3");
    assertThat(page)
        .containsPattern("\"key\":\"zeroCallOutDays\"[^}]*\"interval\":\"mean of 3 replications");
    assertThat(page)
        .containsPattern("\"stationIntervals\":\\[\\{\"id\":\"[^\"]+\",\"callOuts\":\"[0-9.]+ \\[");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
