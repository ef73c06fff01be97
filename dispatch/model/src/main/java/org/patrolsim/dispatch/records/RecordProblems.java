// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader left out, counted by {@link Problem}, with the first lines of each (for the user
 * to look them up). Collected while reading, then read only.
 */
public final class RecordProblems {
  /** How many lines of each problem are kept as examples. */
  public static final int EXAMPLE_LINES = 5;

  private final Map<Problem, Integer> counts = new EnumMap<>(Problem.class);
  private final Map<Problem, List<Integer>> lines = new EnumMap<>(Problem.class);

  /** Counts one problem at a line of the file. */
  public void add(Problem problem, int line) {
    counts.merge(problem, 1, Integer::sum);
    List<Integer> l = lines.computeIfAbsent(problem, p -> new ArrayList<>());
    if (l.size() < EXAMPLE_LINES) {
      l.add(line);
    }
  }

  /** How many of one problem were found. */
  public int count(Problem problem) {
    return counts.getOrDefault(problem, 0);
  }

  /** The total over every problem. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The first lines of one problem. */
  public List<Integer> exampleLines(Problem problem) {
    return List.copyOf(lines.getOrDefault(problem, List.of()));
  }

  /**
   * For JSON outputs: problem key to {@code {count, firstLines}}, in enum order, only those found.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Problem p : Problem.values()) {
      if (count(p) > 0) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("count", count(p));
        one.put("firstLines", exampleLines(p));
        out.put(p.key(), one);
      }
    }
    return out;
  }
}
