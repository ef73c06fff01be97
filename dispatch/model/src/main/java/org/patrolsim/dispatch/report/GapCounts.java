// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.Arrays;

/**
 * How many gaps (whole seconds, zero or more) there are of each length, for the exact nearest-rank
 * percentiles of all segments' revisit intervals pooled: 4 bytes per second up to the longest gap,
 * in place of 4 bytes per gap (a year of the large scenario has about 240 million).
 */
final class GapCounts {
  private int[] counts = new int[0];
  private long total;

  void addAll(int[] gaps) {
    for (int gap : gaps) {
      if (gap >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(gap + 1, counts.length * 2));
      }
      counts[gap]++;
      total++;
    }
  }

  /**
   * The nearest-rank {@code p}th percentile of the gaps added, as {@link PresenceTally#nearestRank}
   * gives it over all of them; -1 when none.
   */
  int nearestRank(int p) {
    if (total == 0) {
      return -1;
    }
    long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
    long seen = 0;
    for (int gap = 0; gap < counts.length; gap++) {
      seen += counts[gap];
      if (seen >= rank) {
        return gap;
      }
    }
    throw new IllegalStateException("the counts hold " + total + " gaps");
  }
}
