// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/**
 * Waits for a condition of a live drill (real wall-clock time: a drill is paced by it), checking it
 * every 20 ms through Awaitility, and fails naming what was awaited when the generous bound passes.
 * Tests never wait for simulated time itself, only for what a drill shows.
 */
public final class Await {
  private static final Duration POLL = Duration.ofMillis(20);

  private Await() {}

  public static void until(BooleanSupplier condition, String what) {
    until(Duration.ofSeconds(60), condition, what);
  }

  public static void until(Duration bound, BooleanSupplier condition, String what) {
    Awaitility.await(what)
        .atMost(bound)
        .pollInterval(POLL)
        .pollDelay(Duration.ZERO)
        .until(condition::getAsBoolean);
  }
}
