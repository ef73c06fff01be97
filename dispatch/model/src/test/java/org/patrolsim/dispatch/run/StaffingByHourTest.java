// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.CarId;

/**
 * Staffing by hour on the default scenario (3 days, seed 1): 12 more cars on duty from 16:00 to
 * 20:00 ({@code fleet.extraShifts}) against the default 48 around-the-clock cars, on the same calls
 * (common random numbers).
 */
@IntegrationTest
class StaffingByHourTest {
  static final long HOUR_MS = 3_600_000L;
  static final String EVENING = "fleet.extraShifts=[{startHour: 16, hours: 4, cars: 12}]";
  static DemoCityRuns demo;
  static CityModel baseModel;
  static RecordedRun base;
  static RecordedRun evening;
  static CityModel eveningModel;

  @BeforeAll
  static void runBoth() {
    demo = new DemoCityRuns();
    baseModel = demo.model("days=3");
    base = demo.run(baseModel);
    eveningModel = demo.model("days=3", EVENING);
    evening = demo.run(eveningModel);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  static boolean inEvening(long timeMs) {
    long hour = (timeMs / HOUR_MS) % 24;
    return hour >= 16 && hour < 20;
  }

  static long callOuts(RecordedRun r, boolean inEvening) {
    return r.decisions().stream()
        .filter(d -> d.action() == Action.STATION && inEvening(d.timeMs()) == inEvening)
        .count();
  }

  /**
   * The generated calls, as the plan cannot change them: when, where, what. Repeat calls are left
   * out (they follow the plan's outcomes) and so are ids (a repeat takes the next id in turn).
   */
  static List<String> generatedCalls(RecordedRun run) {
    return run.events().stream()
        .filter(e -> e instanceof DispatchEvent.CallReceived c && c.repeatOf() == 0)
        .map(e -> (DispatchEvent.CallReceived) e)
        .map(c -> c.timeMs() + " " + c.lat() + " " + c.lon() + " " + c.type() + " " + c.station())
        .toList();
  }

  static boolean extra(Object unit) {
    return unit instanceof CarId car && car.number() > 48;
  }

  @Test
  void twelveMoreCarsFrom16To20LowerTheEveningCallOutsOnTheSameCalls() {
    assertThat(generatedCalls(evening))
        .as("the same generated calls")
        .isEqualTo(generatedCalls(base))
        .hasSizeGreaterThan(2000);
    long before = callOuts(base, true);
    long after = callOuts(evening, true);
    assertThat(before).as("the default plan's evening call-outs").isGreaterThan(5);
    assertThat(after)
        .as("evening call-outs with 12 more cars (default: %d)", before)
        .isLessThan(before);
    // the extra cars work: they are sent, all of them, in the evening
    assertThat(
            evening.decisions().stream()
                .filter(d -> d.action() == Action.PATROL && extra(d.unit()))
                .map(DispatchEvent.Decided::unit)
                .distinct()
                .count())
        .isEqualTo(12);
  }

  @Test
  void theCarsOnDutyByHourAreThePlans48And60() {
    Map<String, Object> v = DefaultScenarioTest.mapAt(evening.summary(), "vehicles");
    assertThat(v.get("count")).isEqualTo(60);
    List<Double> byHour = DefaultScenarioTest.listAt(evening.summary(), "vehicles", "onDutyByHour");
    for (int h = 0; h < 24; h++) {
      if (h >= 16 && h < 20) {
        assertThat(byHour.get(h)).as("hour %d", h).isEqualTo(60.0);
      } else if (h == 20) {
        // the drive back to the station (and any job still open at 20:00) is on duty, off the
        // street
        assertThat(byHour.get(h)).as("hour %d", h).isGreaterThan(48.0).isLessThan(54.0);
      } else {
        assertThat(byHour.get(h)).as("hour %d", h).isEqualTo(48.0);
      }
    }
    assertThat(DefaultScenarioTest.mapAt(base.summary(), "vehicles"))
        .doesNotContainKey("onDutyByHour")
        .containsEntry("count", 48);
  }

  @Test
  void offDutyCarsAreNeverSentNorWeighedAndWaitAtTheirStation() {
    List<DispatchEvent.Decided> decisions = evening.decisions();
    assertThat(decisions)
        .filteredOn(d -> d.action() == Action.PATROL && extra(d.unit()))
        .isNotEmpty()
        .allMatch(d -> inEvening(d.timeMs()));
    assertThat(decisions)
        .flatExtracting(DispatchEvent.Decided::candidates)
        .filteredOn(w -> extra(w.unit()))
        .isNotEmpty();
    assertThat(decisions)
        .filteredOn(d -> !inEvening(d.timeMs()))
        .allMatch(d -> d.candidates().stream().noneMatch(w -> extra(w.unit())));
    // each extra car: off duty from the start, free at 16:00 sharp, off duty again at its station
    // by 21:00
    for (int n = 49; n <= 60; n++) {
      CarId car = new CarId(n);
      List<DispatchEvent.UnitChanged> changes =
          evening.events().stream()
              .filter(e -> e instanceof DispatchEvent.UnitChanged u && u.unit().equals(car))
              .map(e -> (DispatchEvent.UnitChanged) e)
              .toList();
      assertThat(changes.get(0))
          .isEqualTo(new DispatchEvent.UnitChanged(0, car, UnitState.OFF_DUTY));
      for (int day = 0; day < 3; day++) {
        long start = day * 24L * HOUR_MS + 16 * HOUR_MS;
        assertThat(changes)
            .as("%s on day %d", car, day)
            .contains(new DispatchEvent.UnitChanged(start, car, UnitState.FREE))
            .noneMatch(
                u ->
                    u.state() != UnitState.OFF_DUTY
                        && u.timeMs() > start - 16 * HOUR_MS
                        && u.timeMs() < start)
            .anyMatch(
                u ->
                    u.state() == UnitState.OFF_DUTY
                        && u.timeMs() >= start + 4 * HOUR_MS
                        && u.timeMs() < start + 5 * HOUR_MS);
      }
    }
    assertThat(eveningModel.cars()).hasSize(60);
    for (int i = 0; i < 48; i++) { // the around-the-clock cars keep their names, beats and shifts
      var before = baseModel.cars().get(i);
      var now = eveningModel.cars().get(i);
      assertThat(now.id()).isEqualTo(before.id());
      assertThat(now.beat().waypoints()).isEqualTo(before.beat().waypoints());
      assertThat(now.shifts()).isEqualTo(before.shifts());
    }
    assertThat(eveningModel.cars().subList(0, 48))
        .extracting(c -> c.id().name())
        .startsWith("car-01")
        .endsWith("car-48");
    assertThat(eveningModel.cars().subList(48, 60))
        .allMatch(c -> c.shifts().partDay() && c.shiftGroup() == 4);
  }
}
