// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * The span of time the fitted records cover, {@code start} inclusive to {@code end} exclusive: the
 * records' own {@code from}/{@code to} where they give them (an export of 48 hours from 09:15 is
 * two days, not three calendar days), else the whole days from the first call's to the last call's.
 *
 * @param start the first instant covered
 * @param end the end, after start
 */
public record Window(LocalDateTime start, LocalDateTime end) {
  private static final double DAY_MS = 86_400_000.0;

  public Window {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("window ends before it starts: " + start + " to " + end);
    }
  }

  /**
   * The whole days of the calls (a non-empty list), each bound replaced by {@code from}/{@code to}
   * when given.
   */
  public static Window of(List<RecordedCall> calls, LocalDateTime from, LocalDateTime to) {
    LocalDate first =
        calls.stream().map(c -> c.received().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        calls.stream().map(c -> c.received().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
    return new Window(
        from != null ? from : first.atStartOfDay(),
        to != null ? to : last.plusDays(1).atStartOfDay());
  }

  /** The whole days from the first call's to the last call's. */
  public static Window of(List<RecordedCall> calls) {
    return of(calls, null, null);
  }

  /** Its length in days (may be fractional). */
  public double days() {
    return Duration.between(start, end).toMillis() / DAY_MS;
  }

  /** The 24-hour periods from the start it is cut into (the last may be partial). */
  int periods() {
    return Math.max(1, (int) Math.ceil(days() - 1e-9));
  }

  /**
   * The 24-hour period from the start that {@code t} falls in (0 for the first; clamped to the
   * window).
   */
  int periodOf(LocalDateTime t) {
    long ms = Duration.between(start, t).toMillis();
    return (int) Math.max(0, Math.min(periods() - 1, Math.floor(ms / DAY_MS)));
  }

  /** How many days of the window fall on {@code weekday} (parts of a day counted as parts). */
  double days(DayOfWeek weekday) {
    double n = 0;
    for (LocalDate d = start.toLocalDate(); d.atStartOfDay().isBefore(end); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == weekday) {
        LocalDateTime a = d.atStartOfDay().isBefore(start) ? start : d.atStartOfDay();
        LocalDateTime b =
            d.plusDays(1).atStartOfDay().isAfter(end) ? end : d.plusDays(1).atStartOfDay();
        n += Duration.between(a, b).toMillis() / DAY_MS;
      }
    }
    return n;
  }
}
