// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.UserInputError;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

class GoalTest {

  @Test
  void parsesTheObjectiveTheConstraintsAndTheBudget() {
    Goal g =
        Goal.parse(
            "max:streetDisposalShare",
            List.of("availabilityLoss<=0.2", "urgentFirstArrivalWithinTargetShare>=0.5"),
            48,
            null);
    assertThat(g.objective().kpi()).isEqualTo(KpiCatalogue.STREET_DISPOSAL_SHARE);
    assertThat(g.objective().sense()).isEqualTo(Objective.Sense.MAX);
    assertThat(g.constraints()).hasSize(2);
    assertThat(g.constraints().get(0).atLeast()).isFalse();
    assertThat(g.cars()).isEqualTo(48);
    assertThat(g.delta()).isEqualTo(0.005);
    assertThat(Goal.parse("min:availabilityLoss", List.of(), 3, 0.01).objective().toMax(0.2))
        .isEqualTo(-0.2);
  }

  @Test
  void aGoalMeasuresCoverageWhenItsObjectiveOrAConstraintIsACoverageKpi() {
    assertThat(Goal.parse("max:streetDisposalShare", List.of(), 4, null).measuresCoverage())
        .isFalse();
    assertThat(
            Goal.parse(
                    "max:streetDisposalShare",
                    List.of("availabilityLoss<=0.2", "coverage.meanShareWithinTarget>=0.9"),
                    4,
                    null)
                .measuresCoverage())
        .isTrue();
    assertThat(
            Goal.parse("max:coverage.demandWithinTargetShare", List.of(), 4, null)
                .measuresCoverage())
        .isTrue();
  }

  @Test
  void eachMistakeIsOneLineNamingTheOption() {
    assertThatThrownBy(() -> Goal.parse("max:streetDisposal", List.of(), 4, null))
        .isInstanceOf(UserInputError.class)
        .hasMessageStartingWith("--objective: unknown KPI 'streetDisposal'");
    assertThatThrownBy(() -> Goal.parse("streetDisposalShare", List.of(), 4, null))
        .isInstanceOf(OptimiseInputError.class)
        .hasMessageContaining("expected max:KPI or min:KPI");
    assertThatThrownBy(() -> Goal.parse("min:streetDisposalShare", List.of(), 4, null))
        .hasMessageContaining("higher is better for streetDisposalShare")
        .hasMessageEndingWith("expected max:streetDisposalShare");
    assertThatThrownBy(() -> Goal.parse("max:incidents.total", List.of(), 4, null))
        .hasMessageContaining("neither higher nor lower is better");
    assertThatThrownBy(
            () -> Goal.parse("max:streetDisposalShare", List.of("availabilityLoss<=1.5"), 4, null))
        .isInstanceOf(UserInputError.class)
        .hasMessageStartingWith("--constraint 'availabilityLoss<=1.5'")
        .hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> Goal.parse("max:streetDisposalShare", List.of("nosuch<=1"), 4, null))
        .hasMessageStartingWith("--constraint: unknown KPI 'nosuch'");
    assertThatThrownBy(() -> Goal.parse("max:streetDisposalShare", List.of(), 0, null))
        .hasMessageStartingWith("--cars: expected at least 1");
    assertThatThrownBy(() -> Goal.parse("max:streetDisposalShare", List.of(), 4, 2.0))
        .hasMessageStartingWith("--delta:");
  }
}
