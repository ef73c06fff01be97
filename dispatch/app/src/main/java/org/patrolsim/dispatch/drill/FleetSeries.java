// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.ArrayList;
import java.util.List;

/**
 * The chart of the live page: every {@link #STEP_MS} of simulated time, the cars in each state and
 * the open incidents, taken as the record stream passes each step boundary.
 */
final class FleetSeries {
  static final long STEP_MS = 5 * 60_000L;

  private final List<long[]> points = new ArrayList<>();
  private long next;

  /**
   * Whether the stream has reached the next sample time (the state before {@code timeMs} is the
   * sample).
   */
  boolean due(long timeMs) {
    return timeMs >= next;
  }

  /** Samples the state as it stood just before {@code timeMs}, at each boundary passed. */
  void sample(long timeMs, long[] carStates, long open) {
    while (next <= timeMs) {
      long[] p = new long[carStates.length + 2];
      p[0] = next;
      System.arraycopy(carStates, 0, p, 1, carStates.length);
      p[p.length - 1] = open;
      points.add(p);
      next += STEP_MS;
    }
  }

  int size() {
    return points.size();
  }

  /** The samples from index {@code from} on: [time, cars in each state..., open incidents]. */
  List<long[]> from(int from) {
    return List.copyOf(points.subList(Math.min(from, points.size()), points.size()));
  }
}
