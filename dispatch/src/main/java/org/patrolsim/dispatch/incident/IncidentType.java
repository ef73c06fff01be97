// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * A kind of incident as the simulation uses it.
 *
 * @param onSceneMeanMs mean time on scene; actual times are exponential around it
 * @param streetResolveProbability chance that a patrol car settles it on the spot
 * @param unitsNeeded 2 for incidents that need a backup unit (violent incidents)
 */
public record IncidentType(
    String name, Priority priority, double share, long onSceneMeanMs, double streetResolveProbability,
    int unitsNeeded) {}
