// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(s.incidents().types())
        .extracting(Scenario.IncidentType::name)
        .containsExactly("violent", "traffic", "dispute", "theft-report", "assistance");
    assertThat(s.dispatch().preemption()).isFalse();
  }

  @Test
  void overridesReachTheTwoScriptedPathsAndListEntries() {
    Scenario s =
        ScenarioLoader.load(
                resource("two-stations.yaml"),
                List.of(
                    "fleet.vehicles=24",
                    "dispatch.policy=traditional",
                    "stations[1].dutyTeams=5",
                    "incidents.types.0.share=0.5",
                    "dispatch.preemption=true"))
            .scenario();
    assertThat(s.fleet().vehicles()).isEqualTo(24);
    assertThat(s.dispatch().policy()).isEqualTo(CommandModel.TRADITIONAL);
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
  void aKeyGivenTwiceIsRefusedWithTheFileTheKeyAndTheLine(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("twice.yaml");
    Files.writeString(yaml, "seed: 1\nfleet:\n  vehicles: 4\n  shiftHours: 8\n  vehicles: 6\n");
    assertThatThrownBy(() -> ScenarioLoader.load(yaml, List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessage(
            yaml
                + " line 5: key 'fleet.vehicles' appears twice in its mapping; expected each key"
                + " once");
    Path json = dir.resolve("twice.json");
    Files.writeString(json, "{\"seed\": 1,\n \"stations\": [{\"id\": \"a\", \"id\": \"b\"}]}");
    assertThatThrownBy(() -> ScenarioLoader.load(json, List.of()))
        .hasMessage(
            json
                + " line 2: key 'stations[0].id' appears twice in its mapping; expected each key"
                + " once");
    Files.writeString(yaml, "seed: 1\ndays: 2\nseed: 3\n");
    assertThatThrownBy(() -> ScenarioLoader.load(yaml, List.of()))
        .hasMessageStartingWith(yaml + " line 3: key 'seed' appears twice");
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
    assertThatThrownBy(
            () ->
                ScenarioLoader.load(resource("two-stations.yaml"), List.of("incidents.perDay=-5")))
        .hasMessageContaining("incidents.perDay: expected a positive number");
    assertThatThrownBy(
            () -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("fleet.vehicles=0")))
        .hasMessageContaining("fleet.vehicles: expected at least 1 patrol car");
    assertThatThrownBy(
            () -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("fleet.vehicles=2.5")))
        .hasMessageContaining("field 'fleet.vehicles' expected a whole number");
    assertThatThrownBy(
            () ->
                ScenarioLoader.load(resource("two-stations.yaml"), List.of("dispatch.policy=fast")))
        .hasMessageContaining("dispatch.policy: expected 'integrated' or 'traditional', got fast");
  }

  @Test
  void aBadOverrideSyntaxIsOneLine() {
    assertThatThrownBy(
            () -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("fleet.vehicles")))
        .hasMessage("--set fleet.vehicles: expected path=value, e.g. fleet.vehicles=24");
    assertThatThrownBy(
            () -> ScenarioLoader.load(resource("two-stations.yaml"), List.of("stations[9].lat=1")))
        .hasMessageContaining("index 9 is past the end of 'stations' (2 entries)");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> ScenarioLoader.load(Path.of("nowhere.yaml"), List.of()))
        .hasMessage("nowhere.yaml: no such scenario file (nor a bundled scenario: default, large)");
  }

  @Test
  void theDefaultPlanIsStaggeredWithARealisticResponseChain() {
    Scenario s = ScenarioLoader.loadDefault(List.of()).scenario();
    assertThat(s.fleet().shiftStartHours()).containsExactly(6.0, 7.0, 8.0, 9.0);
    assertThat(s.fleet().handover()).isEqualTo(Handover.STATION);
    assertThat(s.fleet().mealPlan()).isEqualTo(MealPlan.SPREAD);
    assertThat(s.response().callHandlingSeconds().urgent())
        .isEqualTo(new Scenario.Spread(45.0, 90.0));
    assertThat(s.response().speedFactor().urgent()).isEqualTo(1.15);
    assertThat(s.response().congestion()).isEqualTo("weekday");
    assertThat(s.dispatch().whenNoTeamFree()).isEqualTo(WhenNoTeamFree.NEAREST_UNIT);
    assertThat(s.report().coverageSampleMinutes()).isEqualTo(5.0);
    assertThat(s.drainCapHours()).isEqualTo(24.0);
  }

  @Test
  void everyNewFieldIsCheckedWithOneLineNamingItAndWhatWasExpected() {
    List<List<String>> cases =
        List.of(
            List.of(
                "fleet.patrolSpeedFactor=0.05",
                "fleet.patrolSpeedFactor: expected a speed factor from 0.1 to 10"),
            List.of(
                "response.speedFactor.urgent=12",
                "response.speedFactor.urgent: expected a speed factor from 0.1 to 10"),
            List.of(
                "response.speedFactor.stationTeam=0",
                "response.speedFactor.stationTeam: expected a speed factor"),
            List.of(
                "response.callHandlingSeconds.normal.p90=10",
                "response.callHandlingSeconds.normal.p90: expected"
                    + " seconds at least the median"),
            List.of(
                "response.turnoutSeconds.median=-1",
                "response.turnoutSeconds.median: expected seconds from 0"),
            List.of(
                "response.congestion=rush",
                "response.congestion: expected 'weekday', 'none' or a list of 24"),
            List.of(
                "response.congestion=[1, 2]",
                "response.congestion: expected 24 hourly multipliers"),
            List.of(
                "fleet.shiftStartHours=[]",
                "fleet.shiftStartHours: expected at least one shift start hour"),
            List.of(
                "fleet.shiftStartHours=[6, 14]",
                "fleet.shiftStartHours[1]: expected a start no other shift group has"),
            List.of(
                "fleet.shiftStartHours=[25]",
                "fleet.shiftStartHours[0]: expected an hour from 0 to 24"),
            List.of(
                "fleet.handover=garage",
                "fleet.handover: expected 'station' or 'field', got garage"),
            List.of("fleet.mealPlan=random", "fleet.mealPlan: expected 'spread' or 'car-index'"),
            List.of(
                "fleet.maxShareOnMealBreak=0",
                "fleet.maxShareOnMealBreak: expected a share of the fleet above 0"),
            List.of(
                "fleet.mealWindowHours=7",
                "fleet.mealWindowHours: expected a meal window that ends within the shift"),
            List.of(
                "dispatch.whenNoTeamFree=later",
                "dispatch.whenNoTeamFree: expected 'nearest-unit' or 'wait'"),
            List.of("drainCapHours=-1", "drainCapHours: expected hours from 0 to 720"),
            List.of(
                "report.coverageSampleMinutes=7",
                "report.coverageSampleMinutes: expected minutes that divide a day"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(c.get(0))))
          .as(c.get(0))
          .isInstanceOf(ScenarioError.class)
          .hasMessageStartingWith("default scenario: " + c.get(1))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void thePartDayShiftGroupsAreCheckedWithOneLineEach() {
    String group = "fleet.extraShifts=[{startHour: 16, hours: 4, cars: 12}]";
    List<List<String>> cases =
        List.of(
            List.of(
                "fleet.extraShifts[0].startHour=24",
                "fleet.extraShifts[0].startHour: expected the hour the part-day"
                    + " cars come on duty, from 0 to 24 (e.g. 16 or 16.5), got 24.0"),
            List.of(
                "fleet.extraShifts[0].startHour=-1",
                "fleet.extraShifts[0].startHour: expected the hour"),
            List.of(
                "fleet.extraShifts[0].startHour=null",
                "fleet.extraShifts[0].startHour: expected the hour"),
            List.of(
                "fleet.extraShifts[0].hours=0",
                "fleet.extraShifts[0].hours: expected hours on duty each day, more"
                    + " than 0 and at most 24, got 0.0"),
            List.of(
                "fleet.extraShifts[0].hours=25",
                "fleet.extraShifts[0].hours: expected hours on duty each day"),
            List.of(
                "fleet.extraShifts[0].cars=-1",
                "fleet.extraShifts[0].cars: expected a whole number of cars, 0 or"
                    + " more, got -1"),
            List.of(
                "fleet.extraShifts[0]=null",
                "fleet.extraShifts[0]: expected {startHour: 0-24, hours: more than 0"
                    + " up to 24, cars: 0 or more}, got null"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(group, c.get(0))))
          .as(c.get(0))
          .isInstanceOf(ScenarioError.class)
          .hasMessageStartingWith("default scenario: " + c.get(1))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThatThrownBy(
            () -> ScenarioLoader.loadDefault(List.of(group, "fleet.extraShifts[0].cars=2.5")))
        .hasMessageContaining("field 'fleet.extraShifts[0].cars' expected a whole number");
  }

  @Test
  void anOverrideReachesOnePartDayGroupsCars() {
    Scenario.Fleet none = ScenarioLoader.loadDefault(List.of()).scenario().fleet();
    assertThat(none.extraShifts()).isEmpty();
    Scenario.Fleet f =
        ScenarioLoader.loadDefault(
                List.of(
                    "fleet.extraShifts=[{startHour: 16, hours: 4, cars: 0}]",
                    "fleet.extraShifts[0].cars=12"))
            .scenario()
            .fleet();
    assertThat(f.extraShifts()).containsExactly(new Scenario.ExtraShift(16.0, 4.0, 12));
    assertThat(f.vehicles()).isEqualTo(48);
  }

  @Test
  void theHypercubeCompatibleFieldsAreCheckedWithOneLineEach() {
    List<List<String>> cases =
        List.of(
            List.of(
                "fleet.busyTime=gamma",
                "fleet.busyTime: expected 'scene' or 'exponential', got gamma"),
            List.of(
                "fleet.busyMeanMinutes=0",
                "fleet.busyMeanMinutes: expected minutes above 0 and at most 1440"),
            List.of(
                "dispatch.whenNoCarFree=later",
                "dispatch.whenNoCarFree: expected 'station' or 'wait', got later"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of(c.get(0))))
          .as(c.get(0))
          .isInstanceOf(ScenarioError.class)
          .hasMessageStartingWith("default scenario: " + c.get(1))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThatThrownBy(
            () ->
                ScenarioLoader.loadDefault(
                    List.of("dispatch.policy=traditional", "dispatch.whenNoCarFree=wait")))
        .hasMessage(
            "default scenario: dispatch.whenNoCarFree: expected 'station' under the traditional policy (it"
                + " sends no patrol car for a call to wait for), got wait");
    Scenario s = ScenarioLoader.loadDefault(List.of()).scenario();
    assertThat(s.fleet().busyTime()).isEqualTo(BusyTime.SCENE);
    assertThat(s.fleet().busyMeanMinutes()).isEqualTo(45.0);
    assertThat(s.dispatch().whenNoCarFree()).isEqualTo(WhenNoCarFree.STATION);
  }

  @Test
  void theEarlierPlanIsStillReachableByFields() {
    Scenario s =
        ScenarioLoader.loadDefault(
                List.of(
                    "fleet.shiftStartHours=[6]",
                    "fleet.handover=field",
                    "fleet.handoverMinutes=20",
                    "fleet.mealBreakAfterHours=4",
                    "fleet.mealPlan=car-index",
                    "dispatch.whenNoTeamFree=wait",
                    "response.congestion=none"))
            .scenario();
    assertThat(s.fleet().shiftStartHours()).containsExactly(6.0);
    assertThat(s.response().congestion()).isEqualTo("none");
  }

  @Test
  void aFieldOfAnEarlierVersionSaysWhatReplacedIt() {
    assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of("fleet.firstShiftStartHour=7")))
        .hasMessage(
            "default scenario: unknown field 'fleet.firstShiftStartHour'; an earlier version's field:"
                + " write fleet.shiftStartHours: [7] instead (one shift group whose first shift"
                + " starts at that hour, as before)");
    assertThatThrownBy(
            () -> ScenarioLoader.loadDefault(List.of("dispatch.responseSpeedFactor=1.2")))
        .hasMessage(
            "default scenario: unknown field 'dispatch.responseSpeedFactor'; an earlier version's"
                + " field: write response.speedFactor: {urgent: 1.2, normal: 1.2, low: 1.2} instead"
                + " (a patrol car's response speed per priority, as before)");
    // what the message says to write is taken
    assertThat(
            ScenarioLoader.loadDefault(List.of("fleet.shiftStartHours=[7]"))
                .scenario()
                .fleet()
                .shiftStartHours())
        .containsExactly(7.0);
    assertThat(
            ScenarioLoader.loadDefault(
                    List.of("response.speedFactor={urgent: 1.2, normal: 1.2, low: 1.2}"))
                .scenario()
                .response()
                .speedFactor()
                .low())
        .isEqualTo(1.2);
  }

  @Test
  void theBundledLargeScenarioIsABigCitysForceOnTheDemoCityAtSizeThree() {
    LoadedScenario large = ScenarioLoader.loadFileOrBundled("large", List.of());
    Scenario s = large.scenario();
    assertThat(large.source()).isEqualTo("large scenario");
    assertThat(s.map().osm()).isNull();
    assertThat(s.map().demoCitySizeOrDefault()).isEqualTo(3);
    assertThat(s.fleet().vehicles()).isEqualTo(500);
    assertThat(s.incidents().perDay()).isEqualTo(5000.0);
    assertThat(s.stations()).hasSize(56);
    assertThat(s.stations().stream().mapToInt(Scenario.Station::dutyTeams).sum()).isEqualTo(164);
    assertThat(s.incidents().hotspots()).hasSize(12);
    // the default scenario's plan, scaled: staggered shifts, crews change at their station, spread
    // meals
    Scenario d = ScenarioLoader.loadFileOrBundled(null, List.of()).scenario();
    assertThat(s.fleet().shiftStartHours()).isEqualTo(d.fleet().shiftStartHours());
    assertThat(s.fleet().handover()).isEqualTo(d.fleet().handover());
    assertThat(s.fleet().mealPlan()).isEqualTo(d.fleet().mealPlan());
    assertThat(s.response()).isEqualTo(d.response());
    assertThat(s.report().coverageSampleMinutes()).isEqualTo(60.0);
    assertThat(d.map().demoCitySizeOrDefault()).isEqualTo(1);
  }

  @Test
  void aBundledNameIsNotAFileButAPathWithAFolderIs() {
    assertThat(ScenarioLoader.isBundled("large")).isTrue();
    assertThat(ScenarioLoader.isBundled("./large")).isFalse();
    assertThat(ScenarioLoader.loadFileOrBundled("default", List.of()).source())
        .isEqualTo("default scenario");
    assertThatThrownBy(() -> ScenarioLoader.loadFileOrBundled("./large", List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessage("./large: no such scenario file");
  }

  @Test
  void theDemoCitySizeIsCheckedAndOnlyForTheDemoCity() {
    assertThat(
            ScenarioLoader.loadDefault(List.of("map.demoCitySize=2"))
                .scenario()
                .map()
                .demoCitySize())
        .isEqualTo(2);
    assertThatThrownBy(() -> ScenarioLoader.loadDefault(List.of("map.demoCitySize=0")))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining(
            "default scenario: map.demoCitySize: expected a demo city size from 1 to 20");
    assertThatThrownBy(
            () ->
                ScenarioLoader.loadFileOrBundled(
                    "large", List.of("map.osm=" + resource("two-stations.yaml"))))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining("large scenario: map.demoCitySize: expected no size with map.osm");
  }
}
