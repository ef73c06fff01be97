// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

/** The verdict of one comparison line. */
public enum Verdict {
  /** Within the tolerances, or outside them by no more than chance explains. */
  PASS,
  /** Outside a tolerance, and the samples differ beyond chance. */
  FAIL,
  /** Fewer samples on a side than the tolerances ask: shown, never failed. */
  TOO_FEW;

  /** The name used in files and reports. */
  public String key() {
    return name();
  }
}
