// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.geo.LatLon;

/**
 * A run of the default scenario exported as a CAD file ({@link SimulatedCadExport}) and read back:
 * the reader gives back every call with its time, place, type, priority and units, and each unit's
 * dispatch, arrival and clear as the events have them, to the second.
 */
@IntegrationTest
class CadRoundTripTest {
  static DemoCityRuns runs;

  @BeforeAll
  static void open() {
    runs = new DemoCityRuns();
  }

  @AfterAll
  static void close() {
    runs.close();
  }

  @TempDir Path dir;

  @Test
  void aSimulatedExportReadsBackAsTheRunsCallsAndStageTimes() {
    SimulatedCadExport.Export export = SimulatedCadExport.run(runs, dir);
    List<IncidentTimeline> timelines = export.run().timelines();

    CadRecords records = export.read();

    assertThat(records.problems().total()).isZero();
    assertThat(timelines).hasSizeGreaterThan(50);
    assertThat(records.calls()).hasSameSizeAs(timelines);
    for (int i = 0; i < timelines.size(); i++) {
      IncidentTimeline t = timelines.get(i);
      RecordedCall c = records.calls().get(i);
      assertThat(c.callId()).isEqualTo(Long.toString(t.id()));
      assertThat(c.received()).isEqualTo(export.at(t.callMs()));
      assertThat(c.point()).isEqualTo(new LatLon(t.lat(), t.lon()));
      assertThat(c.type()).isEqualTo(t.type());
      assertThat(c.priority()).isEqualTo(t.priority());
      assertThat(c.firstUnit().map(UnitVisit::unit))
          .isEqualTo(Optional.ofNullable(t.firstUnit()).map(u -> u.name()));
      assertThat(c.firstUnit().map(UnitVisit::dispatched).orElse(null))
          .isEqualTo(t.firstDispatchMs() < 0 ? null : export.at(t.firstDispatchMs()));
      assertThat(c.firstUnit().map(UnitVisit::enRoute).orElse(null))
          .isEqualTo(t.firstEnRouteMs() < 0 ? null : export.at(t.firstEnRouteMs()));
      assertThat(c.firstOnScene().orElse(null))
          .isEqualTo(t.firstArrivalMs() < 0 ? null : export.at(t.firstArrivalMs()));
      if (t.clearedBy() != null) {
        assertThat(c.units())
            .filteredOn(u -> u.unit().equals(t.clearedBy().name()))
            .extracting(UnitVisit::cleared)
            .contains(export.at(t.clearMs()));
      }
    }
    Set<String> arrivals = new HashSet<>();
    for (DispatchEvent e : export.run().events()) {
      if (e instanceof DispatchEvent.Arrived a
          && arrivals.add(a.incident() + "/" + a.unit().name())) {
        RecordedCall c = records.calls().get((int) a.incident() - 1);
        assertThat(c.units())
            .filteredOn(u -> u.unit().equals(a.unit().name()))
            .extracting(UnitVisit::onScene)
            .contains(export.at(a.timeMs()));
      }
    }
    assertThat(records.rows()).isGreaterThanOrEqualTo(records.calls().size());
  }
}
