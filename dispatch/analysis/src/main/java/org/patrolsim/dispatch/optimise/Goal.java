// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.sweep.Target;

/**
 * What {@code patrolsim optimise} is asked: an objective, constraints on other KPIs ({@code
 * KPI<=VALUE}, {@code KPI>=VALUE}, as a sweep's targets), the budget (cars on duty around the
 * clock, held constant) and the indifference zone of the selection.
 *
 * @param objective the KPI to improve
 * @param constraints KPIs every acceptable plan must meet
 * @param cars the cars, one post each
 * @param delta the indifference zone: differences on the objective smaller than this do not matter
 * @param staffing with {@code --car-hours}: the budget of a staffing screen, else null
 */
public record Goal(
    Objective objective,
    List<Target> constraints,
    int cars,
    double delta,
    StaffingBudget staffing) {
  public Goal {
    constraints = List.copyOf(constraints);
  }

  public Goal(Objective objective, List<Target> constraints, int cars, double delta) {
    this(objective, constraints, cars, delta, null);
  }

  /** This goal, its staffing also chosen within {@code budget}. */
  public Goal withStaffing(StaffingBudget budget) {
    return new Goal(objective, constraints, cars, delta, budget);
  }

  /**
   * The goal from the options' text: {@code constraints} each {@code KPI<=VALUE} or {@code
   * KPI>=VALUE} (or comma-separated lists of them); {@code delta} null for the objective unit's
   * default ({@link #defaultDelta}).
   */
  public static Goal parse(String objective, List<String> constraints, int cars, Double delta) {
    Objective o = Objective.parse(objective);
    List<Target> all = new java.util.ArrayList<>();
    for (String c : constraints) {
      all.addAll(Target.parseAll(c, "--constraint"));
    }
    if (cars < 1) {
      throw new OptimiseInputError(
          "--cars: expected at least 1 patrol car (one post each), got " + cars);
    }
    double d = delta == null ? defaultDelta(o.kpi().unit()) : delta;
    if (!(d > 0) || d > o.kpi().unit().most()) {
      throw new OptimiseInputError(
          "--delta: expected a difference above 0"
              + (o.kpi().unit() == Kpi.Unit.SHARE ? " and at most 1 (a share)" : "")
              + " on "
              + o.kpi().key()
              + ", got "
              + d);
    }
    return new Goal(o, all, cars, d);
  }

  /** Whether the objective or a constraint is a coverage KPI ({@code coverage.*}). */
  public boolean measuresCoverage() {
    return objective.kpi().key().startsWith(COVERAGE)
        || constraints.stream().anyMatch(t -> t.kpi().key().startsWith(COVERAGE));
  }

  private static final String COVERAGE = "coverage.";

  /**
   * The indifference zone when none is given: half a percentage point of a share, 5 seconds of a
   * time, one of a count.
   */
  public static double defaultDelta(Kpi.Unit unit) {
    return switch (unit) {
      case SHARE -> 0.005;
      case SECONDS -> 5;
      case COUNT -> 1;
    };
  }
}
