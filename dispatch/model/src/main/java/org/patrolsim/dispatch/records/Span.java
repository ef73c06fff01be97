// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

/**
 * A stage of a call between two recorded times, as calibration fits it and the back-test compares
 * it.
 */
public enum Span {
  /** Call received to the first unit dispatched: call handling plus any wait for a free unit. */
  HANDLING,
  /** The first unit's dispatch to moving off (en route). */
  TURNOUT,
  /** The first unit's drive: en route (or, without it, dispatched) to on scene. */
  DRIVE,
  /** Call received to the first unit on scene. */
  RESPONSE,
  /** The first unit on scene: on scene to cleared. */
  ON_SCENE;

  /** The lower-case name used in files and reports, e.g. {@code onScene}. */
  public String key() {
    return switch (this) {
      case HANDLING -> "handling";
      case TURNOUT -> "turnout";
      case DRIVE -> "drive";
      case RESPONSE -> "response";
      case ON_SCENE -> "onScene";
    };
  }
}
