// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCar;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToStation;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * The command centre alone, driven through a {@link TestContext}: two cars on posts, two stations
 * (west and east) of one team each, and calls handed to it directly. Call handling takes 40 s for
 * every priority here.
 */
class CommandCentreTest {
  static final long MIN = 60_000;
  static final StationId WEST = new StationId("west");
  static final StationId EAST = new StationId("east");

  @TempDir Path dir;

  CityModel model(String dispatch) {
    return GridModels.model(
        dir,
        "fleet:\n  vehicles: 2\n  patrol: post\n  posts: [{"
            + GridModels.latLon(2, 2.5)
            + "}, {"
            + GridModels.latLon(12, 12.5)
            + "}]\n  shiftStartHours: [0]\n"
            + "stations:\n  - {id: west, "
            + GridModels.latLon(0, 0.5)
            + ", dutyTeams: 1}\n"
            + "  - {id: east, "
            + GridModels.latLon(0, 13.5)
            + ", dutyTeams: 1}\n"
            + "dispatch:\n  responseThresholdMinutes: 5\n"
            + dispatch);
  }

  /** A command centre that has started and heard from both cars (free at their posts). */
  static CommandCentre started(CityModel m, TestContext<Msg> ctx) {
    CommandCentre c = new CommandCentre(m);
    c.start(ctx);
    for (CarPlan car : m.cars()) {
      NetworkPosition post = car.beat().waypoints().get(0);
      c.receive(new ToCommand.CarStatus(car.id(), UnitState.FREE, null, 0, post, 0), ctx);
    }
    return c;
  }

  static ToCommand.Call call(CityModel m, long id, long atMs, NetworkPosition scene, String type) {
    IncidentType t = m.mix().byName(type);
    return new ToCommand.Call(
        new IncidentCall(id, atMs, scene.point().lat(), scene.point().lon(), t, t.priority()),
        scene,
        new IncidentFate(10 * MIN, 0.1, 0.5, 0.5));
  }

  /**
   * A road point of the grid near (row, col): a waypoint of the car whose post is there, or a pool
   * point.
   */
  static NetworkPosition near(CityModel m, int car) {
    return m.cars().get(car).beat().waypoints().get(0);
  }

  @Test
  void startAnnouncesTheRunAndPlansTheEndOfCallsAndTheFirstCoverageSample() {
    CityModel m = model("");
    TestContext<Msg> ctx = new TestContext<>(CityModel.COMMAND, 1);
    new CommandCentre(m).start(ctx);
    assertThat(ctx.emitted(DispatchEvent.RunStarted.class))
        .singleElement()
        .satisfies(r -> assertThat(r.callHorizonMs()).isEqualTo(24 * 60 * MIN));
    assertThat(ctx.scheduled())
        .anySatisfy(
            o -> {
              assertThat(o.message()).isEqualTo(new ToCommand.CallsEnded());
              assertThat(o.dueMs()).isEqualTo(24 * 60 * MIN);
            });
    assertThat(ctx.scheduled())
        .filteredOn(o -> o.message() instanceof ToCommand.SampleCoverage)
        .singleElement()
        .satisfies(o -> assertThat(o.dueMs()).isBetween(0L, 5 * MIN - 1));
  }

  @Test
  void aCallIsDecidedAfterItsHandlingTimeAndTheNearestFreeCarIsSent() {
    CityModel m = model("");
    TestContext<Msg> ctx = new TestContext<>(CityModel.COMMAND, 1);
    CommandCentre c = started(m, ctx);
    ctx.clear();
    c.receive(call(m, 1, 0, near(m, 1), "dispute"), ctx.at(MIN));
    assertThat(ctx.emitted(DispatchEvent.CallReceived.class)).hasSize(1);
    assertThat(ctx.scheduled())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.message()).isEqualTo(new ToCommand.CallHandled(1));
              assertThat(o.delayMs()).isZero(); // this model's call handling is instant
            });
    c.receive(new ToCommand.CallHandled(1), ctx);
    assertThat(ctx.sent(ToCar.Assign.class))
        .singleElement()
        .satisfies(a -> assertThat(a.incident()).isEqualTo(1));
    assertThat(ctx.sent())
        .singleElement()
        .satisfies(o -> assertThat(o.to()).isEqualTo(CityModel.entityOf(new CarId(2))));
    assertThat(ctx.emitted(DispatchEvent.Decided.class))
        .singleElement()
        .satisfies(d -> assertThat(d.action()).isEqualTo(Action.PATROL));
  }

  @Test
  void withNoCarInReachTheJurisdictionsTeamIsCalledOutAndWhenItIsBusyTheOtherStations() {
    CityModel m = model("");
    TestContext<Msg> ctx = new TestContext<>(CityModel.COMMAND, 1);
    CommandCentre c = new CommandCentre(m);
    c.start(ctx); // no car has reported: none is free
    NetworkPosition westScene = near(m, 0);
    c.receive(call(m, 1, 0, westScene, "dispute"), ctx);
    c.receive(new ToCommand.CallHandled(1), ctx);
    c.receive(call(m, 2, 0, westScene, "dispute"), ctx);
    c.receive(new ToCommand.CallHandled(2), ctx);
    assertThat(ctx.sent(ToStation.CallOut.class))
        .extracting(ToStation.CallOut::team, ToStation.CallOut::incident)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(new TeamId(WEST, 1), 1L),
            org.assertj.core.groups.Tuple.tuple(new TeamId(EAST, 1), 2L));
    c.receive(call(m, 3, 0, westScene, "dispute"), ctx);
    c.receive(new ToCommand.CallHandled(3), ctx);
    DispatchEvent.Decided waits = ctx.emitted(DispatchEvent.Decided.class).get(2);
    assertThat(waits.action()).isEqualTo(Action.WAIT);
    c.receive(new ToCommand.TeamFree(new TeamId(EAST, 1)), ctx.at(30 * MIN));
    assertThat(ctx.sent(ToStation.CallOut.class))
        .last()
        .satisfies(o -> assertThat(o.incident()).isEqualTo(3));
  }

  @Test
  void afterTheLastCallTheRunStopsOnceEveryIncidentHasCleared() {
    CityModel m = model("");
    TestContext<Msg> ctx = new TestContext<>(CityModel.COMMAND, 1);
    CommandCentre c = started(m, ctx);
    c.receive(call(m, 1, 0, near(m, 0), "dispute"), ctx);
    c.receive(new ToCommand.CallHandled(1), ctx);
    CarId car = new CarId(1);
    c.receive(new ToCommand.UnitArrived(car, 1), ctx.at(MIN));
    assertThat(ctx.sent(ToCar.WorkOnScene.class))
        .containsExactly(new ToCar.WorkOnScene(1, 10 * MIN));
    c.receive(new ToCommand.CallsEnded(), ctx.at(24 * 60 * MIN));
    assertThat(ctx.stopped()).isFalse();
    c.receive(new ToCommand.UnitDone(car, 1), ctx.at(24 * 60 * MIN + 5 * MIN));
    assertThat(ctx.emitted(DispatchEvent.Cleared.class)).hasSize(1);
    assertThat(ctx.stopped()).isTrue();
  }

  @Test
  void atTheEndEveryOpenIncidentIsReportedWithWhereItStood() {
    CityModel m = model("");
    TestContext<Msg> ctx = new TestContext<>(CityModel.COMMAND, 1);
    CommandCentre c = started(m, ctx);
    c.receive(call(m, 1, 0, near(m, 0), "dispute"), ctx);
    c.receive(new ToCommand.CallHandled(1), ctx);
    c.receive(call(m, 2, 0, near(m, 1), "dispute"), ctx);
    ctx.clear();
    c.finish(ctx.at(MIN));
    assertThat(ctx.emitted())
        .filteredOn(e -> !(e instanceof DispatchEvent.SegmentCoverage))
        .containsExactly(
            new DispatchEvent.StillOpen(MIN, 1, OpenState.EN_ROUTE),
            new DispatchEvent.StillOpen(MIN, 2, OpenState.WAITING),
            new DispatchEvent.RunEnded(MIN));
    assertThat(ctx.emitted().get(ctx.emitted().size() - 2))
        .isInstanceOf(DispatchEvent.SegmentCoverage.class);
  }

  @Test
  void coveragePerRoadSegmentIsTheMeanOfTheSamplesAndComesOnceAtTheEnd() {
    CityModel m = model("report:\n  coverageTargetMinutes: 0.5\n");
    TestContext<Msg> ctx = new TestContext<>(CityModel.COMMAND, 1);
    CommandCentre c = started(m, ctx);
    c.receive(new ToCommand.SampleCoverage(), ctx.at(2 * MIN));
    CarPlan first = m.cars().get(0);
    c.receive(
        new ToCommand.CarStatus(first.id(), UnitState.MEAL_BREAK, null, 0, near(m, 0), 0),
        ctx.at(3 * MIN));
    c.receive(new ToCommand.SampleCoverage(), ctx.at(7 * MIN));
    c.finish(ctx.at(9 * MIN));
    var samples = ctx.emitted(DispatchEvent.CoverageSampled.class);
    assertThat(samples).hasSize(2);
    assertThat(samples.get(1).share())
        .as("one car fewer is free")
        .isLessThan(samples.get(0).share());
    var perSegment = ctx.emitted(DispatchEvent.SegmentCoverage.class);
    assertThat(perSegment).singleElement().satisfies(p -> assertThat(p.samples()).isEqualTo(2));
    double[] share = perSegment.get(0).shareOfTime();
    double covered = 0;
    double metres = 0;
    for (var road : m.network().roadSegments()) {
      assertThat(share[road.id()]).isBetween(0.0, 1.0);
      covered += share[road.id()] * road.metres();
      metres += road.metres();
    }
    assertThat(covered / metres)
        .as("length-weighted, the segments give the mean of the samples")
        .isCloseTo(
            (samples.get(0).share() + samples.get(1).share()) / 2,
            org.assertj.core.api.Assertions.within(1e-9));
  }
}
