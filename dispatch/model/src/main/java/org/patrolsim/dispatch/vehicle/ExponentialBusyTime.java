// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import java.util.random.RandomGenerator;

/**
 * The busy time of {@code fleet.busyTime: exponential}, the hypercube model's service time: a car
 * sent to a call is busy from the dispatch until it is back at its post, and that whole time is
 * exponential with a fixed mean, whatever the call and the drives (travel is inside the service
 * time, as in the hypercube). The drives fit inside it: the drive out takes its road time, or all
 * of the busy time when that is shorter; the drive back takes its road time, or what is left; the
 * rest is time on scene.
 *
 * @param meanMs the mean busy time in milliseconds
 */
record ExponentialBusyTime(double meanMs) {

  ExponentialBusyTime {
    if (!(meanMs > 0)) {
      throw new IllegalArgumentException("the mean busy time must be positive, got " + meanMs);
    }
  }

  /**
   * How one busy time is spent: driving out, on scene, driving back (milliseconds, adding up to
   * it).
   */
  record Split(long outMs, long sceneMs, long backMs) {
    long totalMs() {
      return outMs + sceneMs + backMs;
    }
  }

  /**
   * Draws a busy time (whole milliseconds, at least 1) and fits drives of these road times into it.
   */
  Split draw(RandomGenerator random, double outSeconds, double backSeconds) {
    long busy = Math.max(1, Math.round(-meanMs * Math.log(1 - random.nextDouble())));
    return split(busy, outSeconds, backSeconds);
  }

  static Split split(long busyMs, double outSeconds, double backSeconds) {
    long out = Math.min(busyMs, millis(outSeconds));
    long back = Math.min(busyMs - out, millis(backSeconds));
    return new Split(out, busyMs - out - back, back);
  }

  private static long millis(double seconds) {
    return Double.isFinite(seconds) ? (long) Math.ceil(seconds * 1000) : Long.MAX_VALUE;
  }
}
