// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;

/** What the command centre does with a call, and why (the reason goes into the decision log). */
public sealed interface Decision {
  String reason();

  /**
   * Send this patrol car.
   *
   * @param preempted the incident it is taken off, or 0
   * @param interruptsMeal whether it leaves a meal break for this call
   */
  record Patrol(
      CarId car, double roadSeconds, long preempted, boolean interruptsMeal, String reason)
      implements Decision {}

  /**
   * Call out a duty team of this station (it has one free); {@code arrivalSeconds} as estimated.
   */
  record Station(StationId station, double arrivalSeconds, String reason) implements Decision {}

  /** Keep the call waiting for the next free unit. */
  record Wait(String reason) implements Decision {}
}
