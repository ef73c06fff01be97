// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * How the chance of settling an incident on the spot falls with the time from the call to the first
 * unit on scene (parties leave, disputes escalate): 1 within the grace time, then halving every
 * half-life. A half-life of 0 means settling does not depend on time (a theft report is taken
 * whenever the car comes).
 *
 * @param graceMs time from the call within which the chance is whole
 * @param halfLifeMs after the grace, the chance halves every this long; 0: no decay
 */
public record SettleDecay(long graceMs, long halfLifeMs) {
  /** No decay: the chance is the same however late the unit arrives. */
  public static final SettleDecay NONE = new SettleDecay(0, 0);

  public SettleDecay {
    if (graceMs < 0 || halfLifeMs < 0) {
      throw new IllegalArgumentException(
          "grace and half-life must be zero or more, got " + graceMs + ", " + halfLifeMs);
    }
  }

  /**
   * The factor on the chance after {@code delayMs} from the call to the first unit on scene (0 to
   * 1).
   */
  public double factor(long delayMs) {
    if (halfLifeMs == 0 || delayMs <= graceMs) {
      return 1.0;
    }
    return Math.pow(0.5, (double) (delayMs - graceMs) / halfLifeMs);
  }
}
