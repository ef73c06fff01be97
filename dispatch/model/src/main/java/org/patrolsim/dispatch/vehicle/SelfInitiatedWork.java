// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import java.util.random.RandomGenerator;
import org.patrolsim.dispatch.incident.OnSceneTime;

/**
 * Work a patrol car's crew starts itself ({@code fleet.selfInitiated}: stops, reports written):
 * while the car is free, jobs start as a Poisson process of {@code perHour} per free car hour (the
 * time to the next start is exponential, drawn afresh each time the car becomes free: memoryless,
 * so the same process), each lasting a draw of {@code duration}. Every draw comes from the car's
 * own self-initiated stream, never from the incident stream, so the calls stay the same whatever
 * the cars do.
 */
final class SelfInitiatedWork {
  private static final double HOUR_MS = 3_600_000.0;
  private final double perHour;
  private final OnSceneTime duration;
  private final RandomGenerator stream;

  SelfInitiatedWork(double perHour, OnSceneTime duration, RandomGenerator stream) {
    if (!(perHour > 0)) {
      throw new IllegalArgumentException(
          "expected a positive rate of self-initiated jobs, got " + perHour);
    }
    this.perHour = perHour;
    this.duration = duration;
    this.stream = stream;
  }

  /** The free time until the next job starts, in milliseconds (at least 1). */
  long nextStartInMs() {
    return Math.max(1, Math.round(-Math.log(1 - stream.nextDouble()) / perHour * HOUR_MS));
  }

  /** How long the next job lasts, in milliseconds (at least 1). */
  long durationMs() {
    double u1 = stream.nextDouble();
    double u2 = stream.nextDouble();
    return Math.max(1, duration.millisAt(u1, u2));
  }
}
