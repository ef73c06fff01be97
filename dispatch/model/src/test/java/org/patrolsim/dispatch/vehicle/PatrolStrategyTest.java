// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.PatrolRound;
import org.patrolsim.dispatch.model.PatrolRounds;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCar;
import org.patrolsim.dispatch.protocol.ToCar.Kind;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;

/**
 * The patrol strategies on the 15 x 15 grid city, one car alone driven timer by timer: hot-spot
 * patrol visits its beat's busiest places in turn with its stop, a sweep drives past every street
 * of its beat in one round, a plan sets strategies per shift group, and dispatch takes a car from
 * wherever it is on its round.
 */
class PatrolStrategyTest {
  static final long MIN = 60_000;

  @TempDir Path dir;

  CityModel model(String patrol) {
    return GridModels.model(
        dir,
        "fleet:\n  vehicles: 1\n  patrol: "
            + patrol
            + "\n  shiftStartHours: [0]\n  handover: field\n  mealBreakMinutes: 0\n"
            + "  hotspotsPerBeat: 3\n  hotspotStopMinutes: 12\n"
            + "incidents:\n  hotspotShare: 1\n  hotspots: [{"
            + GridModels.latLon(7, 7)
            + ", radiusMetres: 150}]\n"
            + "stations:\n  - {id: S, "
            + GridModels.latLon(0, 0.5)
            + "}\n");
  }

  /** The routes the car reports, in order, each with the delay of the leg timer it set. */
  record Leg(Route route, long timerMs) {}

  /** Runs the free car through {@code legs} legs of its patrol, firing each leg's timer. */
  static List<Leg> drive(PatrolCar car, TestContext<Msg> ctx, int legs) {
    List<Leg> out = new ArrayList<>();
    for (int i = 0; i < legs; i++) {
      TestContext.Out<Msg> due = ctx.lastScheduled(ToCar.CarTimer.class);
      assertThat(((ToCar.CarTimer) due.message()).kind()).isEqualTo(Kind.LEG_DONE);
      List<ToCommand.CarStatus> told = ctx.sent(ToCommand.CarStatus.class);
      out.add(new Leg(told.get(told.size() - 1).route(), due.delayMs()));
      ctx.at(due.dueMs());
      car.receive(due.message(), ctx);
    }
    return out;
  }

  static Set<Integer> segments(List<NetworkPosition> stops) {
    Set<Integer> out = new HashSet<>();
    stops.forEach(p -> out.add(p.edge()));
    return out;
  }

  @Test
  void hotSpotPatrolVisitsTheBeatsBusiestPlacesInTurnWithItsStop() {
    CityModel m = model("hotspots");
    CarPlan plan = m.cars().get(0);
    PatrolRound round = plan.round();
    assertThat(round.strategy()).isEqualTo(PatrolStrategy.HOTSPOTS);
    assertThat(round.stopMs()).isEqualTo(12 * MIN);
    // one beat holds the whole grid: its hot spots are the city's three busiest segments
    int[] busiest = PatrolRounds.of(m).busiest(3);
    assertThat(segments(round.stops()))
        .containsExactlyInAnyOrder(busiest[0], busiest[1], busiest[2]);
    for (NetworkPosition stop : round.stops()) {
      // every call falls within 150 m of (7, 7): so does every hot spot
      assertThat(Math.abs(stop.point().lat() - GridCity.lat(7)) * 111_320).isLessThan(151);
    }

    PatrolCar car = new PatrolCar(plan, m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(plan.id()), 1);
    car.start(ctx);
    List<Leg> legs = drive(car, ctx, 7);
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      NetworkPosition stop = round.stops().get(i % 3);
      assertThat(leg.route().to().edge())
          .as("leg %d ends at stop %d", i, i % 3)
          .isEqualTo(stop.edge());
      assertThat(leg.route().to().fraction()).isEqualTo(stop.fraction());
      assertThat(leg.timerMs())
          .as("the drive, then the stop")
          .isEqualTo((long) Math.ceil(leg.route().seconds() * 1000) + 12 * MIN);
    }
    assertThat(legs.get(4).route().from().edge())
        .as("from one hot spot to the next")
        .isEqualTo(round.stops().get(0).edge());
  }

  @Test
  void aSweepDrivesPastEveryStreetOfItsBeatInOneRound() {
    CityModel m = model("sweep");
    CarPlan plan = m.cars().get(0);
    PatrolRound round = plan.round();
    assertThat(round.stopMs()).isZero();
    Set<Integer> streets = new HashSet<>();
    m.network().roadSegments().forEach(s -> streets.add(s.id()));
    assertThat(segments(round.stops())).as("a stop on every street of the beat").isEqualTo(streets);

    PatrolCar car = new PatrolCar(plan, m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(plan.id()), 1);
    car.start(ctx);
    int n = round.stops().size();
    List<Leg> legs = drive(car, ctx, n + 1);
    Set<Integer> passed = new HashSet<>();
    for (Leg leg : legs.subList(1, n + 1)) {
      Route r = leg.route();
      for (int i = 0; i < r.pieceCount(); i++) {
        passed.add(r.pieceSegment(i));
      }
      assertThat(leg.timerMs()).isEqualTo(Math.max(1, (long) Math.ceil(r.seconds() * 1000)));
    }
    assertThat(passed).as("one round passes every street").containsAll(streets);
    assertThat(legs.get(n).route().to().edge())
        .as("the round starts again")
        .isEqualTo(round.stops().get(0).edge());
  }

  @Test
  void dispatchTakesACarFromWhereverItIsOnItsRoundThenItGoesOnToTheStopItWasHeadingFor() {
    CityModel m = model("hotspots");
    CarPlan plan = m.cars().get(0);
    PatrolCar car = new PatrolCar(plan, m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(plan.id()), 1);
    car.start(ctx);
    drive(car, ctx, 1);
    ToCommand.CarStatus leaving = ctx.sent(ToCommand.CarStatus.class).get(1);
    Route toSecond = leaving.route();
    assertThat(toSecond.seconds()).as("a leg long enough to be caught on").isGreaterThan(4);
    long caught = leaving.departedMs() + 2_000;
    car.receive(
        new ToCar.Assign(9, PatrolCarTest.scene(m, 2, 2.5), Priority.NORMAL), ctx.at(caught));
    ToCommand.CarStatus sent = ctx.sent(ToCommand.CarStatus.class).get(2);
    assertThat(sent.state()).isEqualTo(UnitState.RESPONDING);
    assertThat(sent.route().from()).isEqualTo(toSecond.positionAt(2.0));

    PatrolCarTest.fire(car, ctx, Kind.ARRIVED);
    car.receive(new ToCar.WorkOnScene(9, 5 * MIN), ctx);
    PatrolCarTest.fire(car, ctx, Kind.SCENE_DONE);
    List<ToCommand.CarStatus> told = ctx.sent(ToCommand.CarStatus.class);
    ToCommand.CarStatus back = told.get(told.size() - 1);
    assertThat(back.state()).isEqualTo(UnitState.FREE);
    assertThat(back.route().to().edge())
        .as("back on its round, to the stop it was heading for")
        .isEqualTo(plan.round().stops().get(1).edge());
  }

  @Test
  void aPlanSetsTheStrategyOfEachShiftGroup() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 4\n  shiftStartHours: [0, 4]\n  patrolByShiftGroup: [post, sweep]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n");
    for (CarPlan c : m.cars()) {
      PatrolStrategy expected = c.shiftGroup() == 0 ? PatrolStrategy.POST : PatrolStrategy.SWEEP;
      assertThat(c.round().strategy()).as(c.id().toString()).isEqualTo(expected);
      assertThat(c.round().isRound()).isEqualTo(expected == PatrolStrategy.SWEEP);
    }
    assertThat(m.cars()).extracting(CarPlan::shiftGroup).contains(0, 1);
  }

  @Test
  void anUnknownStrategyIsOneLineNamingTheFieldAndTheChoices() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file, "fleet:\n  shiftStartHours: [6, 7]\n  patrolByShiftGroup: [roam, hotspot]\n");
    assertThatThrownBy(() -> ScenarioLoader.load(file, List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessage(
            file
                + ": fleet.patrolByShiftGroup[1]: expected 'roam', 'post', 'hotspots' or 'sweep', got hotspot");
    Files.writeString(file, "fleet:\n  shiftStartHours: [6, 7]\n  patrolByShiftGroup: [roam]\n");
    assertThatThrownBy(() -> ScenarioLoader.load(file, List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessageContaining(
            "fleet.patrolByShiftGroup: expected one strategy per shift group (2:");
  }
}
