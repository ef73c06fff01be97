// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.util.random.RandomGenerator;

/**
 * What an incident will need, drawn once by the incident source when the call is made: the time on
 * scene, the draw that decides whether a patrol can settle it on the spot ({@code resolveDraw <
 * streetResolveProbability}), and the uniform draws that fix its call-handling time and the turnout of a
 * station team sent to it (turned into durations by the scenario's response chain). Drawing them with
 * the call, not when a unit gets there, gives two plans the same incidents in every respect (common
 * random numbers), so their differences come from the plan.
 */
public record IncidentFate(long onSceneMs, double resolveDraw, double handlingDraw, double turnoutDraw) {

  /** Time on scene Erlang-2 around the type's mean (rarely very short, sometimes long), at least 1 min. */
  public static IncidentFate draw(IncidentType type, RandomGenerator random) {
    double half = type.onSceneMeanMs() / 2.0;
    double t = -half * Math.log(1 - random.nextDouble()) - half * Math.log(1 - random.nextDouble());
    return new IncidentFate(Math.max(60_000L, Math.round(t)), random.nextDouble(), random.nextDouble(),
        random.nextDouble());
  }

  /** Whether a patrol car that attends can settle it on the spot (else it is handed over). */
  public boolean settledOnStreet(IncidentType type) {
    return resolveDraw < type.streetResolveProbability();
  }
}
