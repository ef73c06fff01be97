// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.incident.replay.RecordsSettings;
import org.patrolsim.dispatch.incident.replay.StageRows;
import org.patrolsim.dispatch.incident.replay.StageRows.Stage;
import org.patrolsim.dispatch.incident.replay.StageRows.StageTime;

/**
 * Turns the rows of a records file into calls: rows with the same call number are one call (its
 * time, place, type and priority from its first row), one {@link UnitVisit} per row; rows the
 * mapping cannot read, calls outside the window and impossible stage times are left out and counted
 * by {@link Problem}.
 */
final class CadReader {
  private CadReader() {}

  static CadRecords calls(StageRows read, RecordsSettings settings) {
    RecordProblems problems = new RecordProblems();
    Map<String, List<StageRows.Row>> byCall = new LinkedHashMap<>();
    for (StageRows.Row row : read.rows()) {
      if (row.problem() != null) {
        problems.add(Problem.UNREADABLE_ROW, row.line());
      } else {
        String key = row.call() != null ? row.call() : Integer.toString(row.line());
        byCall.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
    List<RecordedCall> calls = new ArrayList<>();
    byCall.forEach(
        (id, rows) -> {
          StageRows.Row first = rows.get(0);
          if (!settings.inWindow(first.received())) {
            rows.forEach(r -> problems.add(Problem.OUTSIDE_WINDOW, r.line()));
            return;
          }
          List<UnitVisit> units = new ArrayList<>();
          for (StageRows.Row r : rows) {
            if (r.unit() != null
                || r.stages().stream().anyMatch(StageTime::written)
                || r.unitAt() != null
                || r.unitAtProblem() != null) {
              units.add(
                  visit(r, first.received(), first.selfInitiated(), settings.stageCap(), problems));
            }
          }
          calls.add(
              new RecordedCall(
                  id,
                  first.line(),
                  first.received(),
                  first.point(),
                  first.category(),
                  first.type(),
                  first.priority(),
                  first.selfInitiated(),
                  units));
        });
    calls.sort(Comparator.comparing(RecordedCall::received).thenComparingInt(RecordedCall::line));
    return new CadRecords(read.file(), calls, problems, read.rows().size());
  }

  /**
   * One unit's row with its impossible times left out (and counted at the row's line). Officers who
   * start a call themselves are on scene when it is dispatched: a zero drive is then what happened,
   * not a fault.
   */
  private static UnitVisit visit(
      StageRows.Row row,
      LocalDateTime received,
      boolean selfInitiated,
      Duration cap,
      RecordProblems problems) {
    Map<Stage, LocalDateTime> kept = new EnumMap<>(Stage.class);
    LocalDateTime previous = received;
    for (Stage stage : Stage.values()) {
      StageTime cell = row.stage(stage);
      if (cell.problem() != null) {
        problems.add(Problem.UNREADABLE_TIME, row.line());
        continue;
      }
      LocalDateTime t = cell.time();
      if (t == null) {
        continue;
      }
      Problem problem = check(stage, t, previous, kept, selfInitiated, cap);
      if (problem != null) {
        problems.add(problem, row.line());
      } else {
        kept.put(stage, t);
        previous = t;
      }
    }
    if (row.unitAtProblem() != null) {
      problems.add(Problem.UNREADABLE_POSITION, row.line());
    }
    return new UnitVisit(
        row.unit(),
        kept.get(Stage.DISPATCHED),
        kept.get(Stage.EN_ROUTE),
        kept.get(Stage.ON_SCENE),
        kept.get(Stage.CLEARED),
        row.unitAt());
  }

  /** What is wrong with a stage time after the last time kept, or null. */
  private static Problem check(
      Stage stage,
      LocalDateTime t,
      LocalDateTime previous,
      Map<Stage, LocalDateTime> kept,
      boolean selfInitiated,
      Duration cap) {
    if (t.isBefore(previous)) {
      return Problem.OUT_OF_ORDER;
    }
    boolean zero =
        (stage == Stage.ON_SCENE && !selfInitiated && t.equals(kept.get(Stage.DISPATCHED)))
            || (stage == Stage.CLEARED && t.equals(kept.get(Stage.ON_SCENE)));
    if (zero) {
      return Problem.ZERO_STAGE;
    }
    return Duration.between(previous, t).compareTo(cap) > 0 ? Problem.OVER_CAP : null;
  }
}
