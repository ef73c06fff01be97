// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a replay's categories were mapped, counted over the rows of the window that were read: a
 * table of category to type and priority, and a warning for every {@code types} or {@code
 * priorities} key that matched no row and for every category that fell to {@code defaultType} (a
 * typo in a key sends urgent calls to the default type without a word otherwise).
 *
 * @param lines the table, the most rows first (ties by category, type, priority)
 * @param warnings one sentence each, in a fixed order: unused {@code types} keys, unused {@code
 *     priorities} keys, categories that fell to the default
 */
record MappingTally(List<CategoryMapping> lines, List<String> warnings) {

  static MappingTally of(ReplayFormat format, List<ReplayRow> rows) {
    CategoryTable categories = format.categories();
    PriorityTable priorities = format.priorities();
    Map<Line, Integer> counts = new LinkedHashMap<>();
    Set<String> usedTypes = new LinkedHashSet<>();
    Set<String> usedPriorities = new LinkedHashSet<>();
    Map<String, Integer> defaulted = new LinkedHashMap<>();
    for (ReplayRow r : rows) {
      String key = categories.keyOf(r.category());
      MappedBy how =
          key != null
              ? MappedBy.TYPES
              : categories.fallsToDefault(r.category())
                  ? MappedBy.DEFAULT_TYPE
                  : MappedBy.TYPE_NAME;
      if (key != null) {
        usedTypes.add(key);
      }
      if (r.category() != null && how == MappedBy.DEFAULT_TYPE) {
        defaulted.merge(r.category(), 1, Integer::sum);
      }
      String pkey = priorities.keyOf(r.priorityCell());
      if (pkey != null) {
        usedPriorities.add(pkey);
      }
      counts.merge(
          new Line(r.category(), r.type().name(), r.priority().key(), how), 1, Integer::sum);
    }
    List<CategoryMapping> lines = new ArrayList<>();
    counts.forEach(
        (k, n) -> lines.add(new CategoryMapping(k.category(), k.type(), k.priority(), k.how(), n)));
    lines.sort(
        Comparator.comparingInt(CategoryMapping::rows)
            .reversed()
            .thenComparing(
                CategoryMapping::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CategoryMapping::type)
            .thenComparing(CategoryMapping::priority));
    List<String> warnings = new ArrayList<>();
    for (String k : categories.keys()) {
      if (!usedTypes.contains(k)) {
        warnings.add("types key '" + k + "' matched no row");
      }
    }
    for (String k : priorities.keys()) {
      if (!usedPriorities.contains(k)) {
        warnings.add("priorities key '" + k + "' matched no row");
      }
    }
    defaulted.forEach(
        (category, n) ->
            warnings.add(
                n
                    + " row"
                    + (n == 1 ? "" : "s")
                    + " of category '"
                    + category
                    + "' fell to defaultType '"
                    + format.source().defaultType()
                    + "'"));
    return new MappingTally(List.copyOf(lines), List.copyOf(warnings));
  }

  /** One line of the table before it is counted. */
  private record Line(String category, String type, String priority, MappedBy how) {}
}
