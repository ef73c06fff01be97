// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.OnSceneTime;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.RepeatRule;
import org.patrolsim.dispatch.incident.SettleDecay;

/**
 * The screen's value functions on cases worked by hand: a dispute (settle chance 0.8, 5 min grace,
 * 20 min half-life, 1.25 min call handling, speed factor 1) driven at congestion 1.5 unless said.
 */
class ScreenValueTest {
  static final double[] ONE_HOUR = {1};
  static final IncidentType DISPUTE = type("dispute", 0.8, 5, 20);

  static IncidentType type(String name, double settle, double graceMin, double halfLifeMin) {
    return new IncidentType(
        name,
        Priority.NORMAL,
        1,
        new OnSceneTime.Erlang2(1_800_000),
        settle,
        1,
        new SettleDecay(Math.round(graceMin * 60_000), Math.round(halfLifeMin * 60_000)),
        RepeatRule.NONE);
  }

  static ScreenValue dispute(double congestion, double threshold) {
    return ScreenValue.settle(
        ONE_HOUR,
        new double[] {congestion},
        List.of(new ScreenValue.Term(DISPUTE, 1, 1.25, 1.0)),
        0,
        threshold);
  }

  @Test
  void withinTheGraceTheWholeSettleChance() {
    // 1.25 + 2 x 1.5 = 4.25 min from the call: within the 5 min grace
    assertThat(dispute(1.5, 10).at(2)).isEqualTo(0.8);
    // exactly at the grace
    assertThat(dispute(1.5, 10).at(2.5)).isEqualTo(0.8);
  }

  @Test
  void pastTheGraceTheChanceHalvesEveryHalfLife() {
    // 1.25 + 4 x 1.5 = 7.25 min: 2.25 past the grace, 0.8 x 0.5^(2.25/20) = 0.73999
    assertThat(dispute(1.5, 10).at(4)).isCloseTo(0.73999, within(1e-5));
    // 1.25 + 23.75 = 25 min at free flow, no threshold: one half-life past the grace
    assertThat(dispute(1, Double.POSITIVE_INFINITY).at(23.75)).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void beyondTheThresholdTheStationTakesTheCall() {
    // 1.25 + 6 x 1.5 = 10.25 min > 10: the station's team goes, nothing settled on the street
    assertThat(dispute(1.5, 10).at(6)).isZero();
    // the same call when calls wait for a car (whenNoCarFree: wait): 5.25 past the grace
    assertThat(dispute(1.5, Double.POSITIVE_INFINITY).at(6)).isCloseTo(0.66691, within(1e-5));
    assertThat(dispute(1.5, 10).at(Double.POSITIVE_INFINITY)).isZero();
  }

  @Test
  void typesAddByShareAndATypeWithoutDecayKeepsItsChance() {
    IncidentType theft = type("theft", 0.5, 0, 0);
    ScreenValue v =
        ScreenValue.settle(
            ONE_HOUR,
            new double[] {1},
            List.of(
                new ScreenValue.Term(DISPUTE, 0.25, 1.25, 1.0),
                new ScreenValue.Term(theft, 0.75, 1.5, 1.0)),
            0,
            Double.POSITIVE_INFINITY);
    // 40 min: the dispute 35 past its grace, 0.8 x 0.5^1.75 = 0.23784; the theft 0.5 whenever
    assertThat(v.at(38.75)).isCloseTo(0.25 * 0.23784 + 0.75 * 0.5, within(1e-5));
  }

  @Test
  void theTargetStepAveragesTheHoursByTheirCalls() {
    // urgent: 0.75 min handling, speed x 1.15, 5 min target; a quarter of the calls at free flow,
    // the rest at congestion 2: 3 min of road is 0.75 + 3 / 1.15 = 3.36 min, or 0.75 + 5.22
    ScreenValue v =
        ScreenValue.withinTarget(
            new double[] {0.25, 0.75}, new double[] {1, 2}, 0.75, 1.15, 0, 5, "test");
    assertThat(v.at(3)).isEqualTo(0.25);
    assertThat(v.at(1.8)).isEqualTo(1.0);
    assertThat(v.at(5)).isZero();
    // a car turnout of one minute counts too: 3.36 + 1 > 5 at 3.8 min of road and free flow
    ScreenValue slow =
        ScreenValue.withinTarget(
            new double[] {0.25, 0.75}, new double[] {1, 2}, 0.75, 1.15, 1, 5, "test");
    assertThat(slow.at(3.8)).isZero();
  }

  @Test
  void theStepIsOneWithinItsRadius() {
    ScreenValue v = ScreenValue.step(3, "test");
    assertThat(v.at(3)).isEqualTo(1.0);
    assertThat(v.at(3.0001)).isZero();
    assertThat(v.at(Double.POSITIVE_INFINITY)).isZero();
    assertThat(v.radiusMinutes()).isEqualTo(3);
    assertThat(dispute(1, 10).radiusMinutes()).isNaN();
  }
}
