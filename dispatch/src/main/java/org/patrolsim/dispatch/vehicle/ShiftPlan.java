// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import org.patrolsim.dispatch.scenario.Scenario;

/**
 * When a patrol car's crews change and eat. Shifts repeat every {@code shiftMs} from
 * {@code firstStartMs} (e.g. 06:00, 14:00, 22:00 for 3 x 8 h). At each change the car is unavailable
 * for the hand-over, less the planned overlap (the incoming crew arrives early and the outgoing crew
 * keeps the car on the street until it does); with an overlap at least as long as the hand-over there is
 * no gap. Each crew takes one meal break, staggered by car so that neighbours do not eat together.
 */
public record ShiftPlan(long firstStartMs, long shiftMs, long handoverGapMs, long mealMs, long mealOffsetMs) {
  private static final long MIN = 60_000L;

  /** The plan of car number {@code carIndex} (0-based) under the scenario's fleet rules. */
  public static ShiftPlan of(Scenario.Fleet fleet, int carIndex) {
    long shift = Math.round(fleet.shiftHours() * 60) * MIN;
    long meal = Math.round(fleet.mealBreakMinutes()) * MIN;
    long offset = Math.round(fleet.mealBreakAfterHours() * 60) * MIN + (carIndex % 4) * 15 * MIN;
    offset = Math.max(0, Math.min(offset, shift - meal));
    long gap = Math.max(0, Math.round((fleet.handoverMinutes() - fleet.overlapMinutes()) * MIN));
    return new ShiftPlan(Math.round(fleet.firstShiftStartHour() * 60) * MIN, shift, gap, meal, offset);
  }

  /** The first shift change strictly after {@code nowMs}. */
  public long nextChangeAfter(long nowMs) {
    long k = Math.floorDiv(nowMs - firstStartMs, shiftMs) + 1;
    return firstStartMs + k * shiftMs;
  }

  /** The start of the shift running at {@code nowMs}. */
  public long shiftStartAt(long nowMs) {
    return nextChangeAfter(nowMs) - shiftMs;
  }

  /** When the crew on duty at {@code nowMs} is due its meal break. */
  public long mealDueInShiftAt(long nowMs) {
    return shiftStartAt(nowMs) + mealOffsetMs;
  }
}
