// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a file that cannot be used, each with its line and why, collected so that they are
 * all reported at once: a count and the first {@link #SHOWN} in one line.
 */
final class BadRows {
  /** How many bad rows a message lists before "and N more". */
  static final int SHOWN = 10;

  /** One bad row: its line in the file, the kind of reason, and the reason in words. */
  record BadRow(int line, LeftOut reason, String why) {}

  private final List<BadRow> rows = new ArrayList<>();

  /**
   * Adds a bad row; a line break inside a quoted value is shown as {@code \n}, so messages stay one
   * line.
   */
  void add(int line, LeftOut reason, String why) {
    rows.add(new BadRow(line, reason, why.replaceAll("\\R", "\\\\n")));
  }

  /** How many bad rows there are of this reason. */
  int count(LeftOut reason) {
    return (int) rows.stream().filter(r -> r.reason() == reason).count();
  }

  int count() {
    return rows.size();
  }

  /** The bad rows in line order. */
  List<BadRow> inLineOrder() {
    return rows.stream().sorted(Comparator.comparingInt(BadRow::line)).toList();
  }

  List<Integer> lines() {
    return inLineOrder().stream().map(BadRow::line).toList();
  }

  /** "line 4: ...; line 9: ...; and 3 more" for the first {@link #SHOWN}. */
  String listed() {
    List<BadRow> sorted = inLineOrder();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN, sorted.size()); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append("line ").append(sorted.get(i).line()).append(": ").append(sorted.get(i).why());
    }
    if (sorted.size() > SHOWN) {
      sb.append("; and ").append(sorted.size() - SHOWN).append(" more");
    }
    return sb.toString();
  }
}
