// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The wall clock that paces a run at k x real time. Replaceable so that tests advance a {@link
 * ManualWallClock} instead of sleeping. Only pacing reads it; simulated time never does.
 */
public interface WallClock {

  /** Wall time in milliseconds (any fixed origin). */
  long millis();

  /**
   * Runs {@code action} once when {@link #millis()} reaches {@code wallMillis} (at once if it
   * already has). The action must be cheap: the engine only posts itself a message.
   */
  void wakeUpAt(long wallMillis, Runnable action);

  /** The real clock: {@link System#nanoTime()} and one shared daemon timer thread. */
  static WallClock system() {
    return SystemWallClock.INSTANCE;
  }

  /** The real wall clock. */
  final class SystemWallClock implements WallClock {
    private static final SystemWallClock INSTANCE = new SystemWallClock();
    private final ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "patrolsim-wall-clock");
              t.setDaemon(true);
              return t;
            });

    private SystemWallClock() {}

    @Override
    public long millis() {
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    @Override
    public void wakeUpAt(long wallMillis, Runnable action) {
      // nothing waits for the wake-up: the action reports its own outcome
      var unused =
          timer.schedule(action, Math.max(0, wallMillis - millis()), TimeUnit.MILLISECONDS);
    }
  }
}
