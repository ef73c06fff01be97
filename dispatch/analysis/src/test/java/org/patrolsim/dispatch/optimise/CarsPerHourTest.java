// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/** The cars a plan asks for by hour: around-the-clock cars plus part-day groups, by the hour. */
class CarsPerHourTest {
  @Test
  void partDayGroupsAddTheirShareOfEachHourAndWrapPastMidnight() {
    var fleet =
        ScenarioLoader.loadFileOrBundled(
                null,
                List.of(
                    "fleet.vehicles=10",
                    "fleet.extraShifts=[{startHour: 16.5, hours: 4, cars: 4},"
                        + " {startHour: 22, hours: 4, cars: 2}]"))
            .scenario()
            .fleet();
    double[] cars = CarsPerHour.of(fleet);
    assertThat(cars).hasSize(24);
    assertThat(cars[0]).isEqualTo(12);
    assertThat(cars[1]).isEqualTo(12);
    assertThat(cars[2]).isEqualTo(10);
    assertThat(cars[15]).isEqualTo(10);
    assertThat(cars[16]).isEqualTo(12);
    assertThat(List.of(cars[17], cars[18], cars[19])).containsOnly(14.0);
    assertThat(cars[20]).isEqualTo(12);
    assertThat(cars[21]).isEqualTo(10);
    assertThat(cars[22]).isEqualTo(12);
  }
}
