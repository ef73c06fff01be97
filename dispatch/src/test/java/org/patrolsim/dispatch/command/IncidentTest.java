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
import org.patrolsim.dispatch.incident.Priority;
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

  /** A call of {@code type} needing 20 minutes on scene; {@code settleable}: its resolve draw allows it. */
  static Incident incident(IncidentType type, boolean settleable) {
    IncidentCall call = new IncidentCall(9, 5 * MIN, 1, 2, type, type.priority());
    return new Incident(call, SCENE, STATION, new IncidentFate(20 * MIN, settleable ? 0.1 : 0.95, 0.5, 0.5));
  }

  static Incident working(IncidentType type) {
    Incident o = incident(type, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.arrive(CAR_1);
    o.startWork(10 * MIN);
    return o;
  }

  @Test
  void aNewCallIsBeingHandledAndOpenAsWaiting() {
    Incident o = incident(NOISE, true);
    assertThat(o.phase()).isEqualTo(Phase.HANDLING);
    assertThat(o.openState()).isEqualTo(OpenState.WAITING);
    assertThatThrownBy(() -> o.assign(Role.PRIMARY, CAR_1)).isInstanceOf(IllegalStateException.class)
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
    assertThatThrownBy(() -> o.assign(Role.PRIMARY, CAR_2)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theFirstOfTwoUnitsArrivingIsOnSceneNotCovered() {
    Incident o = incident(BRAWL, true);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.assign(Role.BACKUP, CAR_2);
    assertThat(o.arrive(CAR_2)).isFalse();
    assertThat(o.phase()).isEqualTo(Phase.ON_SCENE);
    assertThat(o.openState()).isEqualTo(OpenState.ON_SCENE);
    assertThat(o.arrive(CAR_1)).isTrue();
    assertThat(o.phase()).isEqualTo(Phase.WORKING);
  }

  @Test
  void theLastNeededArrivalStartsTheWork() {
    Incident o = working(NOISE);
    assertThat(o.phase()).isEqualTo(Phase.WORKING);
    assertThat(o.workLeftMs()).isEqualTo(20 * MIN);
    assertThatThrownBy(() -> o.arrive(CAR_1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void preemptionWhileWorkingCreditsTheWorkDoneAndTheNextUnitWorksOnlyTheRest() {
    Incident o = working(NOISE);
    assertThat(o.preemptable()).isTrue();
    assertThat(o.preempt(CAR_1, 22 * MIN)).isEqualTo(Role.PRIMARY);
    assertThat(o.phase()).isEqualTo(Phase.WAITING);
    assertThat(o.workCreditedMs()).isEqualTo(12 * MIN);
    o.assign(Role.PRIMARY, CAR_2);
    assertThat(o.arrive(CAR_2)).isTrue();
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
    Incident urgent = incident(new IncidentType("fight", Priority.URGENT, 1, 20 * MIN, 0.5, 1), true);
    urgent.handled();
    urgent.assign(Role.PRIMARY, CAR_1);
    assertThat(urgent.preemptable()).isFalse();
    assertThatThrownBy(() -> urgent.preempt(CAR_1, 6 * MIN)).isInstanceOf(IllegalStateException.class);
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
    o.arrive(CAR_1);
    o.arrive(TEAM);
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
    assertThat(settled.disposal()).isEqualTo(Disposal.STREET);
    Incident o = incident(NOISE, false);
    o.handled();
    o.assign(Role.PRIMARY, CAR_1);
    o.arrive(CAR_1);
    o.startWork(0);
    o.done(CAR_1);
    assertThat(o.disposal()).isEqualTo(Disposal.HANDED_OVER);
  }

  @Test
  void aStationTeamPrimaryIsAStationCallOutDisposal() {
    Incident o = incident(NOISE, true);
    o.handled();
    o.assign(Role.PRIMARY, TEAM);
    o.arrive(TEAM);
    o.startWork(30 * MIN);
    o.done(TEAM);
    assertThat(o.disposal()).isEqualTo(Disposal.STATION_CALLOUT);
    assertThat(o.primary()).isEqualTo(TEAM);
  }

  @Test
  void noDisposalBeforeItIsCleared() {
    assertThatThrownBy(() -> working(NOISE).disposal()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot have a disposal");
  }
}
