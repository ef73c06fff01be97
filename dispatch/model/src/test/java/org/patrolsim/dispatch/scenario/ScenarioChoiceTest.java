// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patrolsim.dispatch.ScenarioChoice;
import org.patrolsim.dispatch.incident.Priority;

/** The scenario's choices are bound from the same spellings as before and name their keys. */
class ScenarioChoiceTest {
  @TempDir Path dir;

  static Stream<Arguments> choices() {
    return Stream.of(
        Arguments.of("fleet", "handover", "garage", "'station' or 'field'"),
        Arguments.of("fleet", "mealPlan", "random", "'spread' or 'car-index'"),
        Arguments.of("fleet", "patrol", "roaming", "'roam', 'post', 'hotspots' or 'sweep'"),
        Arguments.of("fleet", "busyTime", "gamma", "'scene' or 'exponential'"),
        Arguments.of("dispatch", "policy", "fast", "'integrated' or 'traditional'"),
        Arguments.of("dispatch", "whenNoTeamFree", "nearest_unit", "'nearest-unit' or 'wait'"),
        Arguments.of("dispatch", "whenNoCarFree", "Wait", "'station' or 'wait'"));
  }

  @ParameterizedTest(name = "{0}.{1}: {2}")
  @MethodSource("choices")
  void aMisspeltChoiceInAFileIsOneLineNamingTheFileFieldAndKeys(
      String section, String field, String misspelt, String keys) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, section + ":\n  " + field + ": " + misspelt + "\n");
    assertThatThrownBy(() -> ScenarioLoader.load(file, List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessage(
            file + ": " + section + "." + field + ": expected " + keys + ", got " + misspelt);
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("choices")
  void aNumberOrAnEmptyOverrideIsNoChoice(
      String section, String field, String misspelt, String keys) {
    String path = section + "." + field;
    assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(path + "=1")))
        .isInstanceOf(ScenarioError.class)
        .hasMessage("default scenario: " + path + ": expected " + keys + ", got 1");
    assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(path + "=")))
        .isInstanceOf(ScenarioError.class)
        .hasMessageStartingWith("default scenario: " + path + ": expected " + keys);
    assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(path + "=[a]")))
        .isInstanceOf(ScenarioError.class)
        .hasMessage("default scenario: field '" + path + "' expected " + keys);
  }

  @Test
  void anIncidentTypesPriorityIsTheDomainsPriorityBoundByItsKey() {
    Scenario s =
        ScenarioLoader.loadDefault(List.of("incidents.types[1].priority=urgent")).scenario();
    assertThat(s.incidents().types().get(1).priority()).isEqualTo(Priority.URGENT);
    assertThatThrownBy(
            () -> ScenarioLoader.loadDefault(List.of("incidents.types[1].priority=critical")))
        .isInstanceOf(ScenarioError.class)
        .hasMessageStartingWith("default scenario: incidents.types")
        .hasMessageEndingWith(".priority: expected 'urgent', 'normal' or 'low', got critical");
  }

  @Test
  void everyKeyBindsAndWritesBackTheSameSpelling() {
    for (Class<?> type :
        List.of(
            Handover.class,
            MealPlan.class,
            PatrolStrategy.class,
            BusyTime.class,
            CommandModel.class,
            WhenNoTeamFree.class,
            WhenNoCarFree.class,
            Priority.class)) {
      for (Object constant : type.getEnumConstants()) {
        String key = ((ScenarioChoice) constant).key();
        assertThat(constant.toString()).isEqualTo(key);
        assertThat(ScenarioChoice.expected(type)).contains("'" + key + "'");
      }
    }
    Scenario s =
        ScenarioLoader.loadDefault(
                List.of(
                    "fleet.handover=field",
                    "fleet.mealPlan=car-index",
                    "fleet.patrol=hotspots",
                    "fleet.patrolByShiftGroup=[sweep, post, roam, hotspots]",
                    "fleet.busyTime=exponential",
                    "dispatch.whenNoTeamFree=wait",
                    "dispatch.whenNoCarFree=wait"))
            .scenario();
    assertThat(s.fleet().handover()).isEqualTo(Handover.FIELD);
    assertThat(s.fleet().mealPlan()).isEqualTo(MealPlan.CAR_INDEX);
    assertThat(s.fleet().patrolOf(0)).isEqualTo(PatrolStrategy.SWEEP);
    assertThat(s.fleet().patrolOf(3)).isEqualTo(PatrolStrategy.HOTSPOTS);
    assertThat(s.fleet().busyTime()).isEqualTo(BusyTime.EXPONENTIAL);
    assertThat(s.dispatch().whenNoTeamFree()).isEqualTo(WhenNoTeamFree.WAIT);
    assertThat(s.dispatch().whenNoCarFree()).isEqualTo(WhenNoCarFree.WAIT);
    String json = ScenarioLoader.toJson(s);
    assertThat(json)
        .contains(
            "\"handover\":\"field\"",
            "\"mealPlan\":\"car-index\"",
            "\"patrol\":\"hotspots\"",
            "\"patrolByShiftGroup\":[\"sweep\",\"post\",\"roam\",\"hotspots\"]",
            "\"busyTime\":\"exponential\"",
            "\"policy\":\"integrated\"",
            "\"whenNoTeamFree\":\"wait\"",
            "\"whenNoCarFree\":\"wait\"");
    assertThat(ScenarioLoader.fromJson("copy", json).scenario()).isEqualTo(s);
  }
}
