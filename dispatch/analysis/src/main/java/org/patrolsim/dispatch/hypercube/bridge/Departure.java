// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

/**
 * An assumption of the hypercube model that a plan breaks, so that the hypercube of the plan is an
 * approximation of it: the scenario field responsible and what it does that the hypercube does not.
 *
 * @param field the scenario field path, e.g. {@code fleet.mealBreakMinutes}
 * @param why what the plan does and how the hypercube of it simplifies that
 */
public record Departure(String field, String why) {
  @Override
  public String toString() {
    return field + ": " + why;
  }
}
