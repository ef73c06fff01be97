// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

/**
 * The part of a run that is measured: simulated time from {@code fromMs} to {@code toMs},
 * optionally only hour {@code hour} of each day. A run starts with every car free, so a
 * steady-state check drops a warm-up; a plan's own days are measured whole (or hour by hour, as the
 * screen's {@code --hour}).
 *
 * @param hour the hour of the day measured, or null for all of it
 */
public record Window(long fromMs, long toMs, Integer hour) {
  private static final long HOUR_MS = 3_600_000L;
  private static final long DAY_MS = 24 * HOUR_MS;

  public Window {
    if (fromMs < 0 || toMs <= fromMs) {
      throw new IllegalArgumentException(
          "a window needs 0 <= from < to, got " + fromMs + " to " + toMs);
    }
    if (hour != null && (hour < 0 || hour > 23)) {
      throw new IllegalArgumentException("hour of the day out of range: " + hour);
    }
  }

  /** Whether an event at {@code timeMs} falls in the window. */
  public boolean contains(long timeMs) {
    return timeMs >= fromMs
        && timeMs < toMs
        && (hour == null || Math.floorMod(timeMs, DAY_MS) / HOUR_MS == hour);
  }

  /** How much of [a, b) falls in the window, in milliseconds. */
  public long overlapMs(long a, long b) {
    long lo = Math.max(a, fromMs);
    long hi = Math.min(b, toMs);
    if (hi <= lo) {
      return 0;
    }
    if (hour == null) {
      return hi - lo;
    }
    long total = 0;
    for (long day = Math.floorDiv(lo, DAY_MS); day * DAY_MS < hi; day++) {
      long start = day * DAY_MS + hour * HOUR_MS;
      total += Math.max(0, Math.min(hi, start + HOUR_MS) - Math.max(lo, start));
    }
    return total;
  }

  /** The measured length of the window. */
  public long lengthMs() {
    return overlapMs(fromMs, toMs);
  }
}
