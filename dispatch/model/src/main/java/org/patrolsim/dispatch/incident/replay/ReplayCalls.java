// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.SnapCheck;

/**
 * The calls of a replay, ready to run, and what was left out of it. Built from the file with its
 * mapping on the road network: every row is read; rows outside the window ({@code from}/{@code to})
 * are left out and counted; the others are placed; rows that cannot be used (a bad value, no place,
 * a place off the map or far from a road) are reported all at once, or with {@code onBadRow: skip}
 * left out and counted; rows sharing a call number ({@code columns.call}) are one call by the
 * {@code repeatedIds} rule. The run starts at midnight of {@code from}'s day, or without {@code
 * from} of the earliest call's day (scenario time zone); without {@code days} it lasts to {@code
 * to} (the day it falls in counted when it is not a midnight), or without {@code to} to the last
 * call's day; a {@code days} that would leave rows out is an error unless {@code
 * rowsOutsideHorizon: leaveOut} says so, then they are counted.
 *
 * @param calls the calls in time order, ids 1, 2, ... in that order
 * @param firstDay the day the run starts (its midnight is time 0)
 * @param spanDays the days from the first day to the window's end, or to the last call's day, both
 *     counted
 * @param days the simulated days: the scenario's, or the span when it gives none
 * @param records data records in the file
 * @param skippedLines lines of the bad rows left out with {@code onBadRow: skip}
 * @param rowsOutsideHorizon usable rows left out because they fall after the last simulated day
 * @param leftOut every row not replayed, counted by reason (every reason present, 0 when none)
 * @param repeatedIds the rule applied to rows sharing a call number, or null without {@code
 *     columns.call}
 * @param mapping how the window's rows' categories were mapped to types and priorities, with counts
 * @param warnings {@code types}/{@code priorities} keys that matched no row, categories that fell
 *     to {@code defaultType} (with {@code strictMapping: true} these are an error instead)
 */
public record ReplayCalls(
    List<IncidentCall> calls,
    LocalDate firstDay,
    int spanDays,
    int days,
    int records,
    List<Integer> skippedLines,
    int rowsOutsideHorizon,
    Map<LeftOut, Integer> leftOut,
    RepeatedIds repeatedIds,
    List<CategoryMapping> mapping,
    List<String> warnings) {

  /** The most days a run can simulate. */
  public static final int MAX_DAYS = 366;

  public ReplayCalls {
    leftOut = Collections.unmodifiableMap(new EnumMap<>(leftOut));
    mapping = List.copyOf(mapping);
    warnings = List.copyOf(warnings);
  }

  public int skippedRows() {
    return skippedLines.size();
  }

  /**
   * Reads, places and cuts a replay.
   *
   * @param days the scenario's {@code days}, or null for the replay's span
   * @param scenario the scenario's name, for messages about {@code days}
   * @throws ReplayError one line: all bad rows, an empty replay, or a horizon that would cut it
   * @throws ReplaySetupError for a {@code columns.*} field the file's header lacks
   */
  public static ReplayCalls prepare(
      ReplayFormat format, IncidentMix mix, RoadNetwork network, Integer days, String scenario) {
    ReplayReader.Rows read = ReplayReader.read(format, mix);
    BadRows bad = read.bad();
    List<ReplayRow> placed = new ArrayList<>();
    for (ReplayRow row : read.rows()) {
      SnapCheck check = network.check(row.point());
      if (check.snaps()) {
        placed.add(row);
      } else {
        boolean offMap = check instanceof SnapCheck.OffNetwork o && !o.insideBounds();
        bad.add(
            row.line(),
            offMap ? LeftOut.OFF_MAP : LeftOut.FAR_FROM_ROAD,
            row.point() + " is off the map: " + check.reason());
      }
    }
    String file = CsvFile.shown(read.file());
    refuseBadRows(format, bad, read.records(), file);
    MappingTally mapping = MappingTally.of(format, read.rows());
    if (format.source().strictMapping() && !mapping.warnings().isEmpty()) {
      throw new ReplayError(
          file
              + ": incidents.replay.strictMapping: "
              + String.join("; ", mapping.warnings())
              + "; expected every types and priorities key to match a row and no category to fall to defaultType");
    }
    RepeatedIds rule = format.source().columns().call() == null ? null : format.repeatedIds();
    List<ReplayRow> kept = rule == null ? placed : oneRowPerCall(placed, rule);
    if (kept.isEmpty()) {
      throw new ReplayError(
          file
              + ": no usable incident rows ("
              + read.records()
              + " rows after the header"
              + (read.outsideWindow() > 0 ? ", " + read.outsideWindow() + " outside from/to" : "")
              + (bad.count() > 0 ? ", bad: " + bad.listed() : "")
              + ")");
    }
    kept = new ArrayList<>(kept);
    kept.sort(Comparator.comparing(ReplayRow::time).thenComparingInt(ReplayRow::line));
    RecordsSettings window = format.records();
    LocalDate first =
        window.from() != null ? window.from().toLocalDate() : kept.get(0).time().toLocalDate();
    LocalDate last = kept.get(kept.size() - 1).time().toLocalDate();
    int span =
        window.to() != null
            ? daysTo(first, window.to())
            : (int) ChronoUnit.DAYS.between(first, last) + 1;
    String spanText = window.to() != null || window.from() != null ? "the window from/to" : file;
    int simulated;
    if (days == null) {
      if (span > MAX_DAYS) {
        throw new ReplayError(
            scenario
                + ": days: "
                + spanText
                + " spans "
                + span
                + " days ("
                + first
                + " to "
                + (window.to() != null ? window.to().toLocalDate() : last)
                + "), more than the "
                + MAX_DAYS
                + " a run can simulate; set incidents.replay.from and to (at most "
                + MAX_DAYS
                + " days apart)");
      }
      simulated = span;
    } else {
      simulated = days;
    }
    LocalDateTime end = first.plusDays(simulated).atStartOfDay();
    List<ReplayRow> inside = kept.stream().filter(r -> r.time().isBefore(end)).toList();
    int outside = kept.size() - inside.size();
    if (outside > 0 && !format.leaveOutRowsAfterHorizon()) {
      throw new ReplayError(
          scenario
              + ": days: "
              + simulated
              + " leaves out "
              + outside
              + " of "
              + kept.size()
              + " replay rows ("
              + spanText
              + " spans "
              + span
              + " days, "
              + first
              + " to "
              + last
              + "); set incidents.replay.from and to for the rows to replay, leave days out to replay the whole span,"
              + " or set incidents.replay.rowsOutsideHorizon: leaveOut");
    }
    LocalDateTime start = first.atStartOfDay();
    List<IncidentCall> calls = new ArrayList<>(inside.size());
    long id = 1;
    for (ReplayRow r : inside) {
      calls.add(
          new IncidentCall(
              id++,
              Duration.between(start, r.time()).toMillis(),
              r.point().lat(),
              r.point().lon(),
              r.type(),
              r.priority(),
              0,
              r.source()));
    }
    Map<LeftOut, Integer> leftOut = new EnumMap<>(LeftOut.class);
    for (LeftOut reason : LeftOut.values()) {
      leftOut.put(reason, reason.bad() ? bad.count(reason) : 0);
    }
    leftOut.put(LeftOut.OUTSIDE_WINDOW, read.outsideWindow());
    leftOut.put(LeftOut.REPEATED_ID, placed.size() - kept.size());
    leftOut.put(LeftOut.AFTER_LAST_DAY, outside);
    return new ReplayCalls(
        List.copyOf(calls),
        first,
        span,
        simulated,
        read.records(),
        format.skipBadRows() ? bad.lines() : List.of(),
        outside,
        leftOut,
        rule,
        mapping.lines(),
        mapping.warnings());
  }

  /** Whole days from midnight of {@code first} to {@code to}, a day begun counted. */
  private static int daysTo(LocalDate first, LocalDateTime to) {
    int whole = (int) ChronoUnit.DAYS.between(first, to.toLocalDate());
    return to.toLocalTime().equals(LocalTime.MIDNIGHT) ? whole : whole + 1;
  }

  private static void refuseBadRows(ReplayFormat format, BadRows bad, int records, String file) {
    if (bad.count() == 1 && !format.skipBadRows()) {
      BadRows.BadRow only = bad.inLineOrder().get(0);
      throw new ReplayError(
          file
              + " line "
              + only.line()
              + ": "
              + only.why()
              + " (1 of "
              + records
              + " rows; to run without it, set incidents.replay.onBadRow: skip)");
    }
    if (bad.count() > 1 && !format.skipBadRows()) {
      throw new ReplayError(
          file
              + ": "
              + bad.count()
              + " of "
              + records
              + " rows cannot be used: "
              + bad.listed()
              + "; to run without them, set incidents.replay.onBadRow: skip");
    }
  }

  /**
   * One row per call number by the rule, in file order of the kept rows; rows without a number are
   * each a call.
   */
  static List<ReplayRow> oneRowPerCall(List<ReplayRow> rows, RepeatedIds rule) {
    if (rule == RepeatedIds.KEEP_ALL) {
      return rows;
    }
    Comparator<ReplayRow> graver =
        Comparator.comparing(ReplayRow::priority)
            .thenComparing(
                Comparator.comparingInt((ReplayRow r) -> r.type().unitsNeeded()).reversed())
            .thenComparingInt(ReplayRow::line);
    Map<String, ReplayRow> byId = new LinkedHashMap<>();
    List<ReplayRow> out = new ArrayList<>();
    for (ReplayRow r : rows) {
      if (r.id() == null) {
        out.add(r);
        continue;
      }
      ReplayRow held = byId.get(r.id());
      if (held == null || (rule == RepeatedIds.MOST_SERIOUS && graver.compare(r, held) < 0)) {
        byId.put(r.id(), r);
      }
    }
    out.addAll(byId.values());
    out.sort(Comparator.comparingInt(ReplayRow::line));
    return out;
  }
}
