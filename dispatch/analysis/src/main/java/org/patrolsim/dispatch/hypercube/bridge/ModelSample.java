// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

/**
 * The hypercube's measures as one replication of the full model gave them, over a {@link Window}.
 * Units and atoms are indexed as in the {@link PlanHypercube}.
 *
 * @param workloads per car: share of the window it was busy with calls (driving there, on scene,
 *     driving back to its post); meals and hand-overs are not calls
 * @param probNoCarFree share of the window in which no car was free (for any reason)
 * @param callsFindingNoFreeCar share of the calls first decided in the window that found no car
 *     free
 * @param dispatchFractions [n][j]: share of the patrol dispatches of the window that sent car n to
 *     a call at atom j
 * @param interDistrictFraction share of those dispatches that did not send the atom's first car
 * @param meanTravelMinutes mean road time of those dispatches, minutes
 * @param meanQueueWaitMinutes mean wait from the first dispatch decision to a car being sent, over
 *     the calls first decided in the window (0 for a call sent at once; calls sent a station team
 *     count 0)
 * @param calls calls first decided in the window
 * @param callsWaitingForTeams calls of the window that waited because no car and no station team
 *     was free (a zero-capacity check needs none)
 */
public record ModelSample(
    double[] workloads,
    double probNoCarFree,
    double callsFindingNoFreeCar,
    double[][] dispatchFractions,
    double interDistrictFraction,
    double meanTravelMinutes,
    double meanQueueWaitMinutes,
    long calls,
    long callsWaitingForTeams) {}
