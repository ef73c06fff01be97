// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.sweep.Estimate;

/** What a KPI's paired difference B - A says of plan B, given which way the KPI is better. */
public enum Verdict {
  /** The interval excludes 0 on the better side. */
  BETTER("better"),
  /** The interval excludes 0 on the worse side. */
  WORSE("worse"),
  /** The interval includes 0: these replications cannot tell the plans apart. */
  NO_CLEAR_CHANGE("no clear change"),
  /** The interval excludes 0, for a KPI that is neither better higher nor lower. */
  CHANGED("changed"),
  /** No paired interval: nothing is judged. */
  NOT_JUDGED("not judged");

  private final String words;

  Verdict(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** The verdict on {@code difference} (B - A) of {@code kpi}; {@code null} means no interval. */
  public static Verdict of(Kpi kpi, Estimate difference) {
    if (difference == null || !difference.hasInterval()) {
      return NOT_JUDGED;
    }
    boolean up = difference.low() > 0;
    boolean down = difference.high() < 0;
    if (!up && !down) {
      return NO_CLEAR_CHANGE;
    }
    return switch (kpi.better()) {
      case HIGHER -> up ? BETTER : WORSE;
      case LOWER -> down ? BETTER : WORSE;
      case NEITHER -> CHANGED;
    };
  }
}
