// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

  static Path resource(String name) {
    try {
      return Path.of(ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void missingFieldsTakeTheirDocumentedDefaults() {
    Scenario s = ScenarioLoader.load(resource("two-stations.yaml"), List.of()).scenario();
    assertThat(s.seed()).isEqualTo(7L);
    assertThat(s.days()).as("left to the model: a replay's span, else 1 day").isNull();
    assertThat(s.timeZone()).isEqualTo("UTC");
    assertThat(s.fleet().vehicles()).isEqualTo(4);
    assertThat(s.fleet().shiftHours()).isEqualTo(8.0);
    assertThat(s.stations()).extracting(Scenario.Station::dutyTeams).containsExactly(2, 2);
    assertThat(s.incidents().types()).extracting(Scenario.IncidentType::name)
        .containsExactly("violent", "traffic", "dispute", "theft-report", "assistance");
    assertThat(s.dispatch().preemption()).isFalse();
  }

  @Test
  void overridesReachTheTwoScriptedPathsAndListEntries() {
    Scenario s = ScenarioLoader.load(resource("two-stations.yaml"),
        List.of("fleet.vehicles=24", "dispatch.policy=traditional", "stations[1].dutyTeams=5",
            "incidents.types.0.share=0.5", "dispatch.preemption=true")).scenario();
    assertThat(s.fleet().vehicles()).isEqualTo(24);
    assertThat(s.dispatch().policy()).isEqualTo("traditional");
    assertThat(s.stations().get(1).dutyTeams()).isEqualTo(5);
    assertThat(s.incidents().types().get(0).share()).isEqualTo(0.5);
    assertThat(s.dispatch().preemption()).isTrue();
  }

  @Test
  void anUnknownFieldNamesTheFileAndTheFieldPath() {
    assertThatThrownBy(() -> ScenarioLoader.load(resource("unknown-field.yaml"), List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining("unknown-field.yaml: unknown field 'fleet.vehicels'")
        .hasMessageContaining("vehicles");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    assertThatThrownBy(() -> ScenarioLoader.load(resource("wrong-type.yaml"), List.of()))
        .hasMessageContaining("wrong-type.yaml: field 'fleet.vehicles' expected a whole number");
  }

  @Test
  void aZeroRateIsRejectedInJsonToo() {
    assertThatThrownBy(() -> ScenarioLoader.load(resource("zero-rate.json"), List.of()))
        .hasMessageContaining("zero-rate.json: incidents.perDay: expected a positive number")
        .hasMessageContaining("got 0.0");
  }

  @Test
  void aNegativeRateOrEmptyFleetFromTheCommandLineIsRejected() {
    assertThatThrownBy(() -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("incidents.perDay=-5")))
        .hasMessageContaining("incidents.perDay: expected a positive number");
    assertThatThrownBy(() -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("fleet.vehicles=0")))
        .hasMessageContaining("fleet.vehicles: expected at least 1 patrol car");
    assertThatThrownBy(() -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("fleet.vehicles=2.5")))
        .hasMessageContaining("field 'fleet.vehicles' expected a whole number");
    assertThatThrownBy(() -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("dispatch.policy=fast")))
        .hasMessageContaining("dispatch.policy: expected 'integrated' or 'traditional', got fast");
  }

  @Test
  void aBadOverrideSyntaxIsOneLine() {
    assertThatThrownBy(() -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("fleet.vehicles")))
        .hasMessage("--set fleet.vehicles: expected path=value, e.g. fleet.vehicles=24");
    assertThatThrownBy(() -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("stations[9].lat=1")))
        .hasMessageContaining("index 9 is past the end of 'stations' (2 entries)");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> ScenarioLoader.load(Path.of("nowhere.yaml"), List.of()))
        .hasMessage("nowhere.yaml: no such scenario file");
  }
}
