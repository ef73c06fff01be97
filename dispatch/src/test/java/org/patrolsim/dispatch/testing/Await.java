// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition of a live drill (real wall-clock time), checking it every 20 ms, and fails with
 * what was awaited when the generous bound passes. Tests never sleep for simulated time itself.
 */
public final class Await {
  private static final long POLL_MS = 20;

  private Await() {}

  public static void until(BooleanSupplier condition, String what) {
    until(Duration.ofSeconds(60), condition, what);
  }

  public static void until(Duration bound, BooleanSupplier condition, String what) {
    long until = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("waited " + bound.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
