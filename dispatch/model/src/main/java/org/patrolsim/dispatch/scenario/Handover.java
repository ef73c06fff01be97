// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/** Where a patrol car's crew changes at the end of a shift ({@code fleet.handover}). */
public enum Handover implements ScenarioChoice {
  /**
   * At the car's home station (the one whose jurisdiction holds its beat): the car drives there and
   * the crews change there.
   */
  STATION,
  /** Where the car is: the crews change in the field. */
  FIELD;

  @Override
  public String toString() {
    return key();
  }
}
