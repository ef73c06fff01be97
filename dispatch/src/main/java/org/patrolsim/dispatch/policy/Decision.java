// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

/** What the command centre does with a call, and why (the reason goes into the decision log). */
public sealed interface Decision {
  String reason();

  /** Send this patrol car; {@code preempted} is the incident it is taken off, or 0. */
  record Patrol(String unitId, double roadSeconds, long preempted, String reason) implements Decision {}

  /** Call out a duty team of this station (it has one free). */
  record Station(String stationId, String reason) implements Decision {}

  /** Keep the call waiting for the next free unit; it goes to {@code stationId} if that comes first. */
  record Wait(String stationId, String reason) implements Decision {}
}
