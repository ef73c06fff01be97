// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Arrays;

/**
 * How much longer trips take over the day: 24 hourly multipliers on free-flow travel time (1.0 =
 * free flow, 1.5 = half as fast again), each the value at the middle of its hour, joined by
 * straight lines (and from 23:30 back to 00:30 across midnight), so that the multiplier changes
 * continuously: a trip that starts at 17:59 and one that starts at 18:00 see almost the same
 * traffic. Immutable.
 */
public final class CongestionProfile {

  /** Free flow all day. */
  public static final CongestionProfile NONE = new CongestionProfile(filled(1.0));

  private final double[] multipliers;

  private CongestionProfile(double[] multipliers) {
    this.multipliers = multipliers;
  }

  /**
   * A profile of the given hourly multipliers.
   *
   * @param multipliers 24 values, hour 0 to 23, each at least 0.1 and at most 10
   * @throws IllegalArgumentException naming the bad hour
   */
  public static CongestionProfile of(double... multipliers) {
    if (multipliers.length != 24) {
      throw new IllegalArgumentException(
          "a congestion profile needs 24 hourly multipliers, got " + multipliers.length);
    }
    for (int h = 0; h < 24; h++) {
      if (!(multipliers[h] >= 0.1 && multipliers[h] <= 10)) {
        throw new IllegalArgumentException(
            "congestion multiplier for hour "
                + h
                + " is "
                + multipliers[h]
                + ": expected 0.1 to 10");
      }
    }
    return new CongestionProfile(multipliers.clone());
  }

  /** A typical urban weekday: morning and evening peaks, free flow at night. */
  public static CongestionProfile typicalWeekday() {
    return of(
        1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.2, 1.45, 1.5, 1.3, 1.2, 1.2, 1.25, 1.2, 1.2, 1.3, 1.45,
        1.5, 1.35, 1.2, 1.1, 1.05, 1.0, 1.0);
  }

  /** The multiplier given for an hour of the day (0-23): the value at the middle of that hour. */
  public double multiplier(int hourOfDay) {
    return multipliers[Math.floorMod(hourOfDay, 24)];
  }

  /**
   * The multiplier at a time of day, in seconds since midnight (any value; taken modulo a day):
   * linear between the values of the two hour middles around it.
   */
  public double multiplierAt(double secondOfDay) {
    double hours = secondOfDay / 3600.0 - 0.5;
    double before = Math.floor(hours);
    double along = hours - before;
    int h = (int) Math.floorMod((long) before, 24L);
    return multipliers[h] + along * (multipliers[(h + 1) % 24] - multipliers[h]);
  }

  public double[] multipliers() {
    return multipliers.clone();
  }

  private static double[] filled(double v) {
    double[] a = new double[24];
    Arrays.fill(a, v);
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CongestionProfile c && Arrays.equals(multipliers, c.multipliers);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(multipliers);
  }

  @Override
  public String toString() {
    return "CongestionProfile" + Arrays.toString(multipliers);
  }
}
