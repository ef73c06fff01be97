// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import org.patrolsim.dispatch.ErrorText;

/**
 * Reads a call's time from one column (date and time) or two (date, time of day) and turns it into
 * the local wall-clock time of the scenario's time zone: a time with an offset or {@code Z} is
 * converted to that zone; a time without one is read in the file's zone (by default the scenario's)
 * and converted if the two differ. The simulation's clock is that wall clock, so a call at 14:05
 * local time happens at 14:05 of its simulated day, also after a change to or from daylight saving
 * time.
 *
 * <p>{@code iso} accepts {@code 2024-05-01T08:15:30}, a space for the {@code T}, seconds and
 * fractions optional, and an optional offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code
 * +02}). A pattern uses {@link DateTimeFormatter}'s letters, case-insensitive for AM/PM and month
 * names (English), e.g. {@code MM/dd/yyyy hh:mm:ss a}; {@code Hmm} reads military times such as
 * {@code 930} and {@code 2130}.
 */
final class CallTimes {
  private static final ZonedDateTime SAMPLE =
      ZonedDateTime.of(2024, 5, 1, 20, 15, 30, 0, ZoneId.of("UTC"));
  private static final DateTimeFormatter ISO_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter ISO_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(ISO_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private final DateTimeFormatter time;
  private final DateTimeFormatter date;
  private final String timeExample;
  private final String dateExample;
  private final ZoneId fileZone;
  private final ZoneId scenarioZone;

  private CallTimes(
      DateTimeFormatter time,
      DateTimeFormatter date,
      String timeExample,
      String dateExample,
      ZoneId fileZone,
      ZoneId scenarioZone) {
    this.time = time;
    this.date = date;
    this.timeExample = timeExample;
    this.dateExample = dateExample;
    this.fileZone = fileZone;
    this.scenarioZone = scenarioZone;
  }

  /**
   * Compiles the formats of {@code source}; with {@code twoColumns} the time format reads a time of
   * day and the date format the date.
   *
   * @throws ReplaySetupError naming {@code timeFormat}, {@code dateFormat} or {@code timeZone}
   */
  static CallTimes of(ReplaySource source, boolean twoColumns, ZoneId scenarioZone) {
    ZoneId fileZone =
        source.timeZone() == null ? scenarioZone : zone("timeZone", source.timeZone());
    if (!twoColumns) {
      DateTimeFormatter t = formatter("timeFormat", source.timeFormat(), ISO_DATE_TIME);
      String example =
          example(
              "timeFormat",
              source.timeFormat(),
              t,
              "a date and a time of day",
              a -> LocalDateTime.from(a),
              "an ISO date-time like 2024-05-01T08:15:30 (an offset or Z may follow)");
      return new CallTimes(t, null, example, null, fileZone, scenarioZone);
    }
    DateTimeFormatter t = formatter("timeFormat", source.timeFormat(), ISO_TIME);
    DateTimeFormatter d =
        formatter("dateFormat", source.dateFormat(), DateTimeFormatter.ISO_LOCAL_DATE);
    String timeExample =
        example(
            "timeFormat",
            source.timeFormat(),
            t,
            "a time of day",
            LocalTime::from,
            "an ISO time of day like 20:15 or 20:15:30");
    String dateExample =
        example(
            "dateFormat",
            source.dateFormat(),
            d,
            "a date",
            LocalDate::from,
            "an ISO date like 2024-05-01");
    return new CallTimes(t, d, timeExample, dateExample, fileZone, scenarioZone);
  }

  /** A zone id such as {@code Europe/Paris}, {@code UTC} or {@code +02:00}. */
  static ZoneId zone(String field, String text) {
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      throw new ReplaySetupError(
          field,
          "expected a time zone such as America/Chicago, Europe/Paris or UTC, got '"
              + ErrorText.value(text)
              + "'");
    }
  }

  private static DateTimeFormatter formatter(String field, String format, DateTimeFormatter iso) {
    if (ReplaySource.ISO.equalsIgnoreCase(format.trim())) {
      return iso;
    }
    try {
      return new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern(format)
          .toFormatter(Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      throw new ReplaySetupError(
          field,
          "expected 'iso' or a date-time pattern like 'MM/dd/yyyy hh:mm:ss a', got '"
              + ErrorText.value(format)
              + "' ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * How a good value looks, for messages; checks on a sample that the pattern yields what is
   * needed.
   */
  private static String example(
      String field,
      String format,
      DateTimeFormatter f,
      String needs,
      java.util.function.Function<TemporalAccessor, ?> result,
      String isoWords) {
    if (ReplaySource.ISO.equalsIgnoreCase(format.trim())) {
      return isoWords;
    }
    String text;
    try {
      text = f.format(SAMPLE);
      var unused = result.apply(f.parse(text)); // only whether it throws matters
    } catch (DateTimeException e) {
      throw new ReplaySetupError(
          field,
          "expected a pattern that reads " + needs + ", got '" + ErrorText.value(format) + "'");
    }
    return "a value like " + text + " (" + field + " '" + format + "')";
  }

  /** Whether the call time spreads over a date and a time column. */
  boolean twoColumns() {
    return date != null;
  }

  /**
   * The wall-clock time in the scenario's zone of one row's call.
   *
   * @param timeCell the time column's text
   * @param dateCell the date column's text, or null with one column
   * @throws IllegalArgumentException whose message says what was expected (without the line)
   */
  LocalDateTime read(String timeColumn, String timeCell, String dateColumn, String dateCell) {
    if (date == null) {
      TemporalAccessor t = parse(time, timeColumn, timeCell, timeExample);
      LocalDateTime local =
          complete(() -> LocalDateTime.from(t), timeColumn, timeCell, timeExample);
      ZoneId zone = t.query(TemporalQueries.zone());
      return inScenarioZone(local, zone == null ? fileZone : zone);
    }
    TemporalAccessor d = parse(date, dateColumn, isoDatePart(dateCell), dateExample);
    TemporalAccessor t = parse(time, timeColumn, timeCell, timeExample);
    LocalDate day = complete(() -> LocalDate.from(d), dateColumn, dateCell, dateExample);
    LocalTime at = complete(() -> LocalTime.from(t), timeColumn, timeCell, timeExample);
    return inScenarioZone(day.atTime(at), fileZone);
  }

  /**
   * A stage time of one row (dispatched, on scene...) in the scenario's zone. With one time column
   * it is a date-time in the time format; with a date column it is a time of day in the time
   * format, on the call's date, or on the next day when earlier than the call's time of day.
   *
   * @param callTimeCell the row's call time cell (its time of day with a date column)
   * @throws IllegalArgumentException whose message says what was expected (without the line)
   */
  LocalDateTime readStage(
      String column,
      String cell,
      String dateColumn,
      String dateCell,
      String callTimeColumn,
      String callTimeCell) {
    if (date == null) {
      return read(column, cell, null, null);
    }
    TemporalAccessor d = parse(date, dateColumn, isoDatePart(dateCell), dateExample);
    LocalDate day = complete(() -> LocalDate.from(d), dateColumn, dateCell, dateExample);
    TemporalAccessor c = parse(time, callTimeColumn, callTimeCell, timeExample);
    LocalTime callAt = complete(() -> LocalTime.from(c), callTimeColumn, callTimeCell, timeExample);
    TemporalAccessor t = parse(time, column, cell, timeExample);
    LocalTime at = complete(() -> LocalTime.from(t), column, cell, timeExample);
    LocalDateTime local = day.atTime(at);
    return inScenarioZone(at.isBefore(callAt) ? local.plusDays(1) : local, fileZone);
  }

  private static <T> T complete(
      java.util.function.Supplier<T> value, String column, String cell, String example) {
    try {
      return value.get();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          column + " expected " + example + ", got '" + ErrorText.value(cell) + "'");
    }
  }

  /** With an ISO date column, the date part of a value like {@code 2024-05-01T00:00:00.000}. */
  private String isoDatePart(String cell) {
    String text = cell.trim();
    return date == DateTimeFormatter.ISO_LOCAL_DATE && text.length() > 10
        ? text.substring(0, 10)
        : text;
  }

  private LocalDateTime inScenarioZone(LocalDateTime local, ZoneId zone) {
    return zone.equals(scenarioZone)
        ? local
        : ZonedDateTime.of(local, zone).withZoneSameInstant(scenarioZone).toLocalDateTime();
  }

  private static TemporalAccessor parse(
      DateTimeFormatter f, String column, String cell, String example) {
    String text = cell.trim();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(column + " is empty, expected " + example);
    }
    try {
      return f.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          column + " expected " + example + ", got '" + ErrorText.value(cell) + "'");
    }
  }
}
