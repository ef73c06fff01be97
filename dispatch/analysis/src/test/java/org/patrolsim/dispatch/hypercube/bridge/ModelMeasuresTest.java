// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;

/** The full model's measures from a hand-made stream of events: two cars, two atoms, one hour. */
class ModelMeasuresTest {
  static final long MIN = 60_000;
  static final CarId CAR_1 = new CarId(1);
  static final CarId CAR_2 = new CarId(2);
  static final LatLon EAST = new LatLon(1, 1);
  static final LatLon WEST = new LatLon(1, 2);

  /** Atom 0 (east) ranks car-01 first, atom 1 (west) car-02. */
  static PlanHypercube plan() {
    return new PlanHypercube(
        "hand",
        List.of(CAR_1, CAR_2),
        List.of(),
        false,
        List.of(
            new PlanAtom(0.5, new int[] {0, 1}, new double[] {2, 5}, List.of()),
            new PlanAtom(0.5, new int[] {1, 0}, new double[] {5, 2}, List.of())),
        2,
        3,
        1,
        null,
        new PlanHypercube.BusyTime(true, 30),
        LineCapacity.INFINITE,
        0.8,
        5,
        List.of(),
        Map.of(EAST, 0, WEST, 1));
  }

  static DispatchEvent call(long min, long id, LatLon at) {
    return new DispatchEvent.CallReceived(
        min * MIN, id, at.lat(), at.lon(), "call", Priority.NORMAL, new StationId("s"), true);
  }

  static DispatchEvent sent(long min, long id, CarId car, double roadSeconds) {
    return new DispatchEvent.Decided(
        min * MIN, id, Action.PATROL, car, Role.PRIMARY, 0, 0, roadSeconds, 0, "", List.of());
  }

  static DispatchEvent waits(long min, long id) {
    return new DispatchEvent.Decided(
        min * MIN, id, Action.WAIT, null, Role.PRIMARY, 0, 0, Double.NaN, 0, "", List.of());
  }

  static DispatchEvent car(long min, CarId car, UnitState state) {
    return new DispatchEvent.UnitChanged(min * MIN, car, state);
  }

  @Test
  void theHypercubesMeasuresComeFromTheCarsStatesTheCallsAndTheDecisions() {
    List<DispatchEvent> events =
        new ArrayList<>(
            List.of(
                car(0, CAR_1, UnitState.FREE),
                car(0, CAR_2, UnitState.FREE),
                call(10, 1, EAST),
                sent(10, 1, CAR_1, 120),
                car(10, CAR_1, UnitState.RESPONDING),
                call(20, 2, EAST),
                sent(20, 2, CAR_2, 300),
                car(20, CAR_2, UnitState.RESPONDING),
                car(22, CAR_1, UnitState.ON_SCENE),
                car(30, CAR_1, UnitState.RETURNING),
                call(35, 3, WEST),
                waits(35, 3),
                car(40, CAR_1, UnitState.FREE),
                sent(40, 3, CAR_1, 300),
                car(40, CAR_1, UnitState.RESPONDING),
                car(50, CAR_2, UnitState.FREE),
                car(55, CAR_1, UnitState.FREE)));
    ModelSample s = ModelMeasures.of(events, plan(), new Window(0, 60 * MIN, null));
    // car-01 busy 10-40 and 40-55, car-02 busy 20-50, over 60 minutes
    assertThat(s.workloads()[0]).isCloseTo(45 / 60.0, within(1e-12));
    assertThat(s.workloads()[1]).isCloseTo(30 / 60.0, within(1e-12));
    // no car free from 20 to 40 and from 40 (car-01 sent at once) to 50
    assertThat(s.probNoCarFree()).isCloseTo(30 / 60.0, within(1e-12));
    assertThat(s.callsFindingNoFreeCar()).isCloseTo(1 / 3.0, within(1e-12));
    // dispatches: (car-01, east), (car-02, east), (car-01, west); the last two are not the atom's
    // first car
    assertThat(s.dispatchFractions()[0][0]).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.dispatchFractions()[1][0]).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.dispatchFractions()[0][1]).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.interDistrictFraction()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(s.meanTravelMinutes()).isCloseTo((120 + 300 + 300) / 3.0 / 60, within(1e-12));
    assertThat(s.meanQueueWaitMinutes()).isCloseTo(5 / 3.0, within(1e-12));
    assertThat(s.calls()).isEqualTo(3);
  }

  @Test
  void onlyTheWindowIsMeasured() {
    List<DispatchEvent> events =
        List.of(
            car(0, CAR_1, UnitState.FREE),
            car(0, CAR_2, UnitState.FREE),
            call(10, 1, EAST),
            sent(10, 1, CAR_1, 120),
            car(10, CAR_1, UnitState.RESPONDING),
            car(40, CAR_1, UnitState.FREE));
    ModelSample s = ModelMeasures.of(events, plan(), new Window(30 * MIN, 60 * MIN, null));
    assertThat(s.workloads()[0]).isCloseTo(10 / 30.0, within(1e-12));
    assertThat(s.calls()).isZero();
    assertThat(s.dispatchFractions()[0][0]).isZero();
  }
}
