// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.sweep.Variant;
import org.patrolsim.dispatch.testing.Repository;

/**
 * The registry of model inputs is the one home of their ranges: docs/MODEL.md's table is rendered
 * from it, every default is the bundled default scenario's value, and every end of every range is a
 * value the scenario validator accepts. Nothing is simulated.
 */
class ModelInputsTest {
  static final Path MODEL_MD = Repository.file("docs", "MODEL.md");
  static final String BEGIN = "<!-- model-inputs:begin -->\n";
  static final String END = "<!-- model-inputs:end -->";

  @Test
  void docsModelMdHoldsTheTableRenderedFromTheRegistry() throws IOException {
    String doc = Files.readString(MODEL_MD);
    assertThat(doc).contains(BEGIN, END);
    String table = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END));
    assertThat(table)
        .as("docs/MODEL.md section 7; regenerate with: patrolsim sensitivity --inputs-markdown")
        .isEqualTo(ModelInputs.bundled().markdownTable());
  }

  @Test
  void everyDefaultIsTheDefaultScenariosValue() throws IOException {
    JsonNode scenario =
        new JsonMapper()
            .readTree(ScenarioLoader.toJson(ScenarioLoader.loadDefault(List.of()).scenario()));
    for (ModelInput input : ModelInputs.bundled().all()) {
      JsonNode actual = SensitivitySetup.valueAt(scenario, input.path());
      assertThat(actual).as(input.name() + " at " + input.path()).isNotNull();
      if (actual.isNumber()) {
        assertThat(actual.asDouble()).as(input.name()).isEqualTo(input.defaultValue().asDouble());
      } else {
        assertThat(actual).as(input.name()).isEqualTo(input.defaultValue());
      }
    }
  }

  @Test
  void everyEndOfEveryRangeIsAcceptedAndSetsItsField() throws IOException {
    List<ModelInput> inputs = ModelInputs.bundled().all();
    SensitivitySetup setup =
        SensitivitySetup.of(
            null,
            List.of(),
            inputs,
            2,
            List.of(KpiCatalogue.require("streetDisposalShare", "test")));
    assertThat(setup.sweep().variants()).hasSize(1 + 2 * inputs.size());
    JsonMapper json = new JsonMapper();
    for (int i = 0; i < inputs.size(); i++) {
      ModelInput input = inputs.get(i);
      for (ModelInput.End end : ModelInput.End.values()) {
        Variant v = setup.sweep().variants().get(setup.variant(i, end));
        JsonNode set = SensitivitySetup.valueAt(json.readTree(v.scenarioJson()), input.path());
        JsonNode wanted = input.at(end).value();
        assertThat(set.isNumber() ? (Object) set.asDouble() : set)
            .as(v.name())
            .isEqualTo(wanted.isNumber() ? (Object) wanted.asDouble() : wanted);
        assertThat(v.seed())
            .as("common random numbers: every variant on the plan's seed")
            .isEqualTo(setup.base().scenario().seed());
      }
    }
  }

  @Test
  void anEndTheValidatorRefusesIsOneLineNamingTheInput() {
    ModelInputs registry =
        ModelInputs.parse(
            "test-inputs.yaml",
            """
        - {name: no-cars, path: fleet.vehicles, default: 48, low: -5, high: 60, unit: cars, source: test}
        """
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SensitivitySetup.of(null, List.of(), registry.all(), 2, List.of()))
        .isInstanceOf(SensitivityInputError.class)
        .hasMessageStartingWith("input no-cars: its low end fleet.vehicles=-5 is refused: ")
        .hasMessageContaining("fleet.vehicles")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anUnknownInputNameListsTheKnownOnes() {
    assertThatThrownBy(() -> ModelInputs.bundled().select(List.of("handover", "nope")))
        .isInstanceOf(SensitivityInputError.class)
        .hasMessage(
            "--inputs: unknown input 'nope'; expected some of "
                + ModelInputs.bundled().all().stream().map(ModelInput::name).toList());
  }

  @Test
  void aRegistryEntryWithoutASourceOrWithATakenNameIsRefused() {
    assertThatThrownBy(
            () ->
                ModelInputs.parse(
                    "r.yaml",
                    """
        - {name: a, path: fleet.vehicles, default: 48, low: 36, high: 60, unit: cars}
        """
                        .getBytes(StandardCharsets.UTF_8)))
        .hasMessage("r.yaml: inputs[0]: missing 'source'");
    assertThatThrownBy(
            () ->
                ModelInputs.parse(
                    "r.yaml",
                    """
        - {name: a, path: fleet.vehicles, default: 48, low: 36, high: 60, unit: cars, source: policy input}
        - {name: a, path: fleet.handoverMinutes, default: 15, low: 5, high: 30, unit: min, source: policy input}
        """
                        .getBytes(StandardCharsets.UTF_8)))
        .hasMessage("r.yaml: inputs[1]: the name 'a' is taken by inputs[0]");
  }
}
