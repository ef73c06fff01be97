// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.replay.ReplaySource;
import org.patrolsim.geo.LatLon;

/**
 * CAD exports written byte for byte by the test, read into calls: one row per unit grouped by call
 * number, stage times checked in order, each left-out record or time counted with its line.
 */
class CadRecordsTest {
  static final IncidentMix MIX =
      new IncidentMix(
          List.of(
              new IncidentType("violent", Priority.URGENT, 0.1, 600_000, 0.3, 2),
              new IncidentType("traffic", Priority.NORMAL, 0.5, 600_000, 0.9, 1),
              new IncidentType("assistance", Priority.LOW, 0.4, 600_000, 0.9, 1)));
  static final IncidentMix MIX_WITH_THEFT =
      new IncidentMix(
          List.of(
              new IncidentType("violent", Priority.URGENT, 0.1, 600_000, 0.3, 2),
              new IncidentType("traffic", Priority.NORMAL, 0.5, 600_000, 0.9, 1),
              new IncidentType("theft-report", Priority.LOW, 0.2, 600_000, 0.9, 1),
              new IncidentType("assistance", Priority.LOW, 0.2, 600_000, 0.9, 1)));
  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  static LocalDateTime t(String iso) {
    return LocalDateTime.parse(iso);
  }

  @Test
  void officersWhoStartACallThemselvesAreOnSceneAtDispatchWithoutAProblem() throws IOException {
    Path csv =
        file(
            "cad.csv",
            """
        call,time,dispatched,onScene,cleared,lat,lon,type,selfInitiated
        S1,2024-05-01T08:00:00,2024-05-01T08:00:05,2024-05-01T08:00:05,2024-05-01T08:20:05,37.8,-122.41,traffic,Y
        P1,2024-05-01T09:00:00,2024-05-01T09:01:00,2024-05-01T09:01:00,2024-05-01T09:30:00,37.8,-122.41,traffic,N
        """);

    CadRecords records = CadRecords.read(csv, ZONE, MIX);

    assertThat(records.problems().count(Problem.ZERO_STAGE)).isEqualTo(1);
    assertThat(records.problems().exampleLines(Problem.ZERO_STAGE)).containsExactly(3);
    RecordedCall own = records.calls().get(0);
    assertThat(own.span(Span.DRIVE)).contains(java.time.Duration.ZERO);
    assertThat(own.span(Span.ON_SCENE)).contains(java.time.Duration.ofMinutes(20));
    assertThat(records.calls().get(1).span(Span.ON_SCENE)).isEmpty();
  }

  @Test
  void theUnitsPositionAtDispatchIsReadWhereGivenAndAnUnreadableOneIsCounted() throws IOException {
    file(
        "cad.csv",
        """
        call,unit,time,dispatched,onScene,cleared,lat,lon,type,avlLat,avlLon
        C1,A1,2024-05-01T08:00:00,2024-05-01T08:01:00,2024-05-01T08:09:00,2024-05-01T08:30:00,37.8,-122.41,traffic,37.79,-122.42
        C2,A2,2024-05-01T09:00:00,2024-05-01T09:01:00,2024-05-01T09:09:00,2024-05-01T09:30:00,37.8,-122.41,traffic,,
        C3,A3,2024-05-01T10:00:00,2024-05-01T10:01:00,2024-05-01T10:09:00,2024-05-01T10:30:00,37.8,-122.41,traffic,37.79,west
        C4,A4,2024-05-01T11:00:00,2024-05-01T11:01:00,2024-05-01T11:09:00,2024-05-01T11:30:00,37.8,-122.41,traffic,95,-122.42
        """);
    Path yaml =
        file("records.yaml", "file: cad.csv\ncolumns: {unitLat: avlLat, unitLon: avlLon}\n");

    CadRecords records = CadRecords.read(yaml, ZONE, MIX);

    assertThat(records.calls()).hasSize(4);
    assertThat(records.calls().stream().map(c -> c.firstUnit().orElseThrow().from()).toList())
        .containsExactly(new LatLon(37.79, -122.42), null, null, null);
    assertThat(records.problems().count(Problem.UNREADABLE_POSITION)).isEqualTo(2);
    assertThat(records.problems().exampleLines(Problem.UNREADABLE_POSITION)).containsExactly(4, 5);
    assertThat(records.calls().get(2).span(Span.DRIVE)).contains(java.time.Duration.ofMinutes(8));
  }

  @Test
  void withoutPositionColumnsNoUnitHasAPosition() throws IOException {
    Path csv =
        file(
            "cad.csv",
            """
        call,unit,time,dispatched,onScene,cleared,lat,lon,type
        C1,A1,2024-05-01T08:00:00,2024-05-01T08:01:00,2024-05-01T08:09:00,2024-05-01T08:30:00,37.8,-122.41,traffic
        """);

    CadRecords records = CadRecords.read(csv, ZONE, MIX);

    assertThat(records.calls().get(0).firstUnit().orElseThrow().from()).isNull();
    assertThat(records.problems().total()).isZero();
  }

  @Test
  void aBareCsvWithTheDefaultNamesGroupsUnitRowsIntoCalls() throws IOException {
    Path csv =
        file(
            "cad.csv",
            """
        call,unit,time,dispatched,enRoute,onScene,cleared,lat,lon,type,priority,selfInitiated
        C2,B7,2024-05-01T09:00:00,2024-05-01T09:01:00,2024-05-01T09:01:30,2024-05-01T09:08:00,2024-05-01T09:40:00,37.7,-122.4,traffic,,N
        C1,A1,2024-05-01T08:00:00,2024-05-01T08:02:00,,2024-05-01T08:10:00,2024-05-01T08:30:00,37.8,-122.41,violent,urgent,Y
        C1,A2,2024-05-01T08:00:00,2024-05-01T08:01:00,2024-05-01T08:01:20,2024-05-01T08:12:00,2024-05-01T08:31:00,37.8,-122.41,violent,urgent,Y
        """);

    CadRecords records = CadRecords.read(csv, ZONE, MIX);

    assertThat(records.rows()).isEqualTo(3);
    assertThat(records.problems().total()).isZero();
    assertThat(records.calls()).extracting(RecordedCall::callId).containsExactly("C1", "C2");
    RecordedCall c1 = records.calls().get(0);
    assertThat(c1.line()).isEqualTo(3);
    assertThat(c1.received()).isEqualTo(t("2024-05-01T08:00:00"));
    assertThat(c1.point()).isEqualTo(new LatLon(37.8, -122.41));
    assertThat(c1.category()).isEqualTo("violent");
    assertThat(c1.type()).isEqualTo("violent");
    assertThat(c1.priority()).isEqualTo(Priority.URGENT);
    assertThat(c1.selfInitiated()).isTrue();
    assertThat(c1.units())
        .containsExactly(
            new UnitVisit(
                "A2",
                t("2024-05-01T08:01:00"),
                t("2024-05-01T08:01:20"),
                t("2024-05-01T08:12:00"),
                t("2024-05-01T08:31:00")),
            new UnitVisit(
                "A1",
                t("2024-05-01T08:02:00"),
                null,
                t("2024-05-01T08:10:00"),
                t("2024-05-01T08:30:00")));
    RecordedCall c2 = records.calls().get(1);
    assertThat(c2.selfInitiated()).isFalse();
    assertThat(c2.priority()).isEqualTo(Priority.NORMAL);
    assertThat(c2.units()).hasSize(1);
  }

  @Test
  void aYamlMappingNamesEveryRecordsColumnAndReadsAWktPointAndSelfInitiatedValues()
      throws IOException {
    file(
        "sf.csv",
        """
        Incident Number,Unit,Received DtTm,Dispatch DtTm,Response DtTm,On Scene DtTm,Close DtTm,Call Type,Priority,Origin,case_location
        A-1,1B12,2024/05/01 08:00:05,2024/05/01 08:01:00,2024/05/01 08:01:40,2024/05/01 08:09:00,2024/05/01 08:50:00,Traffic Stop,B,OV,POINT (-122.41 37.78)
        A-1,1B14,2024/05/01 08:00:05,2024/05/01 08:03:00,,,2024/05/01 08:20:00,Traffic Stop,B,OV,POINT (-122.41 37.78)
        A-2,2C01,2024/05/01 09:30:00,,,,,Assault,A,phone,POINT(-122.40 37.70)
        """);
    Path yaml =
        file(
            "records.yaml",
            """
        file: sf.csv
        columns:
          call: Incident Number
          unit: Unit
          time: Received DtTm
          dispatched: Dispatch DtTm
          enRoute: Response DtTm
          onScene: On Scene DtTm
          cleared: Close DtTm
          type: Call Type
          priority: Priority
          selfInitiated: Origin
          point: case_location
        timeFormat: yyyy/MM/dd HH:mm:ss
        types: {Traffic Stop: traffic, Assault: violent}
        priorities: {A: urgent, B: normal, C: low}
        selfInitiatedValues: [ov, "on view"]
        """);

    CadRecords records = CadRecords.read(yaml, ZONE, MIX);

    assertThat(records.file()).isEqualTo(dir.resolve("sf.csv").toAbsolutePath().normalize());
    assertThat(records.problems().total()).isZero();
    RecordedCall a1 = records.calls().get(0);
    assertThat(a1.callId()).isEqualTo("A-1");
    assertThat(a1.point()).isEqualTo(new LatLon(37.78, -122.41));
    assertThat(a1.category()).isEqualTo("Traffic Stop");
    assertThat(a1.type()).isEqualTo("traffic");
    assertThat(a1.selfInitiated()).isTrue();
    assertThat(a1.units())
        .containsExactly(
            new UnitVisit(
                "1B12",
                t("2024-05-01T08:01:00"),
                t("2024-05-01T08:01:40"),
                t("2024-05-01T08:09:00"),
                t("2024-05-01T08:50:00")),
            new UnitVisit("1B14", t("2024-05-01T08:03:00"), null, null, t("2024-05-01T08:20:00")));
    RecordedCall a2 = records.calls().get(1);
    assertThat(a2.point()).isEqualTo(new LatLon(37.70, -122.40));
    assertThat(a2.priority()).isEqualTo(Priority.URGENT);
    assertThat(a2.selfInitiated()).isFalse();
    assertThat(a2.units()).containsExactly(new UnitVisit("2C01", null, null, null, null));
  }

  @Test
  void withADateColumnAStageTimeOfDayIsOnTheCallsDateOrTheNextDayWhenEarlier() throws IOException {
    Path csv =
        file(
            "split.csv",
            """
        date,time,dispatched,onScene,cleared,lat,lon,type
        2024-05-01,23:50:00,23:52:00,23:58:30,00:40:00,37.7,-122.4,traffic
        2024-05-02,00:10:00,00:11:00,00:20:00,01:00:00,37.7,-122.4,traffic
        """);
    ReplaySourceBuilder b = new ReplaySourceBuilder(csv).columns("time", "date");

    CadRecords records = CadRecords.read(b.build(), "test", ZONE, MIX);

    assertThat(records.problems().total()).isZero();
    assertThat(records.calls().get(0).units())
        .containsExactly(
            new UnitVisit(
                null,
                t("2024-05-01T23:52:00"),
                null,
                t("2024-05-01T23:58:30"),
                t("2024-05-02T00:40:00")));
    assertThat(records.calls().get(1).units())
        .containsExactly(
            new UnitVisit(
                null,
                t("2024-05-02T00:11:00"),
                null,
                t("2024-05-02T00:20:00"),
                t("2024-05-02T01:00:00")));
    assertThat(records.calls()).extracting(RecordedCall::callId).containsExactly("2", "3");
  }

  @Test
  void impossibleTimesAreLeftOutAndCountedWithTheirLinesAndTheCallIsKept() throws IOException {
    Path csv =
        file(
            "bad.csv",
            """
        time,dispatched,enRoute,onScene,cleared,lat,lon,type
        2024-05-01T08:00:00,2024-05-01T08:01:00,,2024-05-01T08:10:00,2024-05-01T08:30:00,37.7,-122.4,traffic
        2024-05-01T08:05:00,2024-05-01T07:59:00,,2024-05-01T08:10:00,2024-05-01T08:30:00,37.7,-122.4,traffic
        2024-05-01T08:06:00,soon,,2024-05-01T08:10:00,2024-05-01T08:30:00,37.7,-122.4,traffic
        2024-05-01T08:07:00,2024-05-01T08:08:00,,2024-05-01T08:08:00,2024-05-01T08:30:00,37.7,-122.4,traffic
        2024-05-01T08:08:00,2024-05-01T08:09:00,,2024-05-01T08:15:00,2024-05-01T08:15:00,37.7,-122.4,traffic
        2024-05-01T08:09:00,2024-05-01T08:10:00,,2024-05-01T08:15:00,2024-05-02T08:15:00,37.7,-122.4,traffic
        yesterday,2024-05-01T08:10:00,,2024-05-01T08:15:00,2024-05-01T09:15:00,37.7,-122.4,traffic
        2024-05-01T08:11:00,,,2024-05-01T08:12:00,2024-05-01T08:10:00,37.7,-122.4,traffic
        """);

    CadRecords records = CadRecords.read(csv, ZONE, MIX);
    RecordProblems p = records.problems();

    assertThat(records.rows()).isEqualTo(8);
    assertThat(records.calls()).hasSize(7);
    assertThat(p.count(Problem.UNREADABLE_ROW)).isEqualTo(1);
    assertThat(p.exampleLines(Problem.UNREADABLE_ROW)).containsExactly(8);
    assertThat(p.exampleLines(Problem.OUT_OF_ORDER)).containsExactly(3, 9);
    assertThat(p.exampleLines(Problem.UNREADABLE_TIME)).containsExactly(4);
    assertThat(p.exampleLines(Problem.ZERO_STAGE)).containsExactly(5, 6);
    assertThat(p.exampleLines(Problem.OVER_CAP)).containsExactly(7);
    assertThat(p.total()).isEqualTo(7);
    assertThat(records.calls().get(0).units())
        .containsExactly(
            new UnitVisit(
                null,
                t("2024-05-01T08:01:00"),
                null,
                t("2024-05-01T08:10:00"),
                t("2024-05-01T08:30:00")));
    assertThat(unitOf(records, 3))
        .isEqualTo(
            new UnitVisit(null, null, null, t("2024-05-01T08:10:00"), t("2024-05-01T08:30:00")));
    assertThat(unitOf(records, 4))
        .isEqualTo(
            new UnitVisit(null, null, null, t("2024-05-01T08:10:00"), t("2024-05-01T08:30:00")));
    assertThat(unitOf(records, 5))
        .isEqualTo(
            new UnitVisit(null, t("2024-05-01T08:08:00"), null, null, t("2024-05-01T08:30:00")));
    assertThat(unitOf(records, 6))
        .isEqualTo(
            new UnitVisit(null, t("2024-05-01T08:09:00"), null, t("2024-05-01T08:15:00"), null));
    assertThat(unitOf(records, 7))
        .isEqualTo(
            new UnitVisit(null, t("2024-05-01T08:10:00"), null, t("2024-05-01T08:15:00"), null));
    assertThat(unitOf(records, 9))
        .isEqualTo(new UnitVisit(null, null, null, t("2024-05-01T08:12:00"), null));
  }

  @Test
  void theWindowLeavesOutEveryRowOfACallReceivedOutsideItAndTheCapIsAField() throws IOException {
    Path csv =
        file(
            "w.csv",
            """
        call,time,dispatched,onScene,lat,lon,type
        1,2024-04-30T23:59:59,2024-05-01T00:02:00,2024-05-01T00:09:00,37.7,-122.4,traffic
        2,2024-05-01T00:00:00,2024-05-01T00:02:00,2024-05-01T02:09:00,37.7,-122.4,traffic
        1,2024-04-30T23:59:59,2024-05-01T00:03:00,2024-05-01T00:10:00,37.7,-122.4,traffic
        3,2024-05-01T23:59:59,2024-05-02T00:02:00,2024-05-02T00:09:00,37.7,-122.4,traffic
        4,2024-05-02T00:00:00,2024-05-02T00:02:00,2024-05-02T00:09:00,37.7,-122.4,traffic
        """);
    var source =
        new ReplaySourceBuilder(csv).window("2024-05-01", "2024-05-02T00:00").cap(2.0).build();

    CadRecords records = CadRecords.read(source, "test", ZONE, MIX);

    assertThat(records.calls()).extracting(RecordedCall::callId).containsExactly("2", "3");
    assertThat(records.problems().count(Problem.OUTSIDE_WINDOW)).isEqualTo(3);
    assertThat(records.problems().exampleLines(Problem.OUTSIDE_WINDOW)).containsExactly(2, 4, 6);
    assertThat(records.problems().exampleLines(Problem.OVER_CAP)).containsExactly(3);
    assertThat(records.calls().get(0).units().get(0).onScene()).isNull();
  }

  @Test
  void aRowTheMappingCannotReadIsCountedWhateverOnBadRowSays() throws IOException {
    Path csv =
        file(
            "rows.csv",
            """
        call,unit,point,time,type
        1,A,POINT (-122.4 37.7),2024-05-01T08:00:00,traffic
        2,A,POINT (-122.4),2024-05-01T08:00:00,traffic
        ,B,POINT (-122.4 37.7),2024-05-01T08:00:00,traffic
        3,C,POINT (-122.4 37.7),2024-05-01T08:00:00,burglary
        4,D,POINT (-122.4 37.7),2024-05-01T08:00:00
        """);
    var source = new ReplaySourceBuilder(csv).point("point").build();

    CadRecords records = CadRecords.read(source, "test", ZONE, MIX);

    assertThat(records.calls()).extracting(RecordedCall::callId).containsExactly("1");
    assertThat(records.problems().exampleLines(Problem.UNREADABLE_ROW)).containsExactly(3, 4, 5, 6);
  }

  private static UnitVisit unitOf(CadRecords records, int line) {
    return records.calls().stream()
        .filter(c -> c.line() == line)
        .findFirst()
        .orElseThrow()
        .units()
        .get(0);
  }

  /** A replay mapping of a test file with only the fields a test sets. */
  static final class ReplaySourceBuilder {
    private final Path file;
    private String time;
    private String date;
    private String point;
    private String from;
    private String to;
    private Double cap;

    ReplaySourceBuilder(Path file) {
      this.file = file;
    }

    ReplaySourceBuilder columns(String timeColumn, String dateColumn) {
      time = timeColumn;
      date = dateColumn;
      return this;
    }

    ReplaySourceBuilder point(String column) {
      point = column;
      return this;
    }

    ReplaySourceBuilder window(String first, String end) {
      from = first;
      to = end;
      return this;
    }

    ReplaySourceBuilder cap(double hours) {
      cap = hours;
      return this;
    }

    ReplaySource build() {
      var columns =
          new ReplaySource.Columns(
              time, date, null, null, null, null, null, null, point, null, null, null, null, null,
              null, null, null, null);
      return new ReplaySource(
          file.toString(),
          columns,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          from,
          to,
          cap);
    }
  }
}
