// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A wall clock that moves only when told to: paced runs in tests, without sleeping. Thread-safe.
 */
public final class ManualWallClock implements WallClock {

  private record Wakeup(long at, Runnable action) {}

  private long now;
  private final List<Wakeup> pending = new ArrayList<>();

  public ManualWallClock(long startMillis) {
    this.now = startMillis;
  }

  @Override
  public synchronized long millis() {
    return now;
  }

  @Override
  public void wakeUpAt(long wallMillis, Runnable action) {
    synchronized (this) {
      if (wallMillis > now) {
        pending.add(new Wakeup(wallMillis, action));
        return;
      }
    }
    action.run();
  }

  /** Moves the clock forward and runs, on the calling thread, every wake-up that has come due. */
  public void advance(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("a wall clock does not go back: " + millis);
    }
    List<Wakeup> due = new ArrayList<>();
    synchronized (this) {
      now += millis;
      pending.removeIf(
          w -> {
            if (w.at() <= now) {
              due.add(w);
              return true;
            }
            return false;
          });
    }
    due.forEach(w -> w.action().run());
  }
}
