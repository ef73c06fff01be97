// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import org.patrolsim.dispatch.unit.StationId;

/**
 * A station the command centre could call out for a call: its free duty teams, the road time from
 * the station to the scene, and when a team would likely arrive (the typical turnout plus that road
 * time). Road times are +Infinity when not computed (no free team) or unreachable.
 */
public record StationOption(
    StationId station, int freeTeams, double roadSeconds, double arrivalSeconds) {

  /** Whether a team can be sent from here: one is free and the scene can be reached. */
  public boolean canSend() {
    return freeTeams > 0 && Double.isFinite(arrivalSeconds);
  }
}
