// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.CarId;

/**
 * A patrol car the command centre weighs for a call, with its road time to the scene.
 *
 * @param busyWith the priority of the incident the car is busy with, or null when it is not busy
 * @param busyIncident the id of that incident, or 0
 */
public record Candidate(
    CarId car,
    double roadSeconds,
    Availability availability,
    Priority busyWith,
    long busyIncident) {

  /** What the car is doing while it is weighed. */
  public enum Availability {
    /** On patrol or at its post: free to go. */
    FREE,
    /** On a meal break: only an urgent call may interrupt it (when the plan allows). */
    MEAL_BREAK,
    /** Driving to a minor incident: may be pre-empted (preferred: no work is lost). */
    DRIVING,
    /** Working at a minor incident: may be pre-empted (the work done is credited). */
    ON_SCENE
  }

  public static Candidate free(CarId car, double roadSeconds) {
    return new Candidate(car, roadSeconds, Availability.FREE, null, 0);
  }

  public boolean isFree() {
    return availability == Availability.FREE;
  }
}
