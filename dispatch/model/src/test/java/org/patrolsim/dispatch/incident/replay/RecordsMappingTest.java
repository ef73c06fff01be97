// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.LatLon;

/**
 * The dispatch records' fields of a replay mapping: a replay reads a WKT point column and ignores
 * the rest, so a records mapping also works as {@code incidents.replay}; {@link StageRows} reads
 * them.
 */
class RecordsMappingTest {
  static final String EXPORT =
      """
      call,unit,received,dispatched,onScene,cleared,location,type,priority,origin
      7,A1,2024-05-01T08:00:00,2024-05-01T08:01:00,2024-05-01T08:10:00,2024-05-01T08:30:00,POINT (7.42 43.73),traffic,,OV
      7,A2,2024-05-01T08:00:00,2024-05-01T08:02:00,,,POINT (7.42 43.73),traffic,,OV
      8,B1,2024-05-01T09:00:00,9 o'clock,,,point(7.43 43.74),violent,urgent,phone
      """;

  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static ReplaySource records(Path file) {
    var columns =
        new ReplaySource.Columns(
            "received",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "location",
            null,
            null,
            null,
            null,
            null,
            null,
            "origin",
            null,
            null);
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
        List.of("ov"),
        "2024-05-01",
        null,
        6.0);
  }

  @Test
  void aReplayReadsAWktPointColumnAndIgnoresTheRecordsColumns() throws IOException {
    ReplaySource source = records(file("cad.csv", EXPORT));

    var rows = ReplayReaderTest.read(source, ReplayReaderTest.MONACO);

    assertThat(rows.bad().count()).isZero();
    assertThat(rows.rows())
        .extracting(ReplayRow::point)
        .containsExactly(new LatLon(43.73, 7.42), new LatLon(43.73, 7.42), new LatLon(43.74, 7.43));
  }

  @Test
  void stageRowsReadEachRecordsColumnAndSayWhatCannotBeRead() throws IOException {
    ReplaySource source = records(file("cad.csv", EXPORT));
    ReplayFormat format = ReplayFormat.of(source, ReplayReaderTest.MONACO, ReplayReaderTest.TYPES);

    StageRows read = StageRows.read(format, ReplayReaderTest.MIX);

    assertThat(format.records().stageCap()).isEqualTo(Duration.ofHours(6));
    assertThat(format.records().from()).isEqualTo(LocalDateTime.of(2024, 5, 1, 0, 0));
    StageRows.Row first = read.rows().get(0);
    assertThat(first.call()).isEqualTo("7");
    assertThat(first.unit()).isEqualTo("A1");
    assertThat(first.selfInitiated()).isTrue();
    assertThat(first.stage(StageRows.Stage.DISPATCHED).time())
        .isEqualTo(LocalDateTime.of(2024, 5, 1, 8, 1));
    assertThat(first.stage(StageRows.Stage.EN_ROUTE).written()).isFalse();
    assertThat(read.rows().get(1).stage(StageRows.Stage.ON_SCENE).written()).isFalse();
    StageRows.Row third = read.rows().get(2);
    assertThat(third.selfInitiated()).isFalse();
    assertThat(third.priority()).isEqualTo(Priority.URGENT);
    assertThat(third.stage(StageRows.Stage.DISPATCHED).problem())
        .isEqualTo(
            "dispatched expected an ISO date-time like 2024-05-01T08:15:30 (an offset or Z may follow), "
                + "got '9 o'clock'");
  }

  @Test
  void aWktPointThatIsNotOneIsABadRow() throws IOException {
    ReplaySource source =
        records(
            file(
                "cad.csv",
                """
        received,location,type
        2024-05-01T08:00:00,POINT EMPTY,traffic
        2024-05-01T08:00:00,POINT (200 43),traffic
        2024-05-01T08:00:00,,traffic
        """));

    var rows = ReplayReaderTest.read(source, ReplayReaderTest.MONACO);

    assertThat(rows.bad().listed())
        .isEqualTo(
            "line 2: location expected a WKT point like POINT (-122.42 37.77), got "
                + "'POINT EMPTY'; line 3: location expected POINT (lon lat) with lon from -180 to 180 and lat from -90 to 90, "
                + "got 'POINT (200 43)'; line 4: location is empty, expected a WKT point like POINT (-122.42 37.77)");
  }

  @Test
  void aRecordsMappingWorksAsAScenariosReplay() throws IOException {
    Path csv = file("cad.csv", EXPORT);
    List<String> replay =
        List.of(
            "incidents.replay={file: "
                + csv
                + ", columns: {time: received, point: location, "
                + "dispatched: dispatched, unit: unit, call: call, selfInitiated: origin}, selfInitiatedValues: [OV], "
                + "from: '2024-05-01T00:00', to: '2024-06-01', stageCapHours: 8, types: {violent: violent, traffic: traffic}}");

    LoadedScenario loaded = ScenarioLoader.loadDefault(replay);

    ReplaySource bound = loaded.scenario().incidents().replay();
    assertThat(bound.stageCapHours()).isEqualTo(8.0);
    assertThat(bound.columns().point()).isEqualTo("location");
    assertThat(bound.selfInitiatedValues()).containsExactly("OV");
    String json = ScenarioLoader.toJson(loaded.scenario());
    assertThat(ScenarioLoader.fromJson("again", json).scenario().incidents().replay())
        .isEqualTo(bound);
    List<String> badCap = List.of(replay.get(0), "incidents.replay.stageCapHours=-1");
    assertThatThrownBy(() -> ScenarioLoader.loadDefault(badCap))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining("incidents.replay.stageCapHours")
        .hasMessageContaining("expected a number of hours above 0");
  }
}
