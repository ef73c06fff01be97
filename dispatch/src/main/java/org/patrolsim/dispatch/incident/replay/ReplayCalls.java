// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.SnapCheck;

/**
 * The calls of a replay, ready to run, and what was left out of it. Built from the file with its mapping
 * on the road network: every row is read and placed; rows that cannot be used (a bad value, a place off
 * the map) are reported all at once, or with {@code onBadRow: skip} left out and counted. The run starts
 * at midnight of the earliest call's day (scenario time zone); without {@code days} it lasts the
 * replay's whole span, and a {@code days} that would leave rows out is an error unless
 * {@code rowsOutsideHorizon: leaveOut} says so, then they are counted.
 *
 * @param calls the calls in time order, ids 1, 2, ... in that order
 * @param firstDay the day the run starts (its midnight is time 0)
 * @param spanDays the days from the first call's day to the last call's day, both counted
 * @param days the simulated days: the scenario's, or the span when it gives none
 * @param records data records in the file
 * @param skippedLines lines of the bad rows left out with {@code onBadRow: skip}
 * @param rowsOutsideHorizon usable rows left out because they fall after the last simulated day
 */
public record ReplayCalls(List<IncidentCall> calls, LocalDate firstDay, int spanDays, int days, int records,
    List<Integer> skippedLines, int rowsOutsideHorizon) {

  /** The most days a run can simulate. */
  public static final int MAX_DAYS = 366;

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
  public static ReplayCalls prepare(ReplayFormat format, IncidentMix mix, RoadNetwork network, Integer days,
      String scenario) {
    ReplayReader.Rows read = ReplayReader.read(format, mix);
    BadRows bad = read.bad();
    List<ReplayRow> placed = new ArrayList<>();
    for (ReplayRow row : read.rows()) {
      SnapCheck check = network.check(row.point());
      if (check.snaps()) {
        placed.add(row);
      } else {
        bad.add(row.line(), row.point() + " is off the map: " + check.reason());
      }
    }
    String file = CsvFile.shown(read.file());
    if (bad.count() == 1 && !format.skipBadRows()) {
      BadRows.BadRow only = bad.inLineOrder().get(0);
      throw new ReplayError(file + " line " + only.line() + ": " + only.why() + " (1 of " + read.records()
          + " rows; to run without it, set incidents.replay.onBadRow: skip)");
    }
    if (bad.count() > 1 && !format.skipBadRows()) {
      throw new ReplayError(file + ": " + bad.count() + " of " + read.records() + " rows cannot be used: " + bad.listed()
          + "; to run without them, set incidents.replay.onBadRow: skip");
    }
    if (placed.isEmpty()) {
      throw new ReplayError(file + ": no usable incident rows (" + read.records() + " rows after the header"
          + (bad.count() > 0 ? ", all bad: " + bad.listed() : "") + ")");
    }
    placed.sort(Comparator.comparing(ReplayRow::time).thenComparingInt(ReplayRow::line));
    LocalDate first = placed.get(0).time().toLocalDate();
    LocalDate last = placed.get(placed.size() - 1).time().toLocalDate();
    int span = (int) ChronoUnit.DAYS.between(first, last) + 1;
    int simulated;
    if (days == null) {
      if (span > MAX_DAYS) {
        throw new ReplayError(scenario + ": days: " + file + " spans " + span + " days (" + first + " to " + last
            + "), more than the " + MAX_DAYS + " a run can simulate; set days (1 to " + MAX_DAYS
            + ") and incidents.replay.rowsOutsideHorizon: leaveOut to replay its first days");
      }
      simulated = span;
    } else {
      simulated = days;
    }
    LocalDateTime end = first.plusDays(simulated).atStartOfDay();
    List<ReplayRow> inside = placed.stream().filter(r -> r.time().isBefore(end)).toList();
    int outside = placed.size() - inside.size();
    if (outside > 0 && !format.leaveOutRowsAfterHorizon()) {
      throw new ReplayError(scenario + ": days: " + simulated + " leaves out " + outside + " of " + placed.size()
          + " replay rows (" + file + " spans " + span + " days, " + first + " to " + last
          + "); leave days out to replay the whole span, or set incidents.replay.rowsOutsideHorizon: leaveOut");
    }
    LocalDateTime start = first.atStartOfDay();
    List<IncidentCall> calls = new ArrayList<>(inside.size());
    long id = 1;
    for (ReplayRow r : inside) {
      calls.add(new IncidentCall(id++, Duration.between(start, r.time()).toMillis(), r.point().lat(), r.point().lon(),
          r.type(), r.priority()));
    }
    return new ReplayCalls(List.copyOf(calls), first, span, simulated, read.records(),
        format.skipBadRows() ? bad.lines() : List.of(), outside);
  }
}
