// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.Objects;

/**
 * How simulated time relates to wall time: as fast as possible (analysis), or k x wall clock (live
 * drills; the speed can be changed and the run paused while it goes, see {@link SimulationRun}).
 */
public sealed interface Pacing {

  /** Steps follow one another without waiting. */
  record AsFastAsPossible() implements Pacing {}

  /** Simulated time advances {@code speed} times as fast as {@code clock}. */
  record Paced(double speed, WallClock clock) implements Pacing {
    public Paced {
      Objects.requireNonNull(clock, "clock");
      requirePositive(speed);
    }
  }

  static Pacing asFastAsPossible() {
    return new AsFastAsPossible();
  }

  static Pacing paced(double speed) {
    return new Paced(speed, WallClock.system());
  }

  static Pacing paced(double speed, WallClock clock) {
    return new Paced(speed, clock);
  }

  private static void requirePositive(double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive finite factor, got " + speed);
    }
  }
}
