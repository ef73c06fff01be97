// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.sweep.Estimate;

/**
 * The inputs ranked by how much they move one KPI, the one that moves it most first.
 *
 * @param kpi the KPI
 * @param base the KPI of the plan itself
 * @param ranking every input's effect, by rank
 */
public record KpiSensitivity(Kpi kpi, Estimate base, List<InputEffect> ranking) {

  public KpiSensitivity {
    ranking = List.copyOf(ranking);
  }

  /** The effect of the input named {@code name}. */
  public InputEffect input(String name) {
    return ranking.stream()
        .filter(e -> e.input().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no input " + name));
  }
}
