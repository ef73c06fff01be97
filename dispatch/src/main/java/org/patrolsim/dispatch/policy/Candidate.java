// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import org.patrolsim.dispatch.incident.Priority;

/**
 * A patrol car the command centre weighs for a call, with its road time to the scene.
 *
 * @param busyWith the priority of the incident the car is busy with, or null when it is free
 * @param busyIncident the id of that incident, or 0 when free
 */
public record Candidate(String unitId, double roadSeconds, Priority busyWith, long busyIncident) {

  public static Candidate free(String unitId, double roadSeconds) {
    return new Candidate(unitId, roadSeconds, null, 0);
  }

  public boolean isFree() {
    return busyWith == null;
  }
}
