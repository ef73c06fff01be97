// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems of independent fields are reported together; dependent ones do not cascade. */
class ScenarioProblemsTest {
  @TempDir Path dir;

  /** A station, so that only the mistakes each test makes are reported. */
  private static final String STATION = "stations:\n  - {id: a, lat: 43.73, lon: 7.42}\n";

  private ScenarioError problems(String yaml, String... overrides) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, yaml);
    try {
      ScenarioLoader.load(file, List.of(overrides));
    } catch (ScenarioError e) {
      return e;
    }
    throw new AssertionError("expected a ScenarioError for " + yaml);
  }

  @Test
  void threeIndependentMistakesAreThreeLinesInTheOrderOfTheFile() throws Exception {
    Path file = dir.resolve("plan.yaml");
    ScenarioError e =
        problems(
            """
            dispatch:
              candidatesLogged: 0
            fleet:
              vehicles: 0
            stations:
              - {id: a, lat: 91, lon: 7.42}
            """);
    assertThat(e.lines())
        .containsExactly(
            file + ": dispatch.candidatesLogged: expected at least 1, got 0",
            file
                + ": fleet.vehicles: expected at least 1 patrol car (an empty fleet cannot"
                + " patrol), got 0",
            file + ": stations[0].lat: expected a latitude, got 91.0");
    assertThat(e.getMessage()).isEqualTo(String.join("\n", e.lines()));
  }

  @Test
  void fieldsTheFileLeavesOutComeAfterItsOwnInTheScenariosOrder() throws Exception {
    Path file = dir.resolve("plan.yaml");
    ScenarioError e =
        problems(
            "report:\n  coverageTargetMinutes: 0\n" + STATION,
            "timeZone=Mars/Olympus",
            "fleet.vehicles=0");
    assertThat(e.lines())
        .containsExactly(
            file + ": report.coverageTargetMinutes: expected a positive number, got 0.0",
            file
                + ": fleet.vehicles: expected at least 1 patrol car (an empty fleet cannot"
                + " patrol), got 0",
            file
                + ": timeZone: expected a time zone such as America/Chicago, Europe/Paris or"
                + " UTC, got Mars/Olympus");
  }

  @Test
  void aFieldStopsAtItsFirstProblemSoThatLaterChecksDoNotCascade() throws Exception {
    Path file = dir.resolve("plan.yaml");
    // a shift of 0 hours would also fail the meal checks, which divide by it: only the first counts
    ScenarioError e = problems("fleet:\n  shiftHours: 0\n  mealBreakAfterHours: 30\n" + STATION);
    assertThat(e.lines())
        .containsExactly(
            file
                + ": fleet.shiftHours: expected a shift length that divides 24 hours (e.g. 8 or"
                + " 12), got 0.0");
    assertThat(e.getMessage()).isEqualTo(e.lines().get(0));
  }

  @Test
  void aReplayIsNotReadWithATimeZoneThatIsNone() throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(dir.resolve("calls.csv"), "time,lat,lon\n");
    ScenarioError e =
        problems(
            "timeZone: Nowhere/City\nincidents:\n  replay: {file: calls.csv, timeFormat: zzz}\n"
                + STATION);
    assertThat(e.lines())
        .containsExactly(
            file
                + ": timeZone: expected a time zone such as America/Chicago, Europe/Paris or"
                + " UTC, got Nowhere/City");
  }

  @Test
  void aBindingErrorStaysAloneForJacksonStopsThere() throws Exception {
    Path file = dir.resolve("plan.yaml");
    ScenarioError e = problems("fleet:\n  vehicles: 0\n  busyTime: gamma\ndays: 0\n" + STATION);
    assertThat(e.lines())
        .containsExactly(file + ": fleet.busyTime: expected 'scene' or 'exponential', got gamma");
  }
}
