// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCar;
import org.patrolsim.dispatch.protocol.ToCar.Kind;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * One patrol car alone, driven message by message through a {@link TestContext}: a car on a post at
 * (5, 5.5) of the grid city, shifts of 8 hours from 00:00, a 30-minute meal due at 02:00.
 */
class PatrolCarTest {
  static final long MIN = 60_000;
  static final long HOUR = 60 * MIN;
  static final CarId CAR = new CarId(1);

  @TempDir Path dir;

  CityModel model() {
    return GridModels.model(
        dir,
        "fleet:\n  vehicles: 1\n  patrol: post\n  posts: [{"
            + GridModels.latLon(5, 5.5)
            + "}]\n  shiftStartHours: [0]\n  handover: field\n  handoverMinutes: 10\n  mealBreakMinutes: 30\n"
            + "  mealBreakAfterHours: 2\n  mealWindowHours: 0\n"
            + "stations:\n  - {id: S, "
            + GridModels.latLon(0, 0.5)
            + "}\n");
  }

  static NetworkPosition scene(CityModel m, double row, double col) {
    String[] p =
        GridModels.latLon(row, col).replace("lat: ", "").replace("lon: ", "").split(", ", -1);
    return m.network()
        .snap(new LatLon(Double.parseDouble(p[0]), Double.parseDouble(p[1])))
        .orElseThrow();
  }

  /** Delivers the last scheduled timer of {@code kind} at its due time. */
  static void fire(PatrolCar car, TestContext<Msg> ctx, Kind kind) {
    TestContext.Out<Msg> due =
        ctx.scheduled().stream()
            .filter(o -> o.message() instanceof ToCar.CarTimer t && t.kind() == kind)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no " + kind + " timer scheduled"));
    ctx.at(due.dueMs());
    car.receive(due.message(), ctx);
  }

  @Test
  void startsFreeAtItsPostAndPlansItsShiftChangeAndMeal() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    assertThat(ctx.emitted(DispatchEvent.class))
        .containsExactly(
            new DispatchEvent.UnitChanged(0, CAR, UnitState.FREE),
            new DispatchEvent.CarPath(
                0, CAR, true, null, 0, m.cars().get(0).beat().waypoints().get(0)));
    assertThat(ctx.sent(ToCommand.CarStatus.class))
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(UnitState.FREE));
    ToCommand.CarStatus told = ctx.sent(ToCommand.CarStatus.class).get(0);
    assertThat(ctx.emitted(LiveRecord.CarMoved.class))
        .as("the live view sees what the command centre is told")
        .containsExactly(
            new LiveRecord.CarMoved(
                0,
                CAR,
                told.state(),
                told.route(),
                told.departedMs(),
                told.at().point(),
                told.incident()));
    assertThat(ctx.scheduled())
        .extracting(o -> ((ToCar.CarTimer) o.message()).kind(), TestContext.Out::dueMs)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.SHIFT_CHANGE, 8 * HOUR),
            org.assertj.core.groups.Tuple.tuple(Kind.MEAL_DUE, 2 * HOUR));
  }

  @Test
  void anAssignmentDrivesToTheSceneWorksAndReportsDone() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    ctx.clear();
    car.receive(new ToCar.Assign(7, scene(m, 5, 9.5), Priority.NORMAL), ctx.at(HOUR));
    ToCommand.CarStatus driving = ctx.sent(ToCommand.CarStatus.class).get(0);
    assertThat(driving.state()).isEqualTo(UnitState.RESPONDING);
    assertThat(driving.incident()).isEqualTo(7);
    assertThat(driving.route().seconds()).isGreaterThan(20);
    fire(car, ctx, Kind.ARRIVED);
    assertThat(ctx.now()).isEqualTo(HOUR + (long) Math.ceil(driving.route().seconds() * 1000));
    assertThat(ctx.sent(ToCommand.UnitArrived.class))
        .containsExactly(new ToCommand.UnitArrived(CAR, 7));
    car.receive(new ToCar.WorkOnScene(7, 12 * MIN), ctx);
    long arrived = ctx.now();
    fire(car, ctx, Kind.SCENE_DONE);
    assertThat(ctx.now()).isEqualTo(arrived + 12 * MIN);
    assertThat(ctx.sent(ToCommand.UnitDone.class)).containsExactly(new ToCommand.UnitDone(CAR, 7));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(UnitState.RESPONDING, UnitState.ON_SCENE, UnitState.FREE);
  }

  @Test
  void aTurnoutKeepsTheCarCommittedWhereItIsThenItMovesOffEnRoute() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    ctx.clear();
    car.receive(new ToCar.Assign(7, scene(m, 5, 9.5), Priority.NORMAL, 90_000), ctx.at(HOUR));
    ToCommand.CarStatus turningOut = ctx.sent(ToCommand.CarStatus.class).get(0);
    assertThat(turningOut.state()).isEqualTo(UnitState.TURNOUT);
    assertThat(turningOut.incident()).isEqualTo(7);
    assertThat(turningOut.route()).isNull();
    assertThat(ctx.emitted(DispatchEvent.EnRoute.class)).isEmpty();
    fire(car, ctx, Kind.TURNED_OUT);
    assertThat(ctx.now()).isEqualTo(HOUR + 90_000);
    assertThat(ctx.emitted(DispatchEvent.EnRoute.class))
        .containsExactly(new DispatchEvent.EnRoute(HOUR + 90_000, 7, CAR));
    ToCommand.CarStatus driving = ctx.sent(ToCommand.CarStatus.class).get(1);
    assertThat(driving.state()).isEqualTo(UnitState.RESPONDING);
    assertThat(driving.departedMs()).isEqualTo(HOUR + 90_000);
    fire(car, ctx, Kind.ARRIVED);
    assertThat(ctx.now())
        .isEqualTo(HOUR + 90_000 + (long) Math.ceil(driving.route().seconds() * 1000));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(UnitState.TURNOUT, UnitState.RESPONDING, UnitState.ON_SCENE);
  }

  @Test
  void withoutATurnoutTheCarMovesOffAtOnce() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    ctx.clear();
    car.receive(new ToCar.Assign(7, scene(m, 5, 9.5), Priority.NORMAL, 0), ctx.at(HOUR));
    assertThat(ctx.emitted(DispatchEvent.EnRoute.class))
        .containsExactly(new DispatchEvent.EnRoute(HOUR, 7, CAR));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(UnitState.RESPONDING);
  }

  CityModel selfInitiatedModel() {
    return GridModels.model(
        dir,
        "fleet:\n  vehicles: 1\n  patrol: post\n  posts: [{"
            + GridModels.latLon(5, 5.5)
            + "}]\n  shiftStartHours: [0]\n  handover: field\n  handoverMinutes: 10\n  mealBreakMinutes: 0\n"
            + "  selfInitiated: {perCarHour: 2, minutes: {median: 12, p90: 12}}\n"
            + "stations:\n  - {id: S, "
            + GridModels.latLon(0, 0.5)
            + "}\n");
  }

  static TestContext.Out<Msg> selfStart(TestContext<Msg> ctx) {
    return ctx.scheduled().stream()
        .filter(o -> o.message() instanceof ToCar.CarTimer t && t.kind() == Kind.SELF_START)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Test
  void aFreeCarStartsSelfInitiatedWorkStaysBusyAndThenPatrolsAgain() {
    CityModel m = selfInitiatedModel();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    TestContext.Out<Msg> due = selfStart(ctx);
    assertThat(due.dueMs()).isPositive();
    ctx.clear();
    car.receive(due.message(), ctx.at(due.dueMs()));
    ToCommand.CarStatus busy = ctx.sent(ToCommand.CarStatus.class).get(0);
    assertThat(busy.state()).isEqualTo(UnitState.SELF_INITIATED);
    assertThat(busy.incident()).isZero();
    assertThat(busy.route()).isNull();
    long started = ctx.now();
    fire(car, ctx, Kind.BREAK_OVER);
    assertThat(ctx.now() - started).isEqualTo(12 * MIN); // median = p90: a fixed 12 minutes
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(UnitState.SELF_INITIATED, UnitState.FREE);
    assertThat(selfStart(ctx).dueMs())
        .as("free again: the next start is drawn")
        .isGreaterThan(ctx.now());
  }

  @Test
  void aSelfInitiatedStartDrawnBeforeTheCarWasSentIsDropped() {
    CityModel m = selfInitiatedModel();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    TestContext.Out<Msg> stale = selfStart(ctx);
    car.receive(new ToCar.Assign(7, scene(m, 5, 9.5), Priority.NORMAL), ctx.at(1));
    ctx.clear();
    car.receive(stale.message(), ctx.at(Math.max(2, stale.dueMs())));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class)).isEmpty();
    assertThat(ctx.sent(ToCommand.CarStatus.class)).isEmpty();
  }

  @Test
  void aShiftChangeDuringSelfInitiatedWorkWaitsForItsEnd() {
    CityModel m = selfInitiatedModel();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    TestContext.Out<Msg> due = selfStart(ctx);
    car.receive(due.message(), ctx.at(due.dueMs()));
    TestContext.Out<Msg> done =
        ctx.scheduled().stream()
            .filter(o -> o.message() instanceof ToCar.CarTimer t && t.kind() == Kind.BREAK_OVER)
            .reduce((a, b) -> b)
            .orElseThrow();
    car.receive(new ToCar.CarTimer(Kind.SHIFT_CHANGE, 0), ctx.at(due.dueMs() + MIN));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .last()
        .extracting(DispatchEvent.UnitChanged::state)
        .isEqualTo(UnitState.SELF_INITIATED);
    ctx.clear();
    car.receive(done.message(), ctx.at(done.dueMs()));
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(UnitState.HANDOVER);
  }

  @Test
  void anExponentialBusyTimeKeepsTheCarBusyUntilItIsBackAtItsPost() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  patrol: post\n  posts: [{"
                + GridModels.latLon(5, 5.5)
                + "}]\n  shiftStartHours: [0]\n  mealBreakMinutes: 0\n  handoverMinutes: 0\n"
                + "  busyTime: exponential\n  busyMeanMinutes: 30\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n");
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    ctx.clear();
    car.receive(new ToCar.Assign(7, scene(m, 5, 9.5), Priority.NORMAL), ctx.at(HOUR));
    double out = ctx.sent(ToCommand.CarStatus.class).get(0).route().seconds();
    fire(car, ctx, Kind.ARRIVED);
    long arrived = ctx.now();
    car.receive(
        new ToCar.WorkOnScene(7, 12 * MIN), ctx); // the incident's own time on scene is not used
    fire(car, ctx, Kind.SCENE_DONE);
    long sceneDone = ctx.now();
    ToCommand.CarStatus back =
        ctx.sent(ToCommand.CarStatus.class).get(ctx.sent(ToCommand.CarStatus.class).size() - 1);
    assertThat(back.state()).isEqualTo(UnitState.RETURNING);
    assertThat(back.incident()).isZero();
    fire(car, ctx, Kind.BACK_AT_POST);
    long busy = ctx.now() - HOUR;
    // the whole busy time is one exponential draw from the car's stream, the drives inside it
    ExponentialBusyTime.Split expected =
        new ExponentialBusyTime(30 * MIN)
            .draw(
                new TestContext<Msg>(CityModel.entityOf(CAR), 1).random(),
                out,
                back.route().seconds());
    assertThat(busy).isEqualTo(expected.totalMs());
    assertThat(arrived - HOUR).isEqualTo(expected.outMs());
    assertThat(sceneDone - arrived).isEqualTo(expected.sceneMs());
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .containsExactly(
            UnitState.RESPONDING, UnitState.ON_SCENE, UnitState.RETURNING, UnitState.FREE);
    ToCommand.CarStatus free =
        ctx.sent(ToCommand.CarStatus.class).get(ctx.sent(ToCommand.CarStatus.class).size() - 1);
    assertThat(free.state()).isEqualTo(UnitState.FREE);
    assertThat(free.at()).isEqualTo(m.cars().get(0).beat().waypoints().get(0));
  }

  @Test
  void aTimerOfAnAbandonedPlanDoesNothing() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    car.receive(new ToCar.Assign(7, scene(m, 5, 12.5), Priority.LOW), ctx.at(HOUR));
    ToCar.CarTimer stale = (ToCar.CarTimer) ctx.lastScheduled(ToCar.CarTimer.class).message();
    car.receive(
        new ToCar.Assign(8, scene(m, 5, 6.5), Priority.URGENT), ctx.at(HOUR + MIN)); // pre-empted
    ctx.clear();
    car.receive(stale, ctx.at(HOUR + 5 * MIN));
    assertThat(ctx.sent()).isEmpty();
    assertThat(ctx.emitted()).isEmpty();
  }

  @Test
  void aMealDueWhileBusyIsTakenAsSoonAsTheCarIsFree() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    car.receive(new ToCar.Assign(7, scene(m, 5, 6.5), Priority.NORMAL), ctx.at(HOUR + 50 * MIN));
    fire(car, ctx, Kind.ARRIVED);
    car.receive(new ToCar.WorkOnScene(7, 30 * MIN), ctx);
    fire(car, ctx, Kind.MEAL_DUE);
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .doesNotContain(UnitState.MEAL_BREAK);
    fire(car, ctx, Kind.SCENE_DONE);
    long free = ctx.now();
    assertThat(ctx.emitted(DispatchEvent.UnitChanged.class))
        .last()
        .isEqualTo(new DispatchEvent.UnitChanged(free, CAR, UnitState.MEAL_BREAK));
    fire(car, ctx, Kind.BREAK_OVER);
    assertThat(ctx.now()).isEqualTo(free + 30 * MIN);
  }

  @Test
  void anUrgentCallDuringTheMealLeavesTheRestForAfterTheJob() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    fire(car, ctx, Kind.MEAL_DUE); // 02:00, free: eats at once
    car.receive(
        new ToCar.Assign(9, scene(m, 5, 6.5), Priority.URGENT), ctx.at(2 * HOUR + 12 * MIN));
    fire(car, ctx, Kind.ARRIVED);
    car.receive(new ToCar.WorkOnScene(9, 5 * MIN), ctx);
    fire(car, ctx, Kind.SCENE_DONE);
    long free = ctx.now();
    fire(car, ctx, Kind.BREAK_OVER);
    assertThat(ctx.now() - free).isEqualTo(18 * MIN);
  }

  @Test
  void theNextCrewDoesNotInheritAMealItsPredecessorCouldNotTake() {
    CityModel m = model();
    PatrolCar car = new PatrolCar(m.cars().get(0), m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(CAR), 1);
    car.start(ctx);
    car.receive(new ToCar.Assign(7, scene(m, 5, 6.5), Priority.LOW), ctx.at(HOUR + 55 * MIN));
    fire(car, ctx, Kind.ARRIVED);
    car.receive(new ToCar.WorkOnScene(7, 7 * HOUR), ctx); // busy past the end of the shift
    fire(car, ctx, Kind.MEAL_DUE);
    int before = ctx.emitted().size();
    int planned = ctx.scheduled().size();
    car.receive(new ToCar.CarTimer(Kind.SHIFT_CHANGE, 0), ctx.at(8 * HOUR));
    assertThat(ctx.emitted().subList(before, ctx.emitted().size()))
        .containsExactly(new DispatchEvent.MealMissed(8 * HOUR, CAR));
    assertThat(ctx.scheduled().subList(planned, ctx.scheduled().size()))
        .extracting(TestContext.Out::dueMs)
        .containsExactlyInAnyOrder(
            16 * HOUR, 10 * HOUR); // the next change, and the new crew's own meal
    fire(car, ctx, Kind.SCENE_DONE);
    List<Object> after =
        ctx.emitted().subList(before + 1, ctx.emitted().size()).stream()
            .filter(DispatchEvent.class::isInstance)
            .filter(e -> !(e instanceof DispatchEvent.CarPath))
            .toList();
    // the hand-over, and no meal of the last crew
    assertThat(after)
        .containsExactly(new DispatchEvent.UnitChanged(ctx.now(), CAR, UnitState.HANDOVER));
  }
}
