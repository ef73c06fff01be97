// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's values for a scenario's choices are checked as the scenario's own are. */
class SweepChoicesTest {
  @TempDir Path dir;

  @Test
  void aMisspeltChoiceInAGridIsOneLineNamingThePlanAndTheKeys() throws Exception {
    Path plan = dir.resolve("choices.yaml");
    Files.writeString(plan, "grid:\n  dispatch.policy: [integrated, tradtional]\n");
    SweepPlan p = SweepPlanReader.read(plan);
    assertThatThrownBy(() -> SweepSetup.of(p, SweepOptions.none()))
        .isInstanceOf(SweepInputError.class)
        .hasMessageStartingWith(plan.toString())
        .hasMessageEndingWith(
            "default scenario: dispatch.policy: expected 'integrated' or 'traditional', got"
                + " tradtional")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aMisspeltChoiceInASettingIsOneLineToo() throws Exception {
    Path plan = dir.resolve("set.yaml");
    Files.writeString(
        plan, "set:\n  fleet.busyTime: exponental\ngrid:\n  fleet.vehicles: [10, 20]\n");
    SweepPlan p = SweepPlanReader.read(plan);
    assertThatThrownBy(() -> SweepSetup.of(p, SweepOptions.none()))
        .isInstanceOf(SweepInputError.class)
        .hasMessageEndingWith(
            "default scenario: fleet.busyTime: expected 'scene' or 'exponential', got exponental");
  }

  @Test
  void aVariantsIndependentProblemsShareItsOneLine() throws Exception {
    Path plan = dir.resolve("two.yaml");
    Files.writeString(plan, "grid:\n  days: [0]\n  fleet.vehicles: [0]\n");
    SweepPlan p = SweepPlanReader.read(plan);
    assertThatThrownBy(() -> SweepSetup.of(p, SweepOptions.none()))
        .isInstanceOf(SweepInputError.class)
        .hasMessageEndingWith(
            "default scenario: days: expected a number of days from 1 to 366, got 0; default"
                + " scenario: fleet.vehicles: expected at least 1 patrol car (an empty fleet"
                + " cannot patrol), got 0")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
