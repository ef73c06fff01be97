// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import org.patrolsim.dispatch.ScenarioChoice;

/**
 * What dispatch does when the jurisdiction's station has no free duty team ({@code
 * dispatch.whenNoTeamFree}).
 */
public enum WhenNoTeamFree implements ScenarioChoice {
  /**
   * Send whichever would arrive first: a free car beyond the threshold or another station's team.
   */
  NEAREST_UNIT("nearest-unit"),
  /** The call waits for the next free unit. */
  WAIT("wait");

  private final String key;

  WhenNoTeamFree(String key) {
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
