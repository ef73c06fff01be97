// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's independent problems are printed one line each, with exit code 2. */
class ScenarioProblemsCliTest {
  @TempDir Path dir;

  @Test
  void threeMistakesAreThreeLinesAndOneIsOne() throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(
        file,
        """
        days: 0
        fleet:
          vehicles: 0
        stations:
          - {id: a, lat: 0.01, lon: 0.01}
        report:
          coverageSampleMinutes: 7
        """);
    CliRun three = CliRun.of("run", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(three.exitCode()).isEqualTo(PatrolSim.EXIT_USAGE);
    assertThat(three.out()).isEmpty();
    assertThat(three.err().lines())
        .containsExactly(
            "patrolsim: " + file + ": days: expected a number of days from 1 to 366, got 0",
            "patrolsim: "
                + file
                + ": fleet.vehicles: expected at least 1 patrol car (an empty fleet cannot"
                + " patrol), got 0",
            "patrolsim: "
                + file
                + ": report.coverageSampleMinutes: expected minutes that divide a day (e.g. 1,"
                + " 5, 15, 60), got 7.0");

    CliRun one =
        CliRun.of(
            "run",
            file.toString(),
            "--set",
            "days=1",
            "--set",
            "report.coverageSampleMinutes=5",
            "--set",
            "fleet.vehicles=1",
            "--set",
            "stations[0].dutyTeams=0");
    assertThat(one.exitCode()).isEqualTo(PatrolSim.EXIT_USAGE);
    assertThat(one.err().lines()).hasSize(1);
  }
}
