// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/**
 * What dispatch does when the jurisdiction's station has no free duty team ({@code
 * dispatch.whenNoTeamFree}).
 */
public enum WhenNoTeamFree implements ScenarioChoice {
  /**
   * Send whichever would arrive first: a free car beyond the threshold or another station's team.
   */
  NEAREST_UNIT,
  /** The call waits for the next free unit. */
  WAIT;

  @Override
  public String toString() {
    return key();
  }
}
