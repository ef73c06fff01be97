// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * A sweep varies the cars of a part-day shift group ({@code fleet.extraShifts[0].cars}) like any
 * other scenario field, on the real Monaco map (monaco-small.yaml: 6 around-the-clock cars, 300
 * calls a day).
 */
@IntegrationTest
class PartDayAxisTest {
  @TempDir Path dir;

  @Test
  void aGridAxisOverOnePartDayGroupsCarsAddsThoseCars() {
    Path plan =
        MonacoSweeps.plan(
            dir,
            """
        set:
          days: 1
          fleet.extraShifts: [{startHour: 16, hours: 4, cars: 0}]
        grid:
          fleet.extraShifts[0].cars: [0, 3]
        """);
    SweepResult result = MonacoSweeps.run(plan, 2, List.of(), 2);
    assertThat(result.variants())
        .extracting(v -> v.variant().name())
        .containsExactly("fleet.extraShifts[0].cars=0", "fleet.extraShifts[0].cars=3");
    for (int v = 0; v < 2; v++) {
      Scenario scenario =
          ScenarioLoader.fromJson("test", result.variants().get(v).variant().scenarioJson())
              .scenario();
      assertThat(scenario.fleet().extraShifts())
          .containsExactly(new Scenario.ExtraShift(16.0, 4.0, 3 * v));
    }
    Kpi count = KpiCatalogue.require("vehicles.count", "test");
    assertThat(result.variants().get(0).kpi(count).mean()).isEqualTo(6.0);
    assertThat(result.variants().get(1).kpi(count).mean()).isEqualTo(9.0);
    // the same calls in both variants; three more cars in the evening take work from the six
    Kpi calls = KpiCatalogue.require("incidents.total", "test");
    assertThat(result.variants().get(1).vsBaseline(calls).mean()).isEqualTo(0.0);
    Kpi utilisation = KpiCatalogue.require("vehicles.utilization", "test");
    assertThat(result.variants().get(1).vsBaseline(utilisation).mean()).isNotEqualTo(0.0);
  }
}
