// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.patrolsim.dispatch.calibrate.Calls.MONDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordedCall;

class ArrivalFitTest {
  @Test
  void callsPerDayAndHourComeFromCallerCallsOnly() {
    List<RecordedCall> calls = new ArrayList<>();
    for (int day = 0; day < 2; day++) {
      calls.add(Calls.call(MONDAY.plusDays(day).withHour(0), "dispute", Priority.NORMAL));
      for (int i = 0; i < 3; i++) {
        calls.add(
            Calls.call(
                MONDAY.plusDays(day).withHour(12).withMinute(10 * i), "dispute", Priority.NORMAL));
      }
      calls.add(
          Calls.call(
              MONDAY.plusDays(day).withHour(5),
              "dispute",
              Priority.LOW,
              true,
              0L,
              null,
              60L,
              600L));
    }
    List<Fit> fits = ArrivalFit.fit(calls, Window.of(calls));

    Fit perDay = fits.get(0);
    assertThat(perDay.value()).isEqualTo(4.0);
    assertThat(perDay.n()).isEqualTo(8);
    assertThat(perDay.leftOut()).isEqualTo(Map.of("selfInitiated", 2));
    @SuppressWarnings("unchecked")
    Map<String, Object> weekdays = (Map<String, Object>) perDay.details().get("perDayOfWeek");
    assertThat(weekdays.get("monday")).isEqualTo(4.0);
    assertThat(weekdays.get("tuesday")).isEqualTo(4.0);
    assertThat(weekdays.get("wednesday")).isNull();
    // the same counts on both days: no spread at all
    assertThat(perDay.goodness().value()).isEqualTo(0.0);

    @SuppressWarnings("unchecked")
    List<Double> profile = (List<Double>) fits.get(1).value();
    assertThat(profile).hasSize(24);
    assertThat(profile.get(0)).isEqualTo(6.0); // 1 of 4 calls a day: 24 x 1/4
    assertThat(profile.get(12)).isEqualTo(18.0);
    assertThat(profile.get(5)).isEqualTo(0.0); // only self-initiated calls at 05:00
    assertThat(profile.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(24.0, within(1e-9));
  }

  @Test
  void theDispersionIndexIsTheChiSquareOverItsDegreesOfFreedom() {
    int[][] counts = new int[2][24];
    counts[0][5] = 1; // one hour with 1 and 3 calls: mean 2, chi-square (1 + 1) / 2 = 1 on 1 df
    counts[1][5] = 3;
    counts[0][9] = 4; // an hour with 4 and 4: chi-square 0 on 1 df
    counts[1][9] = 4;
    assertThat(ArrivalFit.dispersion(counts).value()).isEqualTo(0.5);
    assertThat(ArrivalFit.dispersion(new int[1][24]).value()).isNaN();
  }

  @Test
  void theRecordsOwnWindowCountsItsHoursNotItsCalendarDays() {
    // 48 hours from 09:15: three calendar dates, two days
    List<RecordedCall> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(Calls.call(MONDAY.withHour(10).plusHours(8L * i), "dispute", Priority.NORMAL));
    }
    Window window =
        Window.of(
            calls,
            MONDAY.withHour(9).withMinute(15),
            MONDAY.plusDays(2).withHour(9).withMinute(15));
    assertThat(window.days()).isEqualTo(2.0);
    assertThat(ArrivalFit.fit(calls, window).get(0).value()).isEqualTo(3.0);
    assertThat(Window.of(calls).days()).isEqualTo(3.0); // without from/to: whole calendar days
  }
}
