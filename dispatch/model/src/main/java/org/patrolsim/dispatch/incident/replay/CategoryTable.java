// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.ErrorText;

/**
 * The file's incident categories to the scenario's incident types: the {@code types} table first
 * (exact, then ignoring case and surrounding spaces), then a category that is itself a type's name
 * (ignoring case), then {@code defaultType}.
 */
final class CategoryTable {
  private final Map<String, String> exact;
  private final Map<String, String> folded = new LinkedHashMap<>();
  private final Map<String, String> typeNames = new LinkedHashMap<>();
  private final String defaultType;

  private CategoryTable(Map<String, String> table, List<String> types, String defaultType) {
    this.exact = table;
    table.forEach((k, v) -> folded.putIfAbsent(fold(k), v));
    types.forEach(t -> typeNames.put(fold(t), t));
    this.defaultType = defaultType;
  }

  /**
   * The table of {@code source} checked against the scenario's type names.
   *
   * @throws ReplaySetupError naming {@code types.<category>} or {@code defaultType} for a type the
   *     scenario does not have
   */
  static CategoryTable of(ReplaySource source, List<String> scenarioTypes) {
    Map<String, String> byFold = new LinkedHashMap<>();
    scenarioTypes.forEach(t -> byFold.put(fold(t), t));
    Map<String, String> table = new LinkedHashMap<>();
    source
        .types()
        .forEach(
            (category, type) -> {
              String known = type == null ? null : byFold.get(fold(type));
              if (known == null) {
                throw new ReplaySetupError(
                    "types." + category,
                    "expected one of the scenario's incident types "
                        + scenarioTypes
                        + ", got '"
                        + ErrorText.value(type)
                        + "'");
              }
              table.put(category, known);
            });
    String fallback = null;
    if (source.defaultType() != null) {
      fallback = byFold.get(fold(source.defaultType()));
      if (fallback == null) {
        throw new ReplaySetupError(
            "defaultType",
            "expected one of the scenario's incident types "
                + scenarioTypes
                + ", got '"
                + ErrorText.value(source.defaultType())
                + "'");
      }
    }
    return new CategoryTable(table, scenarioTypes, fallback);
  }

  /**
   * The type name for a row's category ({@code null}: the file has no type column).
   *
   * @throws IllegalArgumentException when nothing maps it and there is no default
   */
  String typeOf(String column, String category) {
    if (category != null) {
      String t = exact.get(category);
      if (t == null) {
        t = folded.get(fold(category));
      }
      if (t == null) {
        t = typeNames.get(fold(category));
      }
      if (t != null) {
        return t;
      }
    }
    if (defaultType != null) {
      return defaultType;
    }
    throw new IllegalArgumentException(
        column
            + " '"
            + category
            + "' is not in incidents.replay.types nor a type of "
            + "the scenario "
            + List.copyOf(typeNames.values())
            + ", and there is no defaultType");
  }

  /**
   * The {@code types} key that maps a category (exactly, else the first key equal ignoring case and
   * spaces), or null when none does.
   */
  String keyOf(String category) {
    if (category == null) {
      return null;
    }
    if (exact.containsKey(category)) {
      return category;
    }
    String folded = fold(category);
    return exact.keySet().stream().filter(k -> fold(k).equals(folded)).findFirst().orElse(null);
  }

  /**
   * Whether a category (null: no type column) gets {@code defaultType} because nothing else maps
   * it.
   */
  boolean fallsToDefault(String category) {
    return category == null || (keyOf(category) == null && !typeNames.containsKey(fold(category)));
  }

  /** The {@code types} keys, in the mapping's order. */
  java.util.Set<String> keys() {
    return exact.keySet();
  }

  private static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
