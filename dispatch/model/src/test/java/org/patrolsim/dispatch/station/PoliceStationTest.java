// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToStation;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.network.NetworkPosition;

/** One police station with two duty teams, alone, driven through a {@link TestContext}. */
class PoliceStationTest {
  static final long MIN = 60_000;

  @TempDir Path dir;

  static void fire(PoliceStation station, TestContext<Msg> ctx, ToStation.Kind kind) {
    TestContext.Out<Msg> due =
        ctx.scheduled().stream()
            .filter(o -> o.message() instanceof ToStation.TeamTimer t && t.kind() == kind)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no " + kind + " timer"));
    ctx.at(due.dueMs());
    station.receive(due.message(), ctx);
  }

  @Test
  void aCalledOutTeamTurnsOutDrivesWorksReturnsAndReportsFree() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
                + "stations:\n  - {id: \"north/2\", "
                + GridModels.latLon(0, 0.5)
                + ", dutyTeams: 2}\n");
    StationSite site = m.stations().get(0);
    PoliceStation station = new PoliceStation(site, m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(site.id()), 1);
    station.start(ctx);
    TeamId team2 = new TeamId(site.id(), 2);
    NetworkPosition scene = m.cars().get(0).beat().waypoints().get(0);
    station.receive(new ToStation.CallOut(team2, 4, scene, 3 * MIN), ctx.at(10 * MIN));
    fire(station, ctx, ToStation.Kind.TURNED_OUT);
    assertThat(ctx.now()).isEqualTo(13 * MIN);
    fire(station, ctx, ToStation.Kind.ARRIVED);
    assertThat(ctx.sent(ToCommand.UnitArrived.class))
        .containsExactly(new ToCommand.UnitArrived(team2, 4));
    station.receive(new ToStation.TeamWork(team2, 4, 20 * MIN), ctx);
    fire(station, ctx, ToStation.Kind.SCENE_DONE);
    assertThat(ctx.sent(ToCommand.UnitDone.class))
        .containsExactly(new ToCommand.UnitDone(team2, 4));
    fire(station, ctx, ToStation.Kind.BACK_AT_STATION);
    assertThat(ctx.sent(ToCommand.TeamFree.class)).containsExactly(new ToCommand.TeamFree(team2));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .filteredOn(u -> u.unit().equals(team2))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(
            UnitState.FREE,
            UnitState.TURNOUT,
            UnitState.RESPONDING,
            UnitState.ON_SCENE,
            UnitState.RETURNING,
            UnitState.FREE);
    assertThat(team2.name()).isEqualTo("north/2/team-2");
  }

  @Test
  void aCallOutToABusyTeamIsABug() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + ", dutyTeams: 1}\n");
    StationSite site = m.stations().get(0);
    PoliceStation station = new PoliceStation(site, m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(site.id()), 1);
    station.start(ctx);
    TeamId team = new TeamId(site.id(), 1);
    NetworkPosition scene = m.cars().get(0).beat().waypoints().get(0);
    station.receive(new ToStation.CallOut(team, 4, scene, 0), ctx);
    assertThatThrownBy(() -> station.receive(new ToStation.CallOut(team, 5, scene, 0), ctx))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("S/team-1 is TURNOUT");
  }
}
