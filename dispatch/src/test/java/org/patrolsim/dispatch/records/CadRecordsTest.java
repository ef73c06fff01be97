// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.patrolsim.geo.LatLon;

/**
 * CAD exports written byte for byte by the test, read into calls: one row per unit grouped by call
 * number, stage times checked in order, each left-out record or time counted with its line.
 */
class CadRecordsTest {
  static final IncidentMix MIX = new IncidentMix(List.of(
      new IncidentType("violent", Priority.URGENT, 0.1, 600_000, 0.3, 2),
      new IncidentType("traffic", Priority.NORMAL, 0.5, 600_000, 0.9, 1),
      new IncidentType("assistance", Priority.LOW, 0.4, 600_000, 0.9, 1)));
  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  @TempDir
  Path dir;

  Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  static LocalDateTime t(String iso) {
    return LocalDateTime.parse(iso);
  }

  @Test
  void aBareCsvWithTheDefaultNamesGroupsUnitRowsIntoCalls() throws IOException {
    Path csv = file("cad.csv", """
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
    assertThat(c1.units()).containsExactly(
        new UnitVisit("A2", t("2024-05-01T08:01:00"), t("2024-05-01T08:01:20"), t("2024-05-01T08:12:00"),
            t("2024-05-01T08:31:00")),
        new UnitVisit("A1", t("2024-05-01T08:02:00"), null, t("2024-05-01T08:10:00"), t("2024-05-01T08:30:00")));
    RecordedCall c2 = records.calls().get(1);
    assertThat(c2.selfInitiated()).isFalse();
    assertThat(c2.priority()).isEqualTo(Priority.NORMAL);
    assertThat(c2.units()).hasSize(1);
  }
}
