// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import org.patrolsim.dispatch.records.Span;

/**
 * What the back-test compares for each call, in seconds: the stages of the call (as {@link Span}
 * defines them on the records) and the unit time the call took.
 */
public enum Measure {
  /** Call received to the first dispatch: call handling plus any wait for a free unit. */
  HANDLING(Span.HANDLING),
  /** The first unit's dispatch to its moving off (en route), where both are known. */
  TURNOUT(Span.TURNOUT),
  /** The first unit's drive: en route (or, without it, dispatched) to on scene. */
  DRIVE(Span.DRIVE),
  /** Call received to the first unit on scene. */
  RESPONSE(Span.RESPONSE),
  /** The first arrival to the clear. */
  ON_SCENE(Span.ON_SCENE),
  /**
   * The sum over the units sent of dispatched to cleared (leaving the scene): the work the call
   * made.
   */
  UNIT_TIME(null);

  private final Span span;

  Measure(Span span) {
    this.span = span;
  }

  /** The records' stage this measure is, or null for {@link #UNIT_TIME}. */
  public Span span() {
    return span;
  }

  /** The name used in files and reports, e.g. {@code onScene}, {@code unitTime}. */
  public String key() {
    return span != null ? span.key() : "unitTime";
  }
}
