// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

/**
 * When one patrol car's crews change and eat. Shifts repeat every {@code shiftMs} from {@code
 * firstStartMs} (the start hour of the car's shift group, e.g. 07:00, 15:00, 23:00 for 3 x 8 h from
 * 7). At each change the car is off the street for the hand-over, less the planned overlap (the
 * incoming crew arrives early); with an overlap at least as long as the hand-over there is no gap.
 * A hand-over at the station adds the drive there. Each crew takes one meal break, {@code
 * mealOffsetMs} into its shift (set by the {@link ShiftTimetable}).
 *
 * <p>A part-day car ({@code fleet.extraShifts}) has one crew a day: its shift repeats every 24
 * hours and its crew is on duty only the first {@code dutyMs} of it, then drives back to its home
 * station and is off duty until the next day's start. Around-the-clock cars are on duty the whole
 * shift ({@code dutyMs == shiftMs}).
 *
 * @param dutyMs how long each crew is on duty from the start of its shift, at most {@code shiftMs}
 */
public record ShiftPlan(
    long firstStartMs,
    long shiftMs,
    long handoverGapMs,
    boolean handoverAtStation,
    long mealMs,
    long mealOffsetMs,
    long dutyMs) {

  /** An around-the-clock car's shifts: each crew on duty its whole shift. */
  public ShiftPlan(
      long firstStartMs,
      long shiftMs,
      long handoverGapMs,
      boolean handoverAtStation,
      long mealMs,
      long mealOffsetMs) {
    this(firstStartMs, shiftMs, handoverGapMs, handoverAtStation, mealMs, mealOffsetMs, shiftMs);
  }

  /** The first shift change strictly after {@code nowMs}. */
  public long nextChangeAfter(long nowMs) {
    return firstStartMs + (crewAt(nowMs) + 1) * shiftMs;
  }

  /** The start of the shift running at {@code nowMs}. */
  public long shiftStartAt(long nowMs) {
    return firstStartMs + crewAt(nowMs) * shiftMs;
  }

  /**
   * Which crew is on duty at {@code nowMs}: the number of shift starts since the first (negative
   * before it).
   */
  public long crewAt(long nowMs) {
    return Math.floorDiv(nowMs - firstStartMs, shiftMs);
  }

  /** When the crew on duty at {@code nowMs} is due its meal break. */
  public long mealDueInShiftAt(long nowMs) {
    return shiftStartAt(nowMs) + mealOffsetMs;
  }

  /**
   * Whether the car is off duty part of each day (a part-day shift group of {@code
   * fleet.extraShifts}).
   */
  public boolean partDay() {
    return dutyMs < shiftMs;
  }

  /**
   * Whether the plan has the car on duty at {@code nowMs} (always, for an around-the-clock car).
   */
  public boolean onDutyAt(long nowMs) {
    return nowMs - shiftStartAt(nowMs) < dutyMs;
  }

  /** When the duty of the shift running at {@code nowMs} ends. */
  public long dutyEndAt(long nowMs) {
    return shiftStartAt(nowMs) + dutyMs;
  }
}
