// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.Locale;

/**
 * Where a started drill is, and every move between states, in one place. The trainer pauses and
 * resumes a drill that goes on ({@link #RUNNING} or {@link #PAUSED}) and may ask it to end ({@link
 * #ENDING}); the run then ends, by itself or so asked ({@link #ENDED}); writing the outputs may
 * still fail ({@link #FAILED}). Once it no longer goes on, no control changes anything.
 */
public enum DrillState {
  /** Going on at its pace. */
  RUNNING,
  /** Going on, its clock stopped by the trainer. */
  PAUSED,
  /** The trainer asked it to end; the run is stopping. */
  ENDING,
  /** The run has ended (by itself or by the trainer). */
  ENDED,
  /** The run or the writing of its outputs failed. */
  FAILED;

  /** The state as the live page's frames carry it: {@code running}, {@code paused}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the trainer's controls can still change the drill. */
  public boolean goingOn() {
    return this == RUNNING || this == PAUSED;
  }

  /**
   * @throws DrillConflict (409 on the web) when the drill no longer goes on
   */
  void requireGoingOn() {
    if (!goingOn()) {
      throw new DrillConflict(
          "the drill has "
              + (this == ENDING ? "been ended" : wireName())
              + ": nothing more can change");
    }
  }

  /** After a pause: paused (a paused drill stays paused). */
  DrillState pause() {
    requireGoingOn();
    return PAUSED;
  }

  /** After a resume: running (a running drill stays running). */
  DrillState resume() {
    requireGoingOn();
    return RUNNING;
  }

  /** After the trainer asked the drill to end: ending. */
  DrillState end() {
    requireGoingOn();
    return ENDING;
  }

  /**
   * When the run has ended, by itself or as the trainer asked: ended.
   *
   * @throws IllegalStateException when it had ended or failed already (a bug)
   */
  DrillState runEnded() {
    if (this == ENDED || this == FAILED) {
      throw new IllegalStateException("the drill's run ended twice (it had " + wireName() + ")");
    }
    return ENDED;
  }

  /** When the run or the writing of its outputs failed, from any state: failed. */
  DrillState fail() {
    return FAILED;
  }
}
