// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.Arrays;

/**
 * A growing list of durations in whole milliseconds, four bytes each while they fit in an int
 * (about 24 days) and eight once one does not: the raw material of exact percentiles over a long
 * run.
 */
final class Durations {
  private int[] small = new int[64];
  private long[] large;
  private int size;

  void add(long ms) {
    if (large == null && (ms > Integer.MAX_VALUE || ms < Integer.MIN_VALUE)) {
      large = new long[Math.max(small.length, size + 1)];
      for (int i = 0; i < size; i++) {
        large[i] = small[i];
      }
      small = null;
    }
    if (large != null) {
      if (size == large.length) {
        large = Arrays.copyOf(large, size * 2);
      }
      large[size++] = ms;
    } else {
      if (size == small.length) {
        small = Arrays.copyOf(small, size * 2);
      }
      small[size++] = (int) ms;
    }
  }

  int size() {
    return size;
  }

  /** The durations in seconds ({@code ms / 1000.0}), sorted ascending. */
  double[] sortedSeconds() {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = (large != null ? large[i] : small[i]) / 1000.0;
    }
    Arrays.sort(out);
    return out;
  }
}
