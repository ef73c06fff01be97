// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/**
 * What the integrated policy does with a call that no free car within the threshold can take
 * ({@code dispatch.whenNoCarFree}).
 */
public enum WhenNoCarFree implements ScenarioChoice {
  /** The call goes to the station of its jurisdiction (then {@code whenNoTeamFree}). */
  STATION,
  /**
   * The call waits for the next patrol car free within the threshold, and no station is ever called
   * out (the hypercube's infinite first-come-first-served queue).
   */
  WAIT;

  @Override
  public String toString() {
    return key();
  }
}
