// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bad option gives one line naming it and exit code 2, never the whole usage text. */
class BadOptionTest {

  @Test
  void aValueOfTheWrongKindIsOneLineNamingTheOption() {
    CliRun r =
        CliRun.of(
            "calibrate",
            "records.yaml",
            "--map",
            "demo-city",
            "--out",
            "out",
            "--holdout-days",
            "0.5");

    assertThat(r.exitCode()).isEqualTo(PatrolSim.EXIT_USAGE);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("patrolsim calibrate: ")
        .contains("--holdout-days")
        .contains("'0.5'")
        .contains("patrolsim calibrate --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOptionAndAMissingOneAreOneLineEach() {
    CliRun unknown = CliRun.of("run", "--dayz", "3");
    CliRun missing = CliRun.of("calibrate", "records.yaml", "--out", "out");

    assertThat(unknown.exitCode()).isEqualTo(PatrolSim.EXIT_USAGE);
    assertThat(unknown.err().strip().lines()).hasSize(1);
    assertThat(unknown.err()).contains("--dayz");
    assertThat(missing.exitCode()).isEqualTo(PatrolSim.EXIT_USAGE);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.err()).contains("--map");
  }
}
