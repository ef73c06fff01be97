// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields calibration fills (issue 20): time on scene as a distribution, car turnout,
 * self-initiated work.
 */
class CalibrationFieldsValidationTest {

  @Test
  void everyNewFieldIsCheckedWithOneLineNamingItAndWhatWasExpected() {
    List<List<String>> cases =
        List.of(
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: 0}]",
                "incidents.types[0].onSceneMinutes: expected a positive number of minutes (the mean) or {median"),
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: {median: 0, p90: 10}}]",
                "incidents.types[0].onSceneMinutes.median: expected minutes above 0 and at most 1440, got 0.0"),
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: {median: 20, p90: 10}}]",
                "incidents.types[0].onSceneMinutes.p90: expected minutes at least the median (20.0) and at most 1440"),
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: {median: 20}}]",
                "incidents.types[0].onSceneMinutes.p90: expected minutes at least the median"),
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: {mean: 20}}]",
                "unknown field 'incidents.types[0].onSceneMinutes.mean'"),
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: [1, 2]}]",
                "field 'incidents.types[0].onSceneMinutes' expected minutes (the mean) or {median: minutes, p90: minutes}"),
            List.of(
                "response.carTurnoutSeconds={median: 30, p90: 10}",
                "response.carTurnoutSeconds.p90: expected seconds at least the median (30.0) and at most 86400"),
            List.of(
                "response.carTurnoutSeconds={median: 0, p90: 10}",
                "response.carTurnoutSeconds.p90: expected 0 when the median is 0"),
            List.of(
                "response.carTurnoutSeconds=90",
                "field 'response.carTurnoutSeconds' expected a mapping of fields"),
            List.of(
                "fleet.selfInitiated={perCarHour: 0, minutes: 15}",
                "fleet.selfInitiated.perCarHour: expected jobs per free car hour above 0 and at most 60, got 0.0"),
            List.of(
                "fleet.selfInitiated={minutes: 15}",
                "fleet.selfInitiated.perCarHour: expected jobs per free car hour above 0 and at most 60, got null"),
            List.of(
                "fleet.selfInitiated={perCarHour: 1}",
                "fleet.selfInitiated.minutes: expected minutes (the mean) or {median: minutes, p90: minutes}, got null"),
            List.of(
                "fleet.selfInitiated={perCarHour: 1, minutes: {median: 30, p90: 20}}",
                "fleet.selfInitiated.minutes.p90: expected minutes at least the median (30.0) and at most 1440"),
            List.of(
                "fleet.selfInitiated={perCarHour: 1, minutes: -5}",
                "fleet.selfInitiated.minutes: expected a positive number of minutes (the mean) or {median"),
            List.of(
                "fleet.selfInitiated={perCarHour: 1, minutes: 5, share: 0.2}",
                "unknown field 'fleet.selfInitiated.share'"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(c.get(0))))
          .as(c.get(0))
          .isInstanceOf(ScenarioError.class)
          .hasMessageStartingWith("default scenario: " + c.get(1))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void aCarTurnoutHasNoPlaceInTheExponentialBusyTime() {
    assertThatThrownBy(
            () ->
                ScenarioLoader.loadDefault(
                    List.of(
                        "fleet.busyTime=exponential",
                        "response.carTurnoutSeconds={median: 30, p90: 60}")))
        .isInstanceOf(ScenarioError.class)
        .hasMessageStartingWith(
            "default scenario: response.carTurnoutSeconds: expected {median: 0, p90: 0} with"
                + " fleet.busyTime: exponential")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(ScenarioLoader.loadDefault(List.of()).scenario().response().carTurnoutSeconds())
        .isEqualTo(new Scenario.Spread(0.0, 0.0));
  }

  @Test
  void onSceneMinutesIsANumberOrAMedianAndP90AndComesBackFromJsonInItsForm() {
    LoadedScenario loaded =
        ScenarioLoader.loadDefault(
            List.of(
                "incidents.types=[{name: a, onSceneMinutes: 25}, {name: b, onSceneMinutes: {median: 12, p90: 40}}]"));
    var types = loaded.scenario().incidents().types();
    assertThat(types.get(0).onSceneMinutes()).isEqualTo(OnSceneMinutes.mean(25.0));
    assertThat(types.get(1).onSceneMinutes()).isEqualTo(OnSceneMinutes.logNormal(12.0, 40.0));
    String json = ScenarioLoader.toJson(loaded.scenario());
    assertThat(json)
        .contains("\"onSceneMinutes\":25.0")
        .contains("\"onSceneMinutes\":{\"median\":12.0,\"p90\":40.0}");
    assertThat(ScenarioLoader.fromJson("j", json).scenario()).isEqualTo(loaded.scenario());
  }
}
