// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;

class RunReportTest {
  static final long MIN = 60_000;
  static final long DAY = 1440 * MIN;
  static final StationId A = new StationId("A");
  static final StationId B = new StationId("B, east");
  static final CarId CAR_1 = new CarId(1);
  static final CarId CAR_2 = new CarId(2);
  static final TeamId B1 = new TeamId(B, 1);
  static final TeamId A1 = new TeamId(A, 1);

  static DispatchEvent.Decided sent(
      long t, long incident, Action action, org.patrolsim.dispatch.unit.UnitId unit, Role role) {
    return new DispatchEvent.Decided(
        t,
        incident,
        action,
        unit,
        role,
        1,
        2,
        120,
        0,
        "why",
        List.of(new DispatchEvent.Weighed(CAR_1, 120, "free")));
  }

  /**
   * Four calls on the first of two days: 1 settled by car-01 on the street in 2 min; 2 a station
   * call-out by B's team; 3 a violent one covered by car-01 and a backup team of A, handed over; 4
   * still waiting when the drain cap ended the run.
   */
  static List<DispatchEvent> fourCalls() {
    List<DispatchEvent> e = new ArrayList<>();
    e.add(new DispatchEvent.RunStarted(0, 5, 2, 2, List.of(A, B), 300, 300, 2 * DAY, 0.75));
    e.add(new DispatchEvent.UnitChanged(0, CAR_1, UnitState.FREE));
    e.add(new DispatchEvent.UnitChanged(0, CAR_2, UnitState.FREE));
    e.add(new DispatchEvent.CoverageSampled(2 * MIN, 0.5, 0.4, 10));
    e.add(new DispatchEvent.CallReceived(10 * MIN, 1, 1, 2, "violent", Priority.URGENT, A, true));
    e.add(sent(11 * MIN, 1, Action.PATROL, CAR_1, Role.PRIMARY));
    e.add(new DispatchEvent.EnRoute(11 * MIN, 1, CAR_1));
    e.add(new DispatchEvent.UnitChanged(11 * MIN, CAR_1, UnitState.RESPONDING));
    e.add(new DispatchEvent.Arrived(12 * MIN, 1, CAR_1, true));
    e.add(new DispatchEvent.UnitChanged(12 * MIN, CAR_1, UnitState.ON_SCENE));
    e.add(new DispatchEvent.Cleared(40 * MIN, 1, CAR_1, Disposal.STREET, A));
    e.add(new DispatchEvent.UnitChanged(40 * MIN, CAR_1, UnitState.FREE));
    e.add(new DispatchEvent.CallReceived(50 * MIN, 2, 1, 2, "theft-report", Priority.LOW, B, true));
    e.add(sent(52 * MIN, 2, Action.STATION, B1, Role.PRIMARY));
    e.add(new DispatchEvent.UnitChanged(52 * MIN, B1, UnitState.TURNOUT));
    e.add(new DispatchEvent.Arrived(60 * MIN, 2, B1, true));
    e.add(new DispatchEvent.Cleared(80 * MIN, 2, B1, Disposal.STATION_CALLOUT, B));
    e.add(new DispatchEvent.CoverageSampled(62 * MIN, 0.7, 0.9, 30));
    e.add(new DispatchEvent.CallReceived(90 * MIN, 3, 1, 2, "violent", Priority.URGENT, A, false));
    e.add(sent(91 * MIN, 3, Action.PATROL, CAR_2, Role.PRIMARY));
    e.add(sent(91 * MIN, 3, Action.STATION, A1, Role.BACKUP));
    e.add(new DispatchEvent.UnitChanged(91 * MIN, A1, UnitState.TURNOUT));
    e.add(new DispatchEvent.Arrived(94 * MIN, 3, CAR_2, false));
    e.add(new DispatchEvent.Arrived(99 * MIN, 3, A1, true));
    e.add(new DispatchEvent.Cleared(120 * MIN, 3, CAR_2, Disposal.HANDED_OVER, A));
    e.add(
        new DispatchEvent.CallReceived(
            DAY + 30 * MIN, 4, 1, 2, "dispute", Priority.NORMAL, A, true));
    e.add(
        new DispatchEvent.Decided(
            DAY + 31 * MIN,
            4,
            Action.WAIT,
            null,
            Role.PRIMARY,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            0,
            "no unit",
            List.of()));
    e.add(new DispatchEvent.StillOpen(3 * DAY, 4, OpenState.WAITING));
    e.add(new DispatchEvent.RunEnded(3 * DAY));
    return e;
  }

  /** The value at {@code path} in a summary. */
  static Object at(Map<String, Object> m, String... path) {
    Object v = m;
    for (String key : path) {
      v = ((Map<?, ?>) v).get(key);
    }
    return v;
  }

  @SuppressWarnings("unchecked") // the summary is untyped JSON: its objects are String-keyed maps
  static Map<String, Object> mapAt(Map<String, Object> m, String... path) {
    return (Map<String, Object>) at(m, path);
  }

  @SuppressWarnings("unchecked") // the summary is untyped JSON: the caller names the element type
  static <T> List<T> listAt(Map<String, Object> m, String... path) {
    return (List<T>) at(m, path);
  }

  @Test
  void disposalsAndOpenIncidentsAddUpToTheCalls() {
    Map<String, Object> s = RunReport.of(fourCalls()).summary();
    Map<String, Object> inc = mapAt(s, "incidents");
    assertThat(inc)
        .containsEntry("total", 4)
        .containsEntry("streetDisposed", 1L)
        .containsEntry("stationDisposed", 1L)
        .containsEntry("handedOver", 1L)
        .containsEntry("open", 1L);
    assertThat(at(s, "incidents", "openByState"))
        .isEqualTo(Map.of("waiting", 1L, "en-route", 0L, "on-scene", 0L));
    assertThat(s.get("streetDisposalShare")).isEqualTo(0.25);
    assertThat(s.get("streetDisposalCeiling")).isEqualTo(0.75); // calls 1, 2 and 4 were settleable
    assertThat(s.get("availabilityLoss")).isEqualTo(0.5);
    assertThat(at(s, "run", "drained")).isEqualTo(false);
  }

  @Test
  void aBackupStationTeamCountsAsACallOutOnTheDayItWasSent() {
    Map<String, Object> s = RunReport.of(fourCalls()).summary();
    assertThat(at(s, "incidents", "stationCallOuts")).isEqualTo(2L);
    List<Map<String, Object>> stations = listAt(s, "stations");
    assertThat(stations).extracting(m -> m.get("id")).containsExactly("A", "B, east");
    assertThat(stations).extracting(m -> m.get("callOuts")).containsExactly(1, 1);
    assertThat(stations)
        .extracting(m -> m.get("callOutsPerDay"))
        .containsExactly(List.of(1, 0), List.of(1, 0));
    assertThat(stations).extracting(m -> m.get("zeroCallOutDays")).containsExactly(1L, 1L);
    assertThat(stations).extracting(m -> m.get("stationDisposed")).containsExactly(0, 1);
    assertThat(stations).extracting(m -> m.get("handOvers")).containsExactly(1, 0);
  }

  @Test
  void firstArrivalAndCoverAreReportedApartPerPriority() {
    Map<String, Object> s = RunReport.of(fourCalls()).summary();
    assertThat(mapAt(s, "firstArrivalSeconds", "urgent"))
        .containsEntry("count", 2)
        .containsEntry("mean", 180.0)
        .containsEntry("p50", 120.0)
        .containsEntry("p90", 240.0);
    assertThat(mapAt(s, "coverSeconds", "urgent"))
        .containsEntry("mean", 330.0)
        .containsEntry("p90", 540.0);
    assertThat(mapAt(s, "callToDispatchSeconds", "low")).containsEntry("mean", 120.0);
    assertThat(mapAt(s, "firstArrivalSeconds", "normal"))
        .containsEntry("count", 0)
        .containsEntry("mean", Double.NaN);
    assertThat(s.get("urgentFirstArrivalWithinTargetShare")).isEqualTo(1.0);
    assertThat(s.get("urgentCoverWithinTargetShare")).isEqualTo(0.5);
    // from the first dispatch: call 1 on scene in 1 min (rings 1, 3, 5); call 2 in 8 min (none);
    // call 3 first
    // unit in 3 min (ring 3) but its backup after 8 (not ring 5); call 4 never dispatched
    assertThat(mapAt(s, "ringsFromDispatchShare"))
        .containsEntry("1", 0.25)
        .containsEntry("3", 0.5)
        .containsEntry("5", 0.25);
  }

  @Test
  void carTimeIsIntegratedOverTheCallPeriodOnly() {
    Map<String, Object> s = RunReport.of(fourCalls()).summary();
    // car-01 responding 1 min and on scene 28 min, of 2 cars x 2 days; the drain after day 2 is
    // left out
    assertThat(at(s, "vehicles", "utilization")).isEqualTo(RunReport.round(29.0 / (2 * 2 * 1440)));
    assertThat(at(s, "vehicles", "timeShare", "onScene"))
        .isEqualTo(RunReport.round(28.0 / (2 * 2 * 1440)));
    assertThat(at(s, "coverage", "meanShareWithinTarget")).isEqualTo(0.6);
    assertThat(at(s, "coverage", "samples")).isEqualTo(2);
    // the expected calls weigh the samples: (10 x 0.4 + 30 x 0.9) / 40
    assertThat(at(s, "coverage", "demandWithinTargetShare")).isEqualTo(0.775);
    assertThat(at(s, "coverage", "byHour"))
        .isEqualTo(
            List.of(
                Map.of("hour", 0, "samples", 1, "road", 0.5, "demand", 0.4),
                Map.of("hour", 1, "samples", 1, "road", 0.7, "demand", 0.9)));
  }

  /**
   * One day, car-01 around the clock (free all day) and car-02 a part-day car: off duty at its
   * station until 16:00, 10 minutes responding from 17:00 and 30 on scene, driving back to the
   * station from 20:00 (12 minutes, the hand-over state), then off duty again.
   */
  static List<DispatchEvent> onePartDayCar() {
    long hour = 60 * MIN;
    return List.of(
        new DispatchEvent.RunStarted(0, 5, 1, 2, List.of(A), 300, 300, DAY, 0.75),
        new DispatchEvent.UnitChanged(0, CAR_1, UnitState.FREE),
        new DispatchEvent.UnitChanged(0, CAR_2, UnitState.OFF_DUTY),
        new DispatchEvent.UnitChanged(16 * hour, CAR_2, UnitState.FREE),
        new DispatchEvent.UnitChanged(17 * hour, CAR_2, UnitState.RESPONDING),
        new DispatchEvent.UnitChanged(17 * hour + 10 * MIN, CAR_2, UnitState.ON_SCENE),
        new DispatchEvent.UnitChanged(17 * hour + 40 * MIN, CAR_2, UnitState.FREE),
        new DispatchEvent.UnitChanged(20 * hour, CAR_2, UnitState.HANDOVER),
        new DispatchEvent.UnitChanged(20 * hour + 12 * MIN, CAR_2, UnitState.OFF_DUTY),
        new DispatchEvent.RunEnded(DAY));
  }

  @Test
  void offDutyTimeIsNotCarTimeAndTheCarsOnDutyAreShownByHour() {
    Map<String, Object> s = RunReport.of(onePartDayCar()).summary();
    double onDutyMinutes = 1440 + 4 * 60 + 12;
    assertThat(at(s, "vehicles", "count")).isEqualTo(2);
    assertThat(at(s, "vehicles", "utilization")).isEqualTo(RunReport.round(40 / onDutyMinutes));
    assertThat(at(s, "vehicles", "timeShare", "handover"))
        .isEqualTo(RunReport.round(12 / onDutyMinutes));
    assertThat(at(s, "vehicles", "timeShare", "free"))
        .isEqualTo(RunReport.round((1440 + 4 * 60 - 40) / onDutyMinutes));
    List<Double> byHour = listAt(s, "vehicles", "onDutyByHour");
    assertThat(byHour).hasSize(24);
    for (int h = 0; h < 24; h++) {
      double expected = h >= 16 && h < 20 ? 2 : h == 20 ? 1.2 : 1;
      assertThat(byHour.get(h)).as("hour %d", h).isEqualTo(expected);
    }
    // a plan without part-day cars has no off-duty time and writes no such key (its summary is
    // unchanged)
    assertThat(mapAt(RunReport.of(fourCalls()).summary(), "vehicles"))
        .doesNotContainKey("onDutyByHour");
  }

  @Test
  void theConsoleShowsTheCarsOnDutyByHourOnlyWithPartDayCars() {
    assertThat(ConsoleTable.of(RunReport.of(onePartDayCar())))
        .contains(
            "patrol cars on duty by hour          00-16 h 1, 16-20 h 2, 20-21 h 1.2, 21-24 h 1\n");
    assertThat(ConsoleTable.of(RunReport.of(fourCalls()))).doesNotContain("on duty by hour");
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
    RecordedRun.writing(fourCalls(), out);
    List<String> csv = Files.readAllLines(out.resolve(ReportFiles.INCIDENTS));
    assertThat(csv).hasSize(5);
    assertThat(csv.get(0)).isEqualTo(IncidentsCsv.COLUMNS);
    assertThat(csv.get(1))
        .isEqualTo(
            "1,600.000,1.000000,2.000000,violent,urgent,A,660.000,car-01,1.000000,2.000000,"
                + "660.000,660.000,car-01,,720.000,720.000,2400.000,STREET,car-01,,0,,,,,"); // en
    // route at once; open state, repeatOf, source: empty
    assertThat(csv.get(2)).contains(",\"B, east\",").contains(",\"B, east/team-1\",");
    assertThat(csv.get(3)).contains(",A/team-1,").contains(",HANDED_OVER,car-02,A,0,");
    assertThat(csv.get(4)).endsWith(",OPEN,,,0,waiting,,,,");
    List<String> decisions = Files.readAllLines(out.resolve(ReportFiles.DECISIONS));
    assertThat(decisions).hasSize(5);
    assertThat(decisions.get(0))
        .contains("\"action\":\"patrol\",\"unit\":\"car-01\",\"role\":\"primary\"")
        .contains("\"candidates\":[{\"unit\":\"car-01\"");
    assertThat(decisions.get(4)).contains("\"action\":\"wait\",\"unit\":\"\"");
    assertThat(Files.readString(out.resolve(ReportFiles.SUMMARY)))
        .contains("\"streetDisposalShare\" : 0.25");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              ReportFiles.SUMMARY, ReportFiles.INCIDENTS, ReportFiles.DECISIONS);
    }
    assertThat(ConsoleTable.of(RunReport.of(fourCalls())))
        .as("no presence line when the run did not measure presence")
        .doesNotContain("hot-spot")
        .contains("street-level disposal")
        .contains("25.0 %")
        .contains("waiting 1");
  }
}
