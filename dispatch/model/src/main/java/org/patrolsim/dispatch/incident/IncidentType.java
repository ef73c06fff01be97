// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * A kind of incident as the simulation uses it.
 *
 * @param onScene how long the units work on scene (Erlang-2 around a mean, or log-normal)
 * @param streetResolveProbability chance that a patrol car of ordinary crew, on scene within the
 *     grace time, settles it on the spot
 * @param unitsNeeded 2 for incidents that need a backup unit (violent incidents)
 * @param settle how the chance of settling it falls with the time from the call to the first unit
 *     on scene
 * @param repeat whether and when an incident of this type not settled on the street brings a repeat
 *     call
 */
public record IncidentType(
    String name,
    Priority priority,
    double share,
    OnSceneTime onScene,
    double streetResolveProbability,
    int unitsNeeded,
    SettleDecay settle,
    RepeatRule repeat) {

  /**
   * A type whose settling does not depend on time and that never repeats, its time on scene
   * Erlang-2 around {@code onSceneMeanMs}.
   */
  public IncidentType(
      String name,
      Priority priority,
      double share,
      long onSceneMeanMs,
      double streetResolveProbability,
      int unitsNeeded) {
    this(
        name,
        priority,
        share,
        new OnSceneTime.Erlang2(onSceneMeanMs),
        streetResolveProbability,
        unitsNeeded,
        SettleDecay.NONE,
        RepeatRule.NONE);
  }

  /** The same type with another priority and number of units (a drill's order). */
  public IncidentType as(Priority newPriority, int newUnitsNeeded) {
    return new IncidentType(
        name,
        newPriority,
        share,
        onScene,
        streetResolveProbability,
        newUnitsNeeded,
        settle,
        repeat);
  }

  /**
   * The chance that a patrol settles it on the spot: {@code min(1, streetResolveProbability x
   * crewFactor)} times the decay after {@code delayMs} from the call to the first unit on scene
   * ({@link SettleDecay}).
   */
  public double settleChance(double crewFactor, long delayMs) {
    return Math.min(1.0, streetResolveProbability * crewFactor) * settle.factor(delayMs);
  }
}
