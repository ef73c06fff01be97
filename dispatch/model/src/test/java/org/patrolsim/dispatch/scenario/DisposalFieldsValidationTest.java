// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields of street disposal as an outcome: settle decay and repeats per type, crew kinds of the
 * fleet.
 */
class DisposalFieldsValidationTest {

  @Test
  void everyNewFieldIsCheckedWithOneLineNamingItAndWhatWasExpected() {
    List<List<String>> cases =
        List.of(
            List.of(
                "incidents.types=[{name: a, settleGraceMinutes: -1}]",
                "incidents.types[0].settleGraceMinutes: expected minutes from 0 to 1440"),
            List.of(
                "incidents.types=[{name: a, settleHalfLifeMinutes: 0}]",
                "incidents.types[0].settleHalfLifeMinutes: expected minutes above 0 and at most 10080"),
            List.of(
                "incidents.types=[{name: a}, {name: b, repeatChance: 1.5}]",
                "incidents.types[1].repeatChance: expected a probability from 0 to 1"),
            List.of(
                "incidents.types=[{name: a, repeatChance: 0.2, repeatMeanDays: 0}]",
                "incidents.types[0].repeatMeanDays: expected days above 0 and at most 366"),
            List.of(
                "fleet.crewKinds=[{cars: 2, settleFactor: 1.2}]",
                "fleet.crewKinds[0].name: expected a crew kind name"),
            List.of(
                "fleet.crewKinds=[{name: b, cars: 2, settleFactor: 1.2}, {name: B, cars: 1, settleFactor: 1}]",
                "fleet.crewKinds[1].name: expected a name not used by another crew kind"),
            List.of(
                "fleet.crewKinds=[{name: ordinary, cars: 2, settleFactor: 1.2}]",
                "fleet.crewKinds[0].name: expected a name not used by another crew kind (nor 'ordinary'"),
            List.of(
                "fleet.crewKinds=[{name: b, cars: 0, settleFactor: 1.2}]",
                "fleet.crewKinds[0].cars: expected at least 1 car, got 0"),
            List.of(
                "fleet.crewKinds=[{name: b, cars: 2}]",
                "fleet.crewKinds[0].settleFactor: expected a factor above 0 and at most 10"),
            List.of(
                "fleet.crewKinds=[{name: b, cars: 2, settleFactor: 0}]",
                "fleet.crewKinds[0].settleFactor: expected a factor above 0"),
            List.of(
                "fleet.crewKinds=[{name: b, cars: 40, settleFactor: 1.2}, {name: c, cars: 9, settleFactor: 0.9}]",
                "fleet.crewKinds[1].cars: expected crew kinds that name at most fleet.vehicles (48) cars in all, got 49"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(c.get(0))))
          .as(c.get(0))
          .isInstanceOf(ScenarioError.class)
          .hasMessageStartingWith("default scenario: " + c.get(1))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void theDefaultTypesDecayAndRepeatAndAUserTypeWithoutTheFieldsKeepsTheFixedDraw() {
    var types = ScenarioLoader.loadDefault(List.of()).scenario().incidents().types();
    var dispute = types.stream().filter(t -> t.name().equals("dispute")).findFirst().orElseThrow();
    assertThat(dispute.settleHalfLifeMinutes()).isPositive();
    assertThat(dispute.repeatChance()).isPositive();
    var theft =
        types.stream().filter(t -> t.name().equals("theft-report")).findFirst().orElseThrow();
    assertThat(theft.settleHalfLifeMinutes()).isNull();
    var own =
        ScenarioLoader.loadDefault(List.of("incidents.types=[{name: a}]"))
            .scenario()
            .incidents()
            .types()
            .get(0);
    assertThat(own.settleHalfLifeMinutes()).isNull();
    assertThat(own.repeatChance()).isZero();
    assertThat(ScenarioLoader.loadDefault(List.of()).scenario().fleet().crewKinds()).isEmpty();
  }
}
