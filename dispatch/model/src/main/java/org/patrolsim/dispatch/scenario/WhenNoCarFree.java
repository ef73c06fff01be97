// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import org.patrolsim.dispatch.ScenarioChoice;

/**
 * What the integrated policy does with a call that no free car within the threshold can take
 * ({@code dispatch.whenNoCarFree}).
 */
public enum WhenNoCarFree implements ScenarioChoice {
  /** The call goes to the station of its jurisdiction (then {@code whenNoTeamFree}). */
  STATION("station"),
  /**
   * The call waits for the next patrol car free within the threshold, and no station is ever called
   * out (the hypercube's infinite first-come-first-served queue).
   */
  WAIT("wait");

  private final String key;

  WhenNoCarFree(String key) {
    this.key = key;
  }

  @JsonValue
  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
