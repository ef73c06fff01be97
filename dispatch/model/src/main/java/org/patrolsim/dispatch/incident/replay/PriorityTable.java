// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.incident.Priority;

/**
 * The file's priority values to the scenario's priorities: the {@code priorities} table (exact,
 * then ignoring case and surrounding spaces), then the words {@code urgent}, {@code normal}, {@code
 * low}. An empty cell means the incident type's own priority.
 */
final class PriorityTable {
  private final Map<String, Priority> exact = new LinkedHashMap<>();
  private final Map<String, Priority> folded = new LinkedHashMap<>();

  private PriorityTable() {}

  /**
   * @throws ReplaySetupError naming {@code priorities.<value>} for a target that is not a priority
   */
  static PriorityTable of(ReplaySource source) {
    PriorityTable table = new PriorityTable();
    source
        .priorities()
        .forEach(
            (value, target) -> {
              Priority p = target == null ? null : Priority.parse(target);
              if (p == null) {
                throw new ReplaySetupError(
                    "priorities." + value,
                    "expected urgent, normal or low, got '" + ErrorText.value(target) + "'");
              }
              table.exact.put(value, p);
              table.folded.putIfAbsent(value.strip().toLowerCase(Locale.ROOT), p);
            });
    return table;
  }

  /**
   * The {@code priorities} key that maps a cell (exactly, else the first key equal ignoring case
   * and spaces), or null when none does.
   */
  String keyOf(String cell) {
    if (cell == null) {
      return null;
    }
    if (exact.containsKey(cell)) {
      return cell;
    }
    String folded = cell.strip().toLowerCase(Locale.ROOT);
    return exact.keySet().stream()
        .filter(k -> k.strip().toLowerCase(Locale.ROOT).equals(folded))
        .findFirst()
        .orElse(null);
  }

  /** The {@code priorities} keys, in the mapping's order. */
  java.util.Set<String> keys() {
    return exact.keySet();
  }

  /**
   * The priority of a cell, or null for an empty cell (the type's own).
   *
   * @throws IllegalArgumentException for a value nothing maps
   */
  Priority priorityOf(String column, String cell) {
    if (cell.isBlank()) {
      return null;
    }
    Priority p = exact.get(cell);
    if (p == null) {
      p = folded.get(cell.strip().toLowerCase(Locale.ROOT));
    }
    if (p == null) {
      p = Priority.parse(cell);
    }
    if (p == null) {
      throw new IllegalArgumentException(
          column
              + " expected urgent, normal, low, empty"
              + (exact.isEmpty() ? "" : " or one of incidents.replay.priorities " + exact.keySet())
              + ", got '"
              + ErrorText.value(cell)
              + "'");
    }
    return p;
  }
}
