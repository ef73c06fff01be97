// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;

class DispatchPolicyTest {
  static final DispatchPolicy INTEGRATED = DispatchPolicy.of("integrated", 600, false);
  static final DispatchPolicy PREEMPTING = DispatchPolicy.of("integrated", 600, true);
  static final DispatchPolicy TRADITIONAL = DispatchPolicy.of("traditional", 600, false);

  @Test
  void integratedSendsTheFreeCarWithTheShortestRoadTime() {
    Decision d = INTEGRATED.decide(Priority.NORMAL,
        List.of(Candidate.free("car-1", 400), Candidate.free("car-2", 250),
            new Candidate("car-3", 30, Priority.LOW, 9)), "S1", 2);
    assertThat(d).isEqualTo(new Decision.Patrol("car-2", 250, 0,
        "nearest free patrol car by road, 250 s within threshold 600 s"));
  }

  @Test
  void integratedFallsBackToTheStationBeyondTheThresholdAndWaitsWhenItIsBusy() {
    List<Candidate> far = List.of(Candidate.free("car-1", 900));
    assertThat(INTEGRATED.decide(Priority.NORMAL, far, "S1", 1)).isInstanceOf(Decision.Station.class)
        .extracting(Decision::reason).asString().contains("900 s over threshold 600 s");
    assertThat(INTEGRATED.decide(Priority.NORMAL, far, "S1", 0)).isInstanceOf(Decision.Wait.class);
  }

  @Test
  void preemptionOnlyForUrgentCallsAndOnlyOffNonUrgentIncidents() {
    List<Candidate> busy = List.of(new Candidate("car-1", 100, Priority.LOW, 7),
        new Candidate("car-2", 50, Priority.URGENT, 8));
    assertThat(PREEMPTING.decide(Priority.URGENT, busy, "S1", 1))
        .isEqualTo(new Decision.Patrol("car-1", 100, 7,
            "pre-emption: urgent call takes the nearest car off low incident 7, 100 s"));
    assertThat(PREEMPTING.decide(Priority.NORMAL, busy, "S1", 1)).isInstanceOf(Decision.Station.class);
    assertThat(INTEGRATED.decide(Priority.URGENT, busy, "S1", 1)).isInstanceOf(Decision.Station.class);
  }

  @Test
  void traditionalAlwaysCallsTheStation() {
    Decision d = TRADITIONAL.decide(Priority.URGENT, List.of(Candidate.free("car-1", 10)), "S2", 1);
    assertThat(d).isInstanceOf(Decision.Station.class);
    assertThat(((Decision.Station) d).stationId()).isEqualTo("S2");
  }

  @Test
  void traditionalNeverSendsACarEvenWithPreemption() {
    DispatchPolicy policy = DispatchPolicy.of("traditional", 600, true);
    List<Candidate> cars = List.of(new Candidate("car-1", 200, Priority.LOW, 4), Candidate.free("car-2", 100));
    assertThat(policy.decide(Priority.URGENT, cars, "S1", 1)).isInstanceOf(Decision.Station.class);
    assertThat(policy.decide(Priority.URGENT, cars, "S1", 0)).isInstanceOf(Decision.Wait.class);
  }
}
