// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.command.Incident.Phase;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.OnSceneTime;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.RepeatRule;
import org.patrolsim.dispatch.incident.SettleDecay;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/** One test per transition of the incident lifecycle, and the disposal rule. */
class IncidentTest {
  static final long MIN = 60_000;
  static final NetworkPosition SCENE = new NetworkPosition(0, 0.5, new LatLon(1, 2), false);
  static final StationSite STATION = new StationSite(new StationId("north/2"), SCENE, 2);
  static final IncidentType NOISE = new IncidentType("noise", Priority.LOW, 1, 20 * MIN, 0.8, 1);
  static final IncidentType BRAWL = new IncidentType("brawl", Priority.URGENT, 1, 20 * MIN, 0.3, 2);
  static final CarId CAR_1 = new CarId(1);
  static final CarId CAR_2 = new CarId(2);
  static final TeamId TEAM = new TeamId(STATION.id(), 1);

  /**
   * A call of {@code type} needing 20 minutes on scene; {@code settleable}: its resolve draw allows
   * it.
   */
  static Incident incident(IncidentType type, boolean settleable) {
    IncidentCall call = new IncidentCall(9, 5 * MIN, 1, 2, type, type.priority());
    return new Incident(
        call, SCENE, STATION, new IncidentFate(20 * MIN, settleable ? 0.1 : 0.95, 0.5, 0.5));
  }

  static Incident working(IncidentType type) {
    Incident o = incident(type, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.arrive(CAR_1, 10 * MIN);
    o.startWork(10 * MIN);
    return o;
  }

  @Test
  void aNewCallIsBeingHandledAndOpenAsWaiting() {
    Incident o = incident(NOISE, true);
    assertThat(o.phase()).isEqualTo(Phase.HANDLING);
    assertThat(o.openState()).isEqualTo(OpenState.WAITING);
    assertThatThrownBy(() -> o.assign(Role.PRIMARY, CAR_1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("incident 9 (HANDLING) cannot get a unit");
  }

  @Test
  void handledMovesToWaitingForItsRoles() {
    Incident o = incident(BRAWL, true);
    o.handled();
    assertThat(o.phase()).isEqualTo(Phase.WAITING);
    assertThat(o.rolesWithoutUnit()).containsExactly(Role.PRIMARY, Role.BACKUP);
    assertThatThrownBy(o::handled).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void assignMovesToEnRoute() {
    Incident o = incident(NOISE, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    assertThat(o.phase()).isEqualTo(Phase.EN_ROUTE);
    assertThat(o.openState()).isEqualTo(OpenState.EN_ROUTE);
    assertThat(o.units()).containsExactly(CAR_1);
    assertThatThrownBy(() -> o.assign(Role.PRIMARY, CAR_2))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theFirstOfTwoUnitsArrivingIsOnSceneNotCovered() {
    Incident o = incident(BRAWL, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.assign(Role.BACKUP, CAR_2);
    assertThat(o.arrive(CAR_2, 10 * MIN)).isFalse();
    assertThat(o.phase()).isEqualTo(Phase.ON_SCENE);
    assertThat(o.openState()).isEqualTo(OpenState.ON_SCENE);
    assertThat(o.arrive(CAR_1, 10 * MIN)).isTrue();
    assertThat(o.phase()).isEqualTo(Phase.WORKING);
  }

  @Test
  void theLastNeededArrivalStartsTheWork() {
    Incident o = working(NOISE);
    assertThat(o.phase()).isEqualTo(Phase.WORKING);
    assertThat(o.workLeftMs()).isEqualTo(20 * MIN);
    assertThatThrownBy(() -> o.arrive(CAR_1, 10 * MIN)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void preemptionWhileWorkingCreditsTheWorkDoneAndTheNextUnitWorksOnlyTheRest() {
    Incident o = working(NOISE);
    assertThat(o.preemptable()).isTrue();
    assertThat(o.preempt(CAR_1, 22 * MIN)).isEqualTo(Role.PRIMARY);
    assertThat(o.phase()).isEqualTo(Phase.WAITING);
    assertThat(o.workCreditedMs()).isEqualTo(12 * MIN);
    o.assign(Role.PRIMARY, CAR_2);
    assertThat(o.arrive(CAR_2, 10 * MIN)).isTrue();
    o.startWork(30 * MIN);
    assertThat(o.workLeftMs()).isEqualTo(8 * MIN);
  }

  @Test
  void preemptionWhileDrivingLosesNoWork() {
    Incident o = incident(NOISE, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.preempt(CAR_1, 7 * MIN);
    assertThat(o.phase()).isEqualTo(Phase.WAITING);
    assertThat(o.workCreditedMs()).isZero();
    assertThat(o.holds(CAR_1)).isFalse();
  }

  @Test
  void urgentAndTwoUnitIncidentsAreNeverPreempted() {
    Incident urgent =
        incident(new IncidentType("fight", Priority.URGENT, 1, 20 * MIN, 0.5, 1), true);
    urgent.handled();
    urgent.assign(Role.PRIMARY, CAR_1);
    assertThat(urgent.preemptable()).isFalse();
    assertThatThrownBy(() -> urgent.preempt(CAR_1, 6 * MIN))
        .isInstanceOf(IllegalStateException.class);
    Incident brawl = incident(BRAWL, true);
    brawl.handled();
    brawl.assign(Role.PRIMARY, CAR_1);
    assertThat(brawl.preemptable()).isFalse();
  }

  @Test
  void doneByEveryUnitClearsIt() {
    Incident o = incident(BRAWL, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.assign(Role.BACKUP, TEAM);
    o.arrive(CAR_1, 10 * MIN);
    o.arrive(TEAM, 10 * MIN);
    o.startWork(20 * MIN);
    assertThat(o.done(TEAM)).isFalse();
    assertThat(o.phase()).isEqualTo(Phase.WORKING);
    assertThat(o.done(CAR_1)).isTrue();
    assertThat(o.phase()).isEqualTo(Phase.CLEARED);
    assertThatThrownBy(o::openState).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPatrolPrimarySettlesOnTheStreetOrHandsOverByTheDrawnFate() {
    Incident settled = working(NOISE);
    settled.done(CAR_1);
    assertThat(settled.disposal(1.0)).isEqualTo(Disposal.STREET);
    Incident o = incident(NOISE, false);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.arrive(CAR_1, 10 * MIN);
    o.startWork(0);
    o.done(CAR_1);
    assertThat(o.disposal(1.0)).isEqualTo(Disposal.HANDED_OVER);
  }

  @Test
  void aStationTeamPrimaryIsAStationCallOutDisposal() {
    Incident o = incident(NOISE, true);
    o.handled();
    o.assign(Role.PRIMARY, TEAM);
    o.arrive(TEAM, 10 * MIN);
    o.startWork(30 * MIN);
    o.done(TEAM);
    assertThat(o.disposal(1.0)).isEqualTo(Disposal.STATION_CALLOUT);
    assertThat(o.primary()).isEqualTo(TEAM);
  }

  @Test
  void noDisposalBeforeItIsCleared() {
    assertThatThrownBy(() -> working(NOISE).disposal(1.0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot have a disposal");
  }

  @Test
  void theDelayToTheFirstUnitOnSceneAndTheCrewDecideASettle() {
    // settle chance 0.8 whole within 5 min of the call, halving every 10 min after; resolve draw
    // 0.45
    IncidentType dispute =
        new IncidentType(
            "dispute",
            Priority.NORMAL,
            1,
            new OnSceneTime.Erlang2(20 * MIN),
            0.8,
            1,
            new SettleDecay(5 * MIN, 10 * MIN),
            RepeatRule.NONE);
    assertThat(cleared(dispute, 0.45, 9 * MIN).disposal(1.0))
        .isEqualTo(Disposal.STREET); // 4 min: 0.8
    // 15 min after the call: 0.8 x 0.5 = 0.4, handed over; a crew with factor 1.1: 0.44, still;
    // factor 1.25: 1.0 x 0.5 = 0.5, settled
    assertThat(cleared(dispute, 0.45, 20 * MIN).disposal(1.0)).isEqualTo(Disposal.HANDED_OVER);
    assertThat(cleared(dispute, 0.45, 20 * MIN).disposal(1.1)).isEqualTo(Disposal.HANDED_OVER);
    assertThat(cleared(dispute, 0.45, 20 * MIN).disposal(1.25)).isEqualTo(Disposal.STREET);
  }

  @Test
  void theFirstArrivalCountsEvenIfThatCarIsPreempted() {
    IncidentType dispute =
        new IncidentType(
            "dispute",
            Priority.NORMAL,
            1,
            new OnSceneTime.Erlang2(20 * MIN),
            0.8,
            1,
            new SettleDecay(5 * MIN, 10 * MIN),
            RepeatRule.NONE);
    Incident o =
        new Incident(
            new IncidentCall(9, 5 * MIN, 1, 2, dispute, dispute.priority()),
            SCENE,
            STATION,
            new IncidentFate(20 * MIN, 0.5, 0.5, 0.5));
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.arrive(CAR_1, 8 * MIN);
    o.startWork(8 * MIN);
    o.preempt(CAR_1, 9 * MIN);
    o.assign(Role.PRIMARY, CAR_2);
    o.arrive(CAR_2, 60 * MIN);
    o.startWork(60 * MIN);
    o.done(CAR_2);
    assertThat(o.arrivalDelayMs()).isEqualTo(3 * MIN);
    assertThat(o.disposal(1.0)).isEqualTo(Disposal.STREET);
  }

  /**
   * A one-unit incident of {@code type} called at 5 min, with {@code resolveDraw}, its car on scene
   * at {@code arriveMs}.
   */
  private static Incident cleared(IncidentType type, double resolveDraw, long arriveMs) {
    Incident o =
        new Incident(
            new IncidentCall(9, 5 * MIN, 1, 2, type, type.priority()),
            SCENE,
            STATION,
            new IncidentFate(20 * MIN, resolveDraw, 0.5, 0.5));
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.arrive(CAR_1, arriveMs);
    o.startWork(arriveMs);
    o.done(CAR_1);
    return o;
  }
}
