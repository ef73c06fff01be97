// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/** How long a patrol car sent to a call stays busy ({@code fleet.busyTime}); see docs/MODEL.md. */
public enum BusyTime implements ScenarioChoice {
  /** Busy while it drives to the call and works on scene, then free where it is. */
  SCENE,
  /**
   * The hypercube-compatible busy time: from the dispatch until the car is back at its post, the
   * whole of it exponential with mean {@code fleet.busyMeanMinutes}.
   */
  EXPONENTIAL;

  @Override
  public String toString() {
    return key();
  }
}
