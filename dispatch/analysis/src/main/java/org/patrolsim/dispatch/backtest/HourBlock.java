// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

/** A quarter of the day by the call's hour (scenario wall clock): a slice of the back-test. */
public enum HourBlock {
  NIGHT(0),
  MORNING(6),
  AFTERNOON(12),
  EVENING(18);

  /** The hours in a block. */
  public static final int HOURS = 6;

  private final int from;

  HourBlock(int from) {
    this.from = from;
  }

  /** The block of an hour of the day (0 to 23). */
  public static HourBlock of(int hourOfDay) {
    return values()[hourOfDay / HOURS];
  }

  /** The first hour of the block. */
  public int fromHour() {
    return from;
  }

  /** The name used in files and reports, e.g. {@code 06-12}. */
  public String key() {
    return String.format(java.util.Locale.ROOT, "%02d-%02d", from, from + HOURS);
  }
}
