// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.records.RecordProblems;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;

/**
 * Both sides measured by the same rules, and records paired with their replays by time and place.
 */
class PairingTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  static final StationId PORT = new StationId("port");
  static final CarId CAR = new CarId(1);

  static IncidentTimeline timeline(long id, long callMs, double lat) {
    return new IncidentTimeline(
        id,
        callMs,
        lat,
        7.42,
        "dispute",
        Priority.NORMAL,
        PORT,
        false,
        -1,
        null,
        0,
        0,
        -1,
        -1,
        null,
        null,
        -1,
        -1,
        -1,
        null,
        null,
        null,
        0,
        null,
        0,
        null);
  }

  static DispatchEvent.Decided sent(long ms, long incident) {
    return new DispatchEvent.Decided(
        ms, incident, Action.PATROL, CAR, Role.PRIMARY, 0, 0, 60, 0, "nearest", List.of());
  }

  /**
   * Incident 1 at 10:00:00: handled 60 s, car sent at 10:01, moves off 10:01:30 (its turnout), on
   * scene 10:05, leaves 10:35. Simulated: handling 60, drive 210 (from en route), response 300, on
   * scene 1,800, unit time 2,040 s (from the dispatch), all in hour 10.
   */
  static SimulatedRun run() {
    SimulatedRun run = new SimulatedRun();
    long call = 10 * 3_600_000L;
    run.event(sent(call + 60_000, 1));
    run.event(new DispatchEvent.UnitChanged(call + 60_000, CAR, UnitState.TURNOUT));
    run.event(new DispatchEvent.EnRoute(call + 90_000, 1, CAR));
    run.event(new DispatchEvent.UnitChanged(call + 90_000, CAR, UnitState.RESPONDING));
    run.event(new DispatchEvent.Arrived(call + 300_000, 1, CAR, true));
    run.event(new DispatchEvent.UnitChanged(call + 300_000, CAR, UnitState.ON_SCENE));
    run.event(new DispatchEvent.UnitChanged(call + 2_100_000, CAR, UnitState.FREE));
    run.timeline(timeline(1, call, 43.73));
    run.timeline(timeline(2, call + 3_600_000, 43.74));
    run.finish(null);
    return run;
  }

  static RecordedCall recorded(String id, LocalDateTime at, double lat, UnitVisit... units) {
    return new RecordedCall(
        id,
        2,
        at,
        new LatLon(lat, 7.42),
        "DISPUTE",
        "dispute",
        Priority.NORMAL,
        false,
        List.of(units));
  }

  static RecordedCall onView(String id, LocalDateTime at, double lat) {
    return new RecordedCall(
        id, 3, at, new LatLon(lat, 7.42), "STOP", "traffic", Priority.LOW, true, List.of());
  }

  @Test
  void theRunIsMeasuredAsACadWouldRecordIt() {
    SimulatedRun.Incident one = run().incidents().get(1L);
    CallMeasures m = CallMeasures.of(one.call(), SimulatedRun.zero(), new BusyByHour());
    assertThat(m.values())
        .containsEntry(Measure.HANDLING, 60.0)
        .containsEntry(Measure.TURNOUT, 30.0)
        .containsEntry(Measure.DRIVE, 210.0)
        .containsEntry(Measure.RESPONSE, 300.0)
        .containsEntry(Measure.ON_SCENE, 1800.0)
        .containsEntry(Measure.UNIT_TIME, 2040.0);
  }

  @Test
  void callsPairByTimeAndPlaceAndTheRestIsCounted() {
    LocalDateTime ten = DAY.atTime(10, 0);
    UnitVisit visit =
        new UnitVisit("A1", ten.plusMinutes(2), null, ten.plusMinutes(10), ten.plusMinutes(70));
    CadRecords records =
        new CadRecords(
            Path.of("cad.csv"),
            List.of(
                recorded("c1", ten, 43.73, visit),
                recorded(
                    "c2",
                    ten.plusHours(1),
                    43.75), // same time as incident 2, another place: not replayed
                recorded("c3", ten.plusHours(5), 43.73), // no incident then
                onView(
                    "c4",
                    ten.plusHours(1),
                    43.74)), // started by officers: at incident 2's time and place, not paired
            new RecordProblems(),
            4);
    Pairing p = Pairing.of(records, DAY, run());
    assertThat(p.calls()).hasSize(1);
    assertThat(p.notReplayed()).isEqualTo(2);
    assertThat(p.selfInitiated()).isEqualTo(1);
    assertThat(p.simulatedWithoutRecord()).isEqualTo(1);
    PairedCall c = p.calls().get(0);
    assertThat(c.block()).isEqualTo(HourBlock.MORNING);
    assertThat(c.jurisdiction()).isEqualTo(PORT);
    assertThat(c.recorded(Measure.HANDLING).getAsDouble()).isEqualTo(120.0);
    assertThat(c.recorded(Measure.DRIVE).getAsDouble()).isEqualTo(480.0);
    assertThat(c.recorded(Measure.UNIT_TIME).getAsDouble()).isEqualTo(4080.0);
    assertThat(c.simulated(Measure.ON_SCENE).getAsDouble()).isEqualTo(1800.0);
    // recorded: 10:02-11:10 is 58 min in hour 10 and 10 in hour 11; simulated 10:01-10:35
    assertThat(p.recordedBusy().meanBusy(10, 1)).isCloseTo(58.0 / 60, within(1e-12));
    assertThat(p.recordedBusy().meanBusy(11, 1)).isCloseTo(10.0 / 60, within(1e-12));
    assertThat(p.simulatedBusy().meanBusy(10, 1)).isCloseTo(34.0 / 60, within(1e-12));
  }

  /** A unit without a clear time leaves the call's unit time out and is counted. */
  @Test
  void aVisitWithoutAClearIsCounted() {
    LocalDateTime ten = DAY.atTime(10, 0);
    UnitVisit noClear = new UnitVisit("A1", ten.plusMinutes(2), null, ten.plusMinutes(10), null);
    CadRecords records =
        new CadRecords(
            Path.of("cad.csv"),
            List.of(recorded("c1", ten, 43.73, noClear)),
            new RecordProblems(),
            1);
    Pairing p = Pairing.of(records, DAY, run());
    assertThat(p.recordedVisitsWithoutTimes()).isEqualTo(1);
    assertThat(p.calls().get(0).recorded(Measure.UNIT_TIME)).isEmpty();
    assertThat(p.calls().get(0).recorded(Measure.HANDLING).getAsDouble()).isEqualTo(120.0);
  }
}
