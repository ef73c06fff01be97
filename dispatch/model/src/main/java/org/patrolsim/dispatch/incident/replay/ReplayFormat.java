// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.ZoneId;
import java.util.List;
import org.patrolsim.dispatch.ErrorText;

/**
 * An {@code incidents.replay} mapping checked and compiled: character set, delimiter, time formats
 * and zones, coordinate reprojection, category and priority tables, what to do with bad rows and
 * with rows after the horizon. Everything that can be checked without reading the file is checked
 * here, so a scenario with a bad field stops before the map is loaded.
 */
public final class ReplayFormat {
  private final ReplaySource source;
  private final Charset charset;
  private final char delimiter;
  private final String crs;
  private final CallTimes times;
  private final CategoryTable categories;
  private final PriorityTable priorities;
  private final RecordsSettings window;
  private final RepeatedIds repeatedIds;

  private ReplayFormat(
      ReplaySource source,
      Charset charset,
      char delimiter,
      CallTimes times,
      CategoryTable categories,
      PriorityTable priorities,
      RecordsSettings window) {
    this.source = source;
    this.window = window;
    this.charset = charset;
    this.delimiter = delimiter;
    this.crs =
        source.projected() && source.crs() != null ? Reprojection.of(source.crs()).code() : null;
    this.times = times;
    this.categories = categories;
    this.priorities = priorities;
    this.repeatedIds = RepeatedIds.parse(source.repeatedIds());
  }

  /**
   * Compiles a replay mapping for a scenario with these incident type names and this time zone.
   *
   * @throws ReplaySetupError naming the first field that cannot work
   */
  public static ReplayFormat of(ReplaySource source, ZoneId scenarioZone, List<String> typeNames) {
    if (source.file() == null || source.file().isBlank()) {
      throw new ReplaySetupError("file", "expected the CSV file of past incidents");
    }
    Charset charset = charset(source.encoding());
    char delimiter = delimiter(source.delimiter());
    oneOf("onBadRow", source.onBadRow(), ReplaySource.ERROR, ReplaySource.SKIP);
    oneOf(
        "rowsOutsideHorizon",
        source.rowsOutsideHorizon(),
        ReplaySource.ERROR,
        ReplaySource.LEAVE_OUT);
    CallTimes times = CallTimes.of(source, source.columns().date() != null, scenarioZone);
    RecordsSettings window = RecordsSettings.of(source);
    RepeatedIds.parse(source.repeatedIds());
    return new ReplayFormat(
        source,
        charset,
        delimiter,
        times,
        CategoryTable.of(source, typeNames),
        PriorityTable.of(source),
        window);
  }

  /**
   * Checks that the file's header has every mapped column (reads the header only).
   *
   * @throws ReplaySetupError naming the {@code columns.*} field the header lacks
   * @throws ReplayError when the file cannot be read
   */
  public void checkColumns() {
    java.nio.file.Path file = java.nio.file.Path.of(source.file());
    ColumnMap.forReplay(
        source, CsvFile.header(file, charset, delimiter), file.getFileName().toString());
  }

  /**
   * Only what reading places needs (character set, delimiter, coordinates), for checking points.
   */
  public static ReplayFormat forPoints(ReplaySource source) {
    return new ReplayFormat(
        source, charset(source.encoding()), delimiter(source.delimiter()), null, null, null, null);
  }

  public ReplaySource source() {
    return source;
  }

  /** The dispatch records' own settings (window, stage cap, self-initiated values), checked. */
  public RecordsSettings records() {
    return window;
  }

  /** The rule for rows sharing a call number. */
  RepeatedIds repeatedIds() {
    return repeatedIds;
  }

  Charset charset() {
    return charset;
  }

  char delimiter() {
    return delimiter;
  }

  CallTimes times() {
    return times;
  }

  CategoryTable categories() {
    return categories;
  }

  PriorityTable priorities() {
    return priorities;
  }

  /** A fresh reprojection (not shareable between threads), or null for lat/lon columns. */
  Reprojection reprojection() {
    return crs == null ? null : Reprojection.of(crs);
  }

  boolean skipBadRows() {
    return ReplaySource.SKIP.equals(source.onBadRow());
  }

  boolean leaveOutRowsAfterHorizon() {
    return ReplaySource.LEAVE_OUT.equals(source.rowsOutsideHorizon());
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ReplaySetupError(
          "encoding",
          "expected a character set such as UTF-8 or windows-1252, got '"
              + ErrorText.value(name)
              + "'");
    }
  }

  private static char delimiter(String text) {
    if ("\\t".equals(text) || "tab".equalsIgnoreCase(text)) {
      return '\t';
    }
    if (text.length() != 1
        || text.charAt(0) == '"'
        || text.charAt(0) == '\n'
        || text.charAt(0) == '\r') {
      throw new ReplaySetupError(
          "delimiter",
          "expected one character such as ',' or ';' (or 'tab'), got '"
              + ErrorText.value(text)
              + "'");
    }
    return text.charAt(0);
  }

  private static void oneOf(String field, String value, String a, String b) {
    if (!a.equals(value) && !b.equals(value)) {
      throw new ReplaySetupError(
          field, "expected '" + a + "' or '" + b + "', got '" + ErrorText.value(value) + "'");
    }
  }
}
