// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.Target;

/**
 * The trade-off curve around optimisations that are stand-ins: a count with no feasible plan is a
 * point naming the constraint that binds, the others carry the chosen plan's objective, and any
 * other mistake still stops the curve.
 */
class TradeOffTest {
  static final Goal GOAL =
      Goal.parse(
          "max:streetDisposalShare", List.of("urgentFirstArrivalWithinTargetShare>=0.9"), 4, null);
  static final Target BINDING = GOAL.constraints().get(0);

  /** A result whose chosen plan has {@code objective}, as Optimiser.run returns it. */
  static OptimiseResult result(int cars, Estimate objective) {
    OptimiseResult.Row row =
        new OptimiseResult.Row(
            new PostPlan("screen-1", List.of(), null, "{}"),
            objective.n(),
            objective,
            List.of(Estimate.of(new double[] {0.95, 0.96})),
            true,
            0);
    return new OptimiseResult(
        new Goal(GOAL.objective(), GOAL.constraints(), cars, GOAL.delta()),
        Optimiser.Settings.DEFAULT,
        1,
        List.of(),
        0,
        0.3,
        ScreenValue.step(5, "test"),
        new PostSearch.Result(List.of(), 0, 0, 1),
        1,
        List.of(row),
        0,
        objective,
        false,
        objective.n(),
        null,
        new StartCheck(objective.n(), 200, List.of(), objective, List.of(), List.of(), false));
  }

  @Test
  void aCountWithNoFeasiblePlanIsAPointNamingTheBindingConstraint() {
    Estimate four = Estimate.of(new double[] {0.70, 0.72, 0.71});
    List<String> log = new ArrayList<>();
    TradeOff curve =
        TradeOff.of(
            List.of(2, 4),
            cars -> {
              if (cars == 2) {
                throw new NoFeasiblePlan(BINDING, "--constraint " + BINDING + ": no plan meets it");
              }
              return result(cars, four);
            },
            log::add);

    assertThat(curve.points()).hasSize(2);
    TradeOff.Point two = curve.points().get(0);
    assertThat(two.cars()).isEqualTo(2);
    assertThat(two.feasible()).isFalse();
    assertThat(two.binding()).isEqualTo(BINDING);
    assertThat(two.objective()).isNull();
    TradeOff.Point fourCars = curve.points().get(1);
    assertThat(fourCars.feasible()).isTrue();
    assertThat(fourCars.plan()).isEqualTo("screen-1");
    assertThat(fourCars.objective()).isEqualTo(four);
    assertThat(log)
        .contains(
            "trade-off: 2 cars: no feasible plan (urgentFirstArrivalWithinTargetShare>=0.9 binds)");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> json = new ObjectMapper().convertValue(curve.json(), List.class);
    assertThat(json.get(0))
        .containsEntry("cars", 2)
        .containsEntry("feasible", false)
        .containsEntry("binding", "urgentFirstArrivalWithinTargetShare>=0.9")
        .doesNotContainKey("objective");
    assertThat(json.get(1)).containsEntry("feasible", true).containsKey("objective");
  }

  @Test
  void anyOtherMistakeStopsTheCurve() {
    assertThatThrownBy(
            () ->
                TradeOff.of(
                    List.of(1, 4),
                    cars -> {
                      throw new OptimiseInputError("--cars 1: only 0 candidate sites");
                    },
                    line -> {}))
        .isInstanceOf(OptimiseInputError.class)
        .isNotInstanceOf(NoFeasiblePlan.class);
  }

  @Test
  void countsAreDistinctAndAscending() {
    assertThat(TradeOff.parse("48, 36,42,36")).containsExactly(36, 42, 48);
    assertThatThrownBy(() -> TradeOff.parse("36,0"))
        .isInstanceOf(OptimiseInputError.class)
        .hasMessage(
            "--trade-off '36,0': '0' is not a count of cars; expected counts of at least 1, e.g."
                + " 36,42,48");
    assertThatThrownBy(() -> TradeOff.parse("36,x")).hasMessageContaining("'x' is not a count");
  }
}
