// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * The whole days the fitted records span, first to last (both included).
 *
 * @param first the day of the first call
 * @param last the day of the last call
 */
public record Window(LocalDate first, LocalDate last) {
  public Window {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("window ends before it starts: " + first + " to " + last);
    }
  }

  /** The days from the first call's to the last call's (a non-empty list). */
  public static Window of(List<RecordedCall> calls) {
    LocalDate first = calls.stream().map(c -> c.received().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = calls.stream().map(c -> c.received().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
    return new Window(first, last);
  }

  /** How many days, at least 1. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** The index of a day in the window, 0 for the first. */
  int dayIndex(LocalDate day) {
    return (int) ChronoUnit.DAYS.between(first, day);
  }

  /** How many days of the window fall on {@code weekday}. */
  int count(DayOfWeek weekday) {
    int n = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      n += d.getDayOfWeek() == weekday ? 1 : 0;
    }
    return n;
  }
}
