// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import org.patrolsim.dispatch.ScenarioChoice;

/** Where a patrol car's crew changes at the end of a shift ({@code fleet.handover}). */
public enum Handover implements ScenarioChoice {
  /**
   * At the car's home station (the one whose jurisdiction holds its beat): the car drives there and
   * the crews change there.
   */
  STATION("station"),
  /** Where the car is: the crews change in the field. */
  FIELD("field");

  private final String key;

  Handover(String key) {
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
