// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patrolsim.dispatch.calibrate.Calls.MONDAY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;

/**
 * Call handling, turnout, time on scene and self-initiated work on hand-made calls with known
 * answers.
 */
class DurationFitsTest {
  /** 60 x 2^1.2816: the p90 of a log-normal with median 60 s and sigma ln 2. */
  static final double P90 = Math.round(60 * Math.pow(2, LogNormal.Z90) * 10) / 10.0;

  @Test
  void handlingIsFittedOnCallsReceivedWhileUnitsWereFree() {
    List<RecordedCall> calls = new ArrayList<>();
    // day 1: 20 urgent calls an hour apart, each unit clear 10 min after dispatch: nobody busy at
    // any receipt;
    // handled in 30 s or 120 s (ln 60 -+ ln 2)
    for (int i = 0; i < 20; i++) {
      long handling = i % 2 == 0 ? 30 : 120;
      calls.add(
          Calls.call(
              MONDAY.plusHours(i),
              "violent",
              Priority.URGENT,
              false,
              handling,
              null,
              handling + 300,
              handling + 600));
    }
    // day 2: three units tied up 10:00-14:00 by officers' own work; 10 urgent calls wait 600 s
    // meanwhile
    LocalDateTime ten = MONDAY.plusDays(1).withHour(10);
    RecordedCall blocker = Calls.call(ten, "traffic", Priority.LOW, true, 0L, null, 60L, 4 * 3600L);
    UnitVisit u = blocker.units().get(0);
    calls.add(
        Calls.withUnits(
            blocker,
            List.of(
                u,
                new UnitVisit("b", u.dispatched(), null, u.onScene(), u.cleared()),
                new UnitVisit("c", u.dispatched(), null, u.onScene(), u.cleared()))));
    for (int i = 0; i < 10; i++) {
      calls.add(
          Calls.call(
              ten.plusHours(1).plusMinutes(4L * i),
              "violent",
              Priority.URGENT,
              false,
              600L,
              null,
              900L,
              1200L));
    }
    Findings f = new Findings();
    HandlingFit.fit(calls, f);

    Fit urgent =
        f.fits.stream()
            .filter(x -> x.name().equals("callHandling.urgent"))
            .findFirst()
            .orElseThrow();
    assertThat(urgent.value()).isEqualTo(Map.of("median", 60.0, "p90", P90));
    assertThat(urgent.n()).isEqualTo(20);
    assertThat(urgent.leftOut())
        .isEqualTo(Map.of("receivedWhileBusy", 10)); // the blocker is a low call
    assertThat(urgent.details().get("busyUnitsThreshold")).isEqualTo(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> all = (Map<String, Object>) urgent.details().get("allCalls");
    assertThat(all.get("n")).isEqualTo(30);
    assertThat((Double) all.get("median")).isGreaterThan(60.0);
    // no normal or low calls: said, not fitted
    assertThat(f.notFitted)
        .extracting(NotFitted::name)
        .containsExactly("callHandling.normal", "callHandling.low");
  }

  @Test
  void turnoutNeedsEnRouteTimesApartFromDispatch() {
    List<RecordedCall> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long turnout = i % 2 == 0 ? 30 : 120;
      calls.add(
          Calls.call(
              MONDAY.plusHours(i),
              "dispute",
              Priority.NORMAL,
              false,
              60L,
              60 + turnout,
              600L,
              1200L));
    }
    calls.add(
        Calls.call(MONDAY.plusHours(11), "dispute", Priority.NORMAL, false, 60L, 60L, 600L, 1200L));
    calls.add(
        Calls.call(
            MONDAY.plusHours(12), "dispute", Priority.NORMAL, false, 60L, null, 600L, 1200L));
    Findings f = new Findings();
    TurnoutFit.fit(calls, f);
    assertThat(f.fits.get(0).value()).isEqualTo(Map.of("median", 60.0, "p90", P90));
    assertThat(f.fits.get(0).leftOut())
        .isEqualTo(Map.of("enRouteAtDispatch", 1, "noEnRouteTime", 1));

    Findings none = new Findings();
    TurnoutFit.fit(calls.subList(10, 12), none);
    assertThat(none.fits).isEmpty();
    assertThat(none.notFitted.get(0).why())
        .startsWith("the records give no en-route time apart from the dispatch");
  }

  @Test
  void timeOnSceneIsFittedPerTypeOnCallerCalls() {
    List<RecordedCall> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long minutes = i % 2 == 0 ? 10 : 40; // geometric mean 20, sigma ln 2
      calls.add(
          Calls.call(
              MONDAY.plusHours(i),
              "dispute",
              Priority.NORMAL,
              false,
              60L,
              null,
              300L,
              300 + minutes * 60));
    }
    calls.add(
        Calls.call(MONDAY.plusHours(13), "dispute", Priority.NORMAL, true, 0L, null, 60L, 9000L));
    calls.add(
        Calls.call(MONDAY.plusHours(14), "dispute", Priority.NORMAL, false, 60L, null, 300L, 300L));
    calls.add(
        Calls.call(
            MONDAY.plusHours(15), "theft-report", Priority.LOW, false, 60L, null, 300L, 900L));
    Findings f = new Findings();
    OnSceneFit.fit(calls, f);
    Fit dispute = f.fits.get(0);
    assertThat(dispute.target()).isEqualTo("incidents.types[dispute].onSceneMinutes");
    assertThat(dispute.value())
        .isEqualTo(
            Map.of("median", 20.0, "p90", Math.round(20 * Math.pow(2, LogNormal.Z90) * 10) / 10.0));
    assertThat(dispute.leftOut()).isEqualTo(Map.of("selfInitiated", 1, "zeroOnScene", 1));
    assertThat(f.notFitted).extracting(NotFitted::name).containsExactly("onScene.theft-report");
  }

  @Test
  void selfInitiatedWorkIsARatePerPlanCarHourAndAMeanLength() {
    List<RecordedCall> calls =
        List.of(
            Calls.call(MONDAY.withHour(1), "traffic", Priority.LOW, true, 0L, null, 60L, 30 * 60L),
            Calls.call(MONDAY.withHour(2), "traffic", Priority.LOW, true, 0L, null, 60L, 90 * 60L),
            Calls.call(
                MONDAY.withHour(3),
                "dispute",
                Priority.NORMAL,
                false,
                60L,
                null,
                300L,
                60 + 120 * 60L));
    Findings f = new Findings();
    SelfInitiatedFit.fit(calls, Window.of(calls), 48, f);
    Fit fit = f.fits.get(0);
    assertThat(fit.value())
        .isEqualTo(Map.of("perCarHour", 0.0417, "minutes", 60.0)); // 2 visits / 48 car-hours
    assertThat(fit.goodness().value()).isEqualTo(0.5); // 120 of 240 busy minutes

    Findings none = new Findings();
    SelfInitiatedFit.fit(calls.subList(2, 3), Window.of(calls), 48, none);
    assertThat(none.notFitted).extracting(NotFitted::name).containsExactly("selfInitiated");
  }

  @Test
  void aHoldOutLeavesTheLastDaysUnfitted() {
    List<RecordedCall> calls = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      for (int i = 0; i <= day; i++) {
        calls.add(Calls.call(MONDAY.plusDays(day).plusHours(i), "dispute", Priority.NORMAL));
      }
    }
    Calibration c = Calibrator.calibrate(calls, 2, 48);
    assertThat(c.holdoutFrom()).isEqualTo(MONDAY.plusDays(3));
    assertThat(c.window().days()).isEqualTo(3.0);
    assertThat(c.calls()).isEqualTo(6); // 1 + 2 + 3
    assertThat(c.heldOut()).isEqualTo(9); // 4 + 5
    assertThat(c.fits().get(0).value()).isEqualTo(2.0);
    assertThat(c.notFitted())
        .extracting(NotFitted::name)
        .contains("travel", "carTurnout", "selfInitiated");
  }
}
