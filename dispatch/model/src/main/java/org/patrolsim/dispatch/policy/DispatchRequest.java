// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import java.util.List;
import org.patrolsim.dispatch.incident.Priority;

/**
 * The facts of one dispatch decision, gathered by the command centre.
 *
 * @param cars patrol cars that could go (free ones; for an urgent call also cars on a meal break
 *     and cars busy with a minor incident, when the plan allows), any order
 * @param home the station of the call's jurisdiction
 * @param others the other stations that have a free duty team, any order (empty when not asked for)
 * @param typicalHandlingSeconds the typical (median) call handling of the call's priority: what the
 *     policy adds to an arrival from now to compare it with a target that counts from the call
 */
public record DispatchRequest(
    Priority priority,
    List<Candidate> cars,
    StationOption home,
    List<StationOption> others,
    double typicalHandlingSeconds) {}
