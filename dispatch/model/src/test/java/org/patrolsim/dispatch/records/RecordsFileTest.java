// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.UserInputError;

/**
 * A records file given on a command line that cannot work stops with one line naming the file and
 * the field and saying what was expected: unknown keys, values of the wrong kind, and every records
 * field's own checks.
 */
class RecordsFileTest {
  static final String CSV =
      """
      call,unit,time,dispatched,onScene,cleared,lat,lon,type,origin
      1,A,2024-05-01T08:00:00,2024-05-01T08:01:00,2024-05-01T08:10:00,2024-05-01T08:30:00,37.7,-122.4,traffic,Y
      """;

  @TempDir Path dir;

  Path yaml(String text) throws IOException {
    Files.writeString(dir.resolve("cad.csv"), CSV, StandardCharsets.UTF_8);
    Path p = dir.resolve("records.yaml");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  void fails(String yaml, String message) throws IOException {
    Path file = yaml(yaml);
    assertThatThrownBy(() -> CadRecords.read(file, CadRecordsTest.ZONE, CadRecordsTest.MIX))
        .isInstanceOf(RecordsError.class)
        .isInstanceOf(UserInputError.class)
        .hasMessage(file + ": " + message);
  }

  @Test
  void theFileIsRelativeToTheYamlsFolder() throws IOException {
    Path file = yaml("file: cad.csv\n");
    Path elsewhere = Files.createDirectories(dir.resolve("sub")).resolve("records.yaml");
    Files.writeString(elsewhere, "file: ../cad.csv\n");

    assertThat(CadRecords.mapping(file).file())
        .isEqualTo(dir.resolve("cad.csv").toAbsolutePath().toString());
    assertThat(CadRecords.read(elsewhere, CadRecordsTest.ZONE, CadRecordsTest.MIX).calls())
        .hasSize(1);
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsPathAndLine() throws IOException {
    Path file = yaml("file: cad.csv\ncolumns:\n  time: time\n  time: when\n");
    assertThatThrownBy(() -> CadRecords.read(file, CadRecordsTest.ZONE, CadRecordsTest.MIX))
        .isInstanceOf(RecordsError.class)
        .hasMessage(
            file
                + " line 4: key 'columns.time' appears twice in its mapping; expected each key"
                + " once");
  }

  @Test
  void unknownKeysAndValuesOfTheWrongKindNameTheirField() throws IOException {
    Path file = yaml("file: cad.csv\ncolumns:\n  onscene: onScene\n");
    assertThatThrownBy(() -> CadRecords.read(file, CadRecordsTest.ZONE, CadRecordsTest.MIX))
        .isInstanceOf(RecordsError.class)
        .hasMessageStartingWith(file + ": unknown field 'columns.onscene'; expected one of");
    fails("file: cad.csv\nstageCapHours: twelve\n", "field 'stageCapHours' expected a number");
    fails("file: cad.csv\nselfInitiatedValues: Y\n", "field 'selfInitiatedValues' expected a list");
    fails("columns: {time: time}\n", "field 'file' expected the CSV file of dispatch records");
  }

  @Test
  void eachRecordsFieldIsCheckedWithOneLineNamingIt() throws IOException {
    fails(
        "file: cad.csv\ncolumns: {selfInitiated: origin}\n",
        "field 'selfInitiatedValues' expected the values of "
            + "columns.selfInitiated ('origin') that mean officers started the call, e.g. selfInitiatedValues: [Y]");
    fails(
        "file: cad.csv\ncolumns: {selfInitiated: origin}\nselfInitiatedValues: []\n",
        "field 'selfInitiatedValues' expected at least one value, e.g. [Y], got an empty list");
    fails(
        "file: cad.csv\nselfInitiatedValues: [Y, ' ']\n",
        "field 'selfInitiatedValues' expected non-empty values, got [Y,  ]");
    fails(
        "file: cad.csv\nfrom: May 2024\n",
        "field 'from' expected an ISO local date-time like 2024-01-01T00:00 (or a date like 2024-01-01), got 'May 2024'");
    fails(
        "file: cad.csv\nfrom: 2024-05-02\nto: 2024-05-01T23:00\n",
        "field 'to' expected a time after from (2024-05-02), got '2024-05-01T23:00'");
    fails(
        "file: cad.csv\nstageCapHours: 0\n",
        "field 'stageCapHours' expected a number of hours above 0, got 0.0");
    fails(
        "file: cad.csv\ncolumns: {point: location, lat: lat}\n",
        "field 'columns.point' expected either "
            + "columns.point (one WKT POINT column) or columns.lat/lon (or x/y), not both");
    fails(
        "file: cad.csv\ncolumns: {unit: ''}\n",
        "field 'columns.unit' expected a column name of the file's header, got an empty name");
    fails(
        "file: cad.csv\ncolumns: {onScene: OnScene DtTm}\n",
        "field 'columns.onScene' cad.csv has no column "
            + "'OnScene DtTm'; expected columns.onScene to name one of its header's columns [call, unit, time, dispatched, "
            + "onScene, cleared, lat, lon, type, origin]");
    fails(
        "file: cad.csv\ncolumns: {unitLat: ''}\n",
        "field 'columns.unitLat' expected a column name of the file's header, got an empty name");
    fails(
        "file: cad.csv\ncolumns: {unitLat: lat}\n",
        "field 'columns.unitLon' cad.csv gives the unit's position at "
            + "dispatch in columns.unitLat only; expected columns.unitLon too (a column named unitLon, or the field naming one)");
    fails(
        "file: cad.csv\ncolumns: {unitLat: lat, unitLon: AVL Lon}\n",
        "field 'columns.unitLon' cad.csv has no column "
            + "'AVL Lon'; expected columns.unitLon to name one of its header's columns [call, unit, time, dispatched, "
            + "onScene, cleared, lat, lon, type, origin]");
  }

  @Test
  void aMissingFileIsOneLine() throws IOException {
    Path none = dir.resolve("none.yaml");
    assertThatThrownBy(() -> CadRecords.read(none, CadRecordsTest.ZONE, CadRecordsTest.MIX))
        .isInstanceOf(RecordsError.class)
        .hasMessage(none + ": no such records file");
    Path yaml = yaml("file: gone.csv\n");
    assertThatThrownBy(() -> CadRecords.read(yaml, CadRecordsTest.ZONE, CadRecordsTest.MIX))
        .isInstanceOf(RecordsError.class)
        .hasMessageEndingWith("gone.csv: no such file");
  }

  @Test
  void theSelfInitiatedValuesAreMatchedIgnoringCase() throws IOException {
    Path file = yaml("file: cad.csv\ncolumns: {selfInitiated: origin}\nselfInitiatedValues: [y]\n");
    assertThat(
            CadRecords.read(file, CadRecordsTest.ZONE, CadRecordsTest.MIX)
                .calls()
                .get(0)
                .selfInitiated())
        .isTrue();
  }

  /** The mapping REAL-DATA.md section 7 shows, on two made-up rows in its shape. */
  @Test
  void theMappingOfRealDataSection7ReadsAnExportOfThatShape() throws IOException {
    Files.writeString(
        dir.resolve("dispatched-calls.csv"),
        """
        cad_number,unit_id,received_datetime,dispatch_datetime,enroute_datetime,onscene_datetime,close_datetime,call_type_final_desc,priority_final,onview_flag,intersection_point
        240150001,3B21,01/15/2024 08:05:09 PM,01/15/2024 08:06:30 PM,01/15/2024 08:07:00 PM,01/15/2024 08:14:10 PM,01/15/2024 09:01:00 PM,TRAFFIC STOP,B,Y,POINT (-122.41 37.78)
        240150001,3B22,01/15/2024 08:05:09 PM,01/15/2024 08:09:00 PM,,01/15/2024 08:20:00 PM,01/15/2024 08:40:00 PM,TRAFFIC STOP,B,Y,POINT (-122.41 37.78)
        """,
        StandardCharsets.UTF_8);
    Path records = dir.resolve("records.yaml");
    Files.writeString(
        records,
        """
        file: dispatched-calls.csv
        columns:
          call: cad_number
          unit: unit_id
          time: received_datetime
          dispatched: dispatch_datetime
          enRoute: enroute_datetime
          onScene: onscene_datetime
          cleared: close_datetime
          type: call_type_final_desc
          priority: priority_final
          selfInitiated: onview_flag
          point: intersection_point  # POINT (-122.41 37.78)
        selfInitiatedValues: [Y]
        timeFormat: MM/dd/yyyy hh:mm:ss a     # 01/15/2024 08:05:09 PM
        types: {TRAFFIC STOP: traffic, ASSAULT / BATTERY: violent, "PERSON BREAKING IN": theft-report}
        defaultType: assistance
        priorities: {A: urgent, B: normal, C: low}
        from: 2024-01-01
        to: 2024-04-01
        """,
        StandardCharsets.UTF_8);

    CadRecords read = CadRecords.read(records, CadRecordsTest.ZONE, CadRecordsTest.MIX_WITH_THEFT);

    assertThat(read.problems().total()).isZero();
    RecordedCall call = read.calls().get(0);
    assertThat(call.received()).isEqualTo(CadRecordsTest.t("2024-01-15T20:05:09"));
    assertThat(call.type()).isEqualTo("traffic");
    assertThat(call.selfInitiated()).isTrue();
    assertThat(call.units()).extracting(UnitVisit::unit).containsExactly("3B21", "3B22");
    assertThat(call.firstUnit().orElseThrow().cleared())
        .isEqualTo(CadRecordsTest.t("2024-01-15T21:01:00"));
  }
}
