// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.records.RecordProblems;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;
import org.patrolsim.geo.LatLon;

/**
 * The replay of a back-test: one row per recorded call, however many units went, times and places
 * exact; calls officers started themselves are not replayed.
 */
class ReplayOfRecordsTest {
  @TempDir Path dir;

  @Test
  void oneRowPerCallWithItsExactTimeAndPlace() throws Exception {
    LocalDateTime t = LocalDateTime.of(2024, 5, 1, 23, 59, 7, 250_000_000);
    UnitVisit a = new UnitVisit("A1", t.plusMinutes(1), null, null, null);
    UnitVisit b = new UnitVisit("B2", t.plusMinutes(2), null, null, null);
    CadRecords records =
        new CadRecords(
            dir.resolve("cad.csv"),
            List.of(
                new RecordedCall(
                    "1",
                    2,
                    t,
                    new LatLon(43.7311234567891, 7.4197),
                    "FIGHT",
                    "violent",
                    Priority.URGENT,
                    false,
                    List.of(a, b)),
                new RecordedCall(
                    "2",
                    4,
                    t.plusDays(2),
                    new LatLon(43.74, 7.42),
                    "X",
                    "a, b",
                    Priority.LOW,
                    false,
                    List.of()),
                new RecordedCall(
                    "3",
                    5,
                    t.plusDays(2),
                    new LatLon(43.75, 7.42),
                    "STOP",
                    "traffic",
                    Priority.LOW,
                    true,
                    List.of())),
            new RecordProblems(),
            4);
    Path csv = dir.resolve("replay.csv");
    ReplayOfRecords.write(records, csv);
    assertThat(Files.readAllLines(csv))
        .containsExactly(
            "time,lat,lon,type,priority",
            "2024-05-01T23:59:07.250,43.7311234567891,7.4197,violent,urgent",
            "2024-05-03T23:59:07.250,43.74,7.42,\"a, b\",low");
    assertThat(ReplayOfRecords.spanDays(records)).isEqualTo(3);
  }
}
