// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

/**
 * Unit time on calls by hour of the day: every stretch a unit was busy on a call (dispatched to
 * leaving the scene) is split over the hours of the day it covers, by the wall clock of the run
 * (time 0 is midnight of the first day), whatever the day. Divided by the days and the hour, it is
 * the mean number of units busy on calls in that hour of the day. Collected, then read.
 */
public final class BusyByHour {
  static final long HOUR_MS = 3_600_000L;
  static final long DAY_MS = 24 * HOUR_MS;

  private final double[] ms = new double[24];

  /** Adds a unit's busy stretch, from {@code fromMs} to {@code toMs} since the start. */
  public void add(long fromMs, long toMs) {
    long t = fromMs;
    while (t < toMs) {
      long hourEnd = (Math.floorDiv(t, HOUR_MS) + 1) * HOUR_MS;
      long end = Math.min(toMs, hourEnd);
      ms[(int) Math.floorMod(Math.floorDiv(t, HOUR_MS), 24L)] += end - t;
      t = end;
    }
  }

  /** The mean units busy in an hour of the day, over {@code days} days. */
  public double meanBusy(int hourOfDay, int days) {
    return ms[hourOfDay] / ((double) days * HOUR_MS);
  }

  /**
   * The mean units busy over the hours {@code from} (inclusive) to {@code to} (exclusive), over
   * {@code days} days.
   */
  public double meanBusy(int from, int to, int days) {
    double sum = 0;
    for (int h = from; h < to; h++) {
      sum += ms[h];
    }
    return sum / ((double) days * HOUR_MS * (to - from));
  }
}
