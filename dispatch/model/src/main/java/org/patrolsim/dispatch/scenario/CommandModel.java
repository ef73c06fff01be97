// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/**
 * How the command centre chooses a unit for a call ({@code dispatch.policy}); see docs/MODEL.md.
 */
public enum CommandModel implements ScenarioChoice {
  /**
   * Integrated command: the free patrol car with the shortest road time if within the response
   * threshold, else the station of the call's jurisdiction.
   */
  INTEGRATED,
  /**
   * The traditional station call-out: every call to the station of its jurisdiction; patrol cars
   * only patrol.
   */
  TRADITIONAL;

  @Override
  public String toString() {
    return key();
  }
}
