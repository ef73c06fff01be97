// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;

class RunReportTest {
  static final long MIN = 60_000;

  /** Three calls on day one of two: one settled by a patrol in 2 min, one station call-out, one never served. */
  static List<DispatchEvent> threeCalls() {
    return List.of(
        new DispatchEvent.RunStarted(0, 5, 2, 2, List.of("A", "B"), 300, 300),
        new DispatchEvent.UnitChanged(0, "car-1", true, UnitState.FREE),
        new DispatchEvent.UnitChanged(0, "car-2", true, UnitState.FREE),
        new DispatchEvent.CallReceived(10 * MIN, 1, 1, 2, "violent", Priority.URGENT, "A"),
        new DispatchEvent.Decided(10 * MIN, 1, "patrol", "car-1", "primary", 1, 2, 120, 0, "nearest",
            List.of(new DispatchEvent.Weighed("car-1", 120, "free"))),
        new DispatchEvent.UnitChanged(10 * MIN, "car-1", true, UnitState.RESPONDING),
        new DispatchEvent.Arrived(12 * MIN, 1, "car-1", true),
        new DispatchEvent.Cleared(40 * MIN, 1, "car-1", Disposal.STREET, "A"),
        new DispatchEvent.UnitChanged(40 * MIN, "car-1", true, UnitState.FREE),
        new DispatchEvent.CallReceived(50 * MIN, 2, 1, 2, "theft-report", Priority.LOW, "B"),
        new DispatchEvent.Decided(50 * MIN, 2, "station", "B/team-1", "primary", 1, 2, 600, 0, "traditional",
            List.of()),
        new DispatchEvent.Arrived(60 * MIN, 2, "B/team-1", true),
        new DispatchEvent.Cleared(80 * MIN, 2, "B/team-1", Disposal.STATION_CALLOUT, "B"),
        new DispatchEvent.CallReceived(90 * MIN, 3, 1, 2, "dispute", Priority.NORMAL, "A"),
        new DispatchEvent.CoverageSampled(0, 0.5),
        new DispatchEvent.CoverageSampled(60 * MIN, 0.7));
  }

  @SuppressWarnings("unchecked")
  @Test
  void summaryCountsDisposalsResponseTimesStationDaysAndUtilisationFromEventsAlone() {
    Map<String, Object> s = RunReport.of(threeCalls()).summary();
    Map<String, Object> inc = (Map<String, Object>) s.get("incidents");
    assertThat(inc).containsEntry("total", 3).containsEntry("streetDisposed", 1L)
        .containsEntry("stationCallOuts", 1L).containsEntry("handedOver", 0L).containsEntry("unserved", 1L);
    assertThat(s.get("streetDisposalShare")).isEqualTo(0.3333);
    Map<String, Object> urgent = (Map<String, Object>) ((Map<String, Object>) s.get("responseTimeSeconds")).get("urgent");
    assertThat(urgent).containsEntry("mean", 120.0).containsEntry("p50", 120.0).containsEntry("p90", 120.0);
    assertThat(s.get("urgentWithinTargetShare")).isEqualTo(1.0);
    assertThat((Map<String, Object>) s.get("arrivalWithinMinutesShare"))
        .containsEntry("1", 0.0).containsEntry("3", 0.3333).containsEntry("5", 0.3333);
    // car-1 busy 30 of 2 x 2 x 1440 car-minutes
    assertThat(((Map<String, Object>) s.get("vehicles")).get("utilization")).isEqualTo(RunReport.round(30.0 / 5760));
    List<Map<String, Object>> stations = (List<Map<String, Object>>) s.get("stations");
    assertThat(stations).extracting(m -> m.get("id")).containsExactly("A", "B");
    assertThat(stations).extracting(m -> m.get("callOuts")).containsExactly(0, 1);
    assertThat(stations).extracting(m -> m.get("zeroCallOutDays")).containsExactly(2L, 1L);
    assertThat(((Map<String, Object>) s.get("coverage")).get("meanShareWithinTarget")).isEqualTo(0.6);
  }

  @Test
  void percentileIsNearestRank() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(RunReport.percentile(v, 0.5)).isEqualTo(5);
    assertThat(RunReport.percentile(v, 0.9)).isEqualTo(9);
    assertThat(RunReport.percentile(new double[0], 0.9)).isNaN();
  }

  @Test
  void filesHoldOneRowPerIncidentAndOneLinePerDecision(@TempDir Path out) throws Exception {
    ReportFiles.write(RunReport.of(threeCalls()), out);
    List<String> csv = Files.readAllLines(out.resolve(ReportFiles.INCIDENTS));
    assertThat(csv).hasSize(4);
    assertThat(csv.get(1)).startsWith("1,600.000,1.000000,2.000000,violent,urgent,A,600.000,car-1,")
        .contains(",720.000,720.000,2400.000,STREET,car-1,,0");
    assertThat(csv.get(3)).contains(",UNSERVED,");
    List<String> decisions = Files.readAllLines(out.resolve(ReportFiles.DECISIONS));
    assertThat(decisions).hasSize(2);
    assertThat(decisions.get(0)).contains("\"reason\":\"nearest\"").contains("\"candidates\":[{\"unit\":\"car-1\"");
    assertThat(Files.readString(out.resolve(ReportFiles.SUMMARY))).contains("\"streetDisposalShare\" : 0.3333");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          ReportFiles.SUMMARY, ReportFiles.INCIDENTS, ReportFiles.DECISIONS);
    }
    assertThat(ConsoleTable.of(RunReport.of(threeCalls()))).contains("street-level disposal").contains("33.3 %");
  }
}
