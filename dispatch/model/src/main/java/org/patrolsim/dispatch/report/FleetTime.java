// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * How the patrol cars spent the call period: the time in each state, summed over the fleet, folded
 * from the cars' state changes as they come (holding only each car's last change). The drain after
 * the call period is left out: it is not a normal operating day. Off-duty time (a part-day car
 * outside its hours) is not car time: shares are of the cars' on-duty time. The on-duty time is
 * also kept by hour of day, for the cars on duty in each hour.
 */
final class FleetTime {
  private static final long HOUR_MS = 3_600_000L;
  private final Map<UnitState, Long> carMs = new EnumMap<>(UnitState.class);
  private final Map<UnitId, DispatchEvent.UnitChanged> last = new HashMap<>();

  /** On-duty car time by hour of day (0-23). */
  private final long[] onDutyMsByHour = new long[24];

  private final long horizonMs;
  private final int cars;

  FleetTime(long horizonMs, int cars) {
    this.horizonMs = horizonMs;
    this.cars = cars;
  }

  /** A patrol car's state change. */
  void changed(DispatchEvent.UnitChanged u) {
    DispatchEvent.UnitChanged before = last.put(u.unit(), u);
    if (before != null) {
      add(before.state(), before.timeMs(), u.timeMs());
    }
  }

  /** The stream has ended: each car's last state lasts to the end of the call period. */
  void finish() {
    last.values().forEach(u -> add(u.state(), u.timeMs(), horizonMs));
    last.clear();
  }

  private void add(UnitState state, long from, long to) {
    long a = Math.min(from, horizonMs);
    long b = Math.min(to, horizonMs);
    if (b > a) {
      carMs.merge(state, b - a, Long::sum);
      if (state != UnitState.OFF_DUTY) {
        spreadOverHours(onDutyMsByHour, a, b);
      }
    }
  }

  /** Adds the milliseconds of [from, to) to the hours of day they fall in. */
  private static void spreadOverHours(long[] byHour, long from, long to) {
    for (long t = from; t < to; ) {
      long hourEnd = (t / HOUR_MS + 1) * HOUR_MS;
      long end = Math.min(to, hourEnd);
      byHour[(int) ((t / HOUR_MS) % 24)] += end - t;
      t = end;
    }
  }

  /**
   * The cars' on-duty time: all car time (cars x call period) less the time part-day cars were off
   * duty.
   */
  private double onDutyMs() {
    return (double) cars * horizonMs - carMs.getOrDefault(UnitState.OFF_DUTY, 0L);
  }

  /** The share of the cars' on-duty time spent in {@code state}. */
  double share(UnitState state) {
    double onDuty = onDutyMs();
    return onDuty <= 0 ? 0 : carMs.getOrDefault(state, 0L) / onDuty;
  }

  /**
   * Committed to incidents (self-initiated work is not: it has a share of its own): in a turnout
   * before moving off, driving to or working at them, or driving back to the post after one (an
   * exponential busy time).
   */
  double utilization() {
    return share(UnitState.TURNOUT)
        + share(UnitState.RESPONDING)
        + share(UnitState.ON_SCENE)
        + share(UnitState.RETURNING);
  }

  /** Whether some car was off duty in the call period: the plan has part-day cars. */
  boolean someoneOffDuty() {
    return carMs.getOrDefault(UnitState.OFF_DUTY, 0L) > 0;
  }

  /** The mean number of cars on duty in each hour of the day (0-23) over the call period. */
  double[] onDutyByHour() {
    long[] period = new long[24];
    spreadOverHours(period, 0, horizonMs);
    double[] out = new double[24];
    for (int h = 0; h < 24; h++) {
      out[h] = period[h] == 0 ? 0 : (double) onDutyMsByHour[h] / period[h];
    }
    return out;
  }
}
