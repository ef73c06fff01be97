// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optimise --car-hours}: a budget it cannot use is one line naming the option, exit code 2,
 * before anything is simulated.
 */
class OptimiseStaffingOptionsTest {
  @TempDir Path dir;

  CliRun optimise(String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "optimise",
                "--objective",
                "max:streetDisposalShare",
                "--out",
                dir.resolve("out").toString()));
    args.addAll(java.util.List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aBudgetBelowOneCarAroundTheClockIsOneLine() {
    CliRun run = optimise("--car-hours", "20");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "patrolsim: --car-hours: expected car hours a day from 24 (one car around the clock)"
                + " to 24000000, got 20.0");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aBudgetThatIsNoNumberIsOneLine() {
    CliRun run = optimise("--car-hours", "lots");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--car-hours").contains("'lots'");
    CliRun nan = optimise("--car-hours", "NaN");
    assertThat(nan.exitCode()).isEqualTo(2);
    assertThat(nan.err().lines())
        .singleElement()
        .asString()
        .startsWith("patrolsim: --car-hours: expected car hours a day from 24");
  }

  @Test
  void mostOnDutyWithoutABudgetIsOneLine() {
    CliRun run = optimise("--most-on-duty", "60");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo("patrolsim: --most-on-duty: expected with --car-hours (a staffing budget)");
  }

  @Test
  void aTradeOffOverCarsWithABudgetIsOneLine() {
    CliRun run = optimise("--car-hours", "1152", "--trade-off", "40,56");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("patrolsim: --trade-off: expected without --car-hours");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void shiftGroupsOutOfRangeOrWithoutABudgetIsOneLine() {
    CliRun none = optimise("--car-hours", "1152", "--shift-groups", "0");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err().lines())
        .singleElement()
        .asString()
        .startsWith("patrolsim: --shift-groups: expected the most part-day shift groups, 1 to 24");
    CliRun alone = optimise("--shift-groups", "3");
    assertThat(alone.exitCode()).isEqualTo(2);
    assertThat(alone.err().lines())
        .singleElement()
        .asString()
        .isEqualTo("patrolsim: --shift-groups: expected with --car-hours (a staffing budget)");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
