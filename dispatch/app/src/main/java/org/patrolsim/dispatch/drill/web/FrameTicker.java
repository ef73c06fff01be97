// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.patrolsim.dispatch.drill.DrillSession;

/**
 * Takes the live picture's frames at a fixed wall-clock rate: asks the engine where simulated time
 * stands (one question at a time; a busy engine, catching up a jump, is not asked twice) and has
 * the live state take a frame at that time. Pages are sent the latest frame; nothing waits for
 * them.
 */
final class FrameTicker implements AutoCloseable {
  private final DrillSession session;
  private final AtomicBoolean asking = new AtomicBoolean();
  private final AtomicLong frames = new AtomicLong();
  private final Cancellable timer;

  FrameTicker(ActorSystem<?> system, DrillSession session, Duration every) {
    this.session = session;
    this.timer =
        system
            .scheduler()
            .scheduleAtFixedRate(Duration.ZERO, every, this::tick, system.executionContext());
  }

  private void tick() {
    if (!asking.compareAndSet(false, true)) {
      return;
    }
    session
        .status()
        .whenComplete(
            (status, failure) -> {
              try {
                if (status != null) {
                  session
                      .live()
                      .takeFrame(
                          frames.incrementAndGet(),
                          status,
                          System.currentTimeMillis(),
                          session.state());
                }
              } finally {
                asking.set(false);
              }
            });
  }

  @Override
  public void close() {
    timer.cancel();
  }
}
