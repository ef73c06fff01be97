// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.patrolsim.dispatch.ErrorText;

/**
 * The fields of a mapping that only dispatch records use, checked: the window on the received time,
 * the longest believable stage, and the values of the self-initiated column. A replay ignores them.
 *
 * @param from the first received time kept (inclusive), or null
 * @param to the end of the window (exclusive), or null
 * @param stageCap a stage longer than this is left out
 * @param selfInitiatedValues the self-initiated column's values meaning "officers started it",
 *     lower case
 */
public record RecordsSettings(
    LocalDateTime from, LocalDateTime to, Duration stageCap, Set<String> selfInitiatedValues) {

  /**
   * Values of a self-initiated column found under its default name, when the mapping lists none.
   */
  static final List<String> DEFAULT_SELF_INITIATED = List.of("y", "yes", "true", "1");

  public RecordsSettings {
    selfInitiatedValues = Set.copyOf(selfInitiatedValues);
  }

  /** Whether a received time falls in the window. */
  public boolean inWindow(LocalDateTime received) {
    return (from == null || !received.isBefore(from)) && (to == null || received.isBefore(to));
  }

  /** Whether a self-initiated cell means officers started the call (ignoring case and spaces). */
  public boolean selfInitiated(String cell) {
    return selfInitiatedValues.contains(cell.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * @throws ReplaySetupError naming {@code from}, {@code to}, {@code stageCapHours}, {@code
   *     selfInitiatedValues} or a {@code columns.*} field
   */
  static RecordsSettings of(ReplaySource source) {
    ReplaySource.Columns c = source.columns();
    notBlank("columns.point", c.point());
    notBlank("columns.dispatched", c.dispatched());
    notBlank("columns.enRoute", c.enRoute());
    notBlank("columns.onScene", c.onScene());
    notBlank("columns.cleared", c.cleared());
    notBlank("columns.unit", c.unit());
    notBlank("columns.call", c.call());
    notBlank("columns.selfInitiated", c.selfInitiated());
    notBlank("columns.unitLat", c.unitLat());
    notBlank("columns.unitLon", c.unitLon());
    if (c.point() != null
        && (c.lat() != null || c.lon() != null || c.x() != null || c.y() != null)) {
      throw new ReplaySetupError(
          "columns.point",
          "expected either columns.point (one WKT POINT column) or "
              + "columns.lat/lon (or x/y), not both");
    }
    LocalDateTime from = dateTime("from", source.from());
    LocalDateTime to = dateTime("to", source.to());
    if (from != null && to != null && !to.isAfter(from)) {
      throw new ReplaySetupError(
          "to",
          "expected a time after from ("
              + source.from()
              + "), got '"
              + ErrorText.value(source.to())
              + "'");
    }
    double hours = source.stageCapHours();
    if (!(hours > 0) || Double.isInfinite(hours)) {
      throw new ReplaySetupError(
          "stageCapHours", "expected a number of hours above 0, got " + hours);
    }
    return new RecordsSettings(
        from, to, Duration.ofMillis(Math.round(hours * 3_600_000)), values(source));
  }

  private static Set<String> values(ReplaySource source) {
    List<String> given = source.selfInitiatedValues();
    if (given == null) {
      if (source.columns().selfInitiated() != null) {
        throw new ReplaySetupError(
            "selfInitiatedValues",
            "expected the values of columns.selfInitiated ('"
                + source.columns().selfInitiated()
                + "') that mean officers started the call, e.g. selfInitiatedValues: [Y]");
      }
      return new LinkedHashSet<>(DEFAULT_SELF_INITIATED);
    }
    if (given.isEmpty()) {
      throw new ReplaySetupError(
          "selfInitiatedValues", "expected at least one value, e.g. [Y], got an empty list");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String v : given) {
      if (v == null || v.isBlank()) {
        throw new ReplaySetupError(
            "selfInitiatedValues", "expected non-empty values, got " + given);
      }
      out.add(v.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static void notBlank(String field, String column) {
    if (column != null && column.isBlank()) {
      throw new ReplaySetupError(
          field, "expected a column name of the file's header, got an empty name");
    }
  }

  private static LocalDateTime dateTime(String field, String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    try {
      return t.length() == 10
          ? LocalDate.parse(t).atStartOfDay()
          : LocalDateTime.parse(t.replace(' ', 'T'));
    } catch (DateTimeException e) {
      throw new ReplaySetupError(
          field,
          "expected an ISO local date-time like 2024-01-01T00:00 (or a date like "
              + "2024-01-01), got '"
              + ErrorText.value(text)
              + "'");
    }
  }
}
