// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/**
 * What a free patrol car does between calls ({@code fleet.patrol}, per shift group {@code
 * fleet.patrolByShiftGroup}); see docs/MODEL.md. Dispatch takes a car from wherever it is, whatever
 * its strategy.
 */
public enum PatrolStrategy implements ScenarioChoice {
  /** Drive between a few beat points chosen at random by weight, with a stop at each. */
  ROAM,
  /** Wait at a set place: the car's post ({@code fleet.posts}) or its beat's first point. */
  POST,
  /**
   * Visit the beat's hot spots (its busiest places for calls) in turn, with a stop of {@code
   * fleet.hotspotStopMinutes} at each.
   */
  HOTSPOTS,
  /** Drive past every street of the beat, in one fixed round, again and again, without stops. */
  SWEEP;

  @Override
  public String toString() {
    return key();
  }
}
