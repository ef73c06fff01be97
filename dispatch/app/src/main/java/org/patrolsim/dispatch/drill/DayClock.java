// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.Locale;

/** Simulated time in the words of a drill: {@code day 1 08:05:00} for 8 h 5 min after the start. */
public final class DayClock {
  private DayClock() {}

  public static String of(long ms) {
    long s = Math.floorDiv(ms, 1000);
    long day = s / 86_400;
    s -= day * 86_400;
    return String.format(
        Locale.ROOT, "day %d %02d:%02d:%02d", day + 1, s / 3600, s / 60 % 60, s % 60);
  }
}
