// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.ScenarioChoice;

/** When in the meal window each car of a shift takes its meal break ({@code fleet.mealPlan}). */
public enum MealPlan implements ScenarioChoice {
  /**
   * Each crew's meal gets a slot in its window so that at most {@code fleet.maxShareOnMealBreak} of
   * the cars eat at once and neighbouring beats never together.
   */
  SPREAD,
  /**
   * Car i eats {@code (i mod 4) x 15} minutes after {@code fleet.mealBreakAfterHours} (the plan of
   * earlier versions).
   */
  CAR_INDEX;

  @Override
  public String toString() {
    return key();
  }
}
