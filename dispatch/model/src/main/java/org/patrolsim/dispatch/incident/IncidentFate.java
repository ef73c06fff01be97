// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * What an incident will need, drawn once when the call is made: the time on scene, the draw that
 * decides whether a patrol settles it on the spot ({@code resolveDraw <} the settle chance of the
 * crew that attends, at the delay it arrives: {@link IncidentType#settleChance}), the uniform draws
 * that fix its call-handling time and the turnout of a station team sent to it (turned into
 * durations by the scenario's response chain), and the draws that decide whether and when, if it is
 * not settled on the street, it brings a repeat call. Drawing them with the call, not when a unit
 * gets there, gives two plans the same incidents in every respect (common random numbers): a later
 * arrival or a weaker crew can only lose a settle the faster plan made, never draw anew.
 */
public record IncidentFate(
    long onSceneMs,
    double resolveDraw,
    double handlingDraw,
    double turnoutDraw,
    double repeatDraw,
    double repeatDelayDraw) {

  /** A fate that never repeats (repeat draws of 1). */
  public IncidentFate(long onSceneMs, double resolveDraw, double handlingDraw, double turnoutDraw) {
    this(onSceneMs, resolveDraw, handlingDraw, turnoutDraw, 1.0, 1.0);
  }

  /**
   * Draws a fate: the time on scene from the type's {@link OnSceneTime} (two draws, whichever its
   * shape), then the settle, handling, turnout and repeat draws.
   */
  public static IncidentFate draw(IncidentType type, RandomGenerator random) {
    double u1 = random.nextDouble();
    double u2 = random.nextDouble();
    return new IncidentFate(
        type.onScene().millisAt(u1, u2),
        random.nextDouble(),
        random.nextDouble(),
        random.nextDouble(),
        random.nextDouble(),
        random.nextDouble());
  }

  /**
   * Whether a patrol car with crew factor {@code crewFactor}, the first unit on scene {@code
   * delayMs} after the call, settles it on the spot (else it is handed over).
   */
  public boolean settledOnStreet(IncidentType type, double crewFactor, long delayMs) {
    return resolveDraw < type.settleChance(crewFactor, delayMs);
  }

  /** Whether the best crew factor of the plan, on scene within the grace time, would settle it. */
  public boolean settleableAtBest(IncidentType type, double bestCrewFactor) {
    return settledOnStreet(type, bestCrewFactor, 0);
  }

  /**
   * If not settled on the street: the delay from its clear to the repeat call, or empty when none.
   */
  public OptionalLong repeatAfterMs(IncidentType type) {
    RepeatRule r = type.repeat();
    if (repeatDraw >= r.chance()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.round(-r.meanMs() * Math.log(1 - repeatDelayDraw)));
  }
}
