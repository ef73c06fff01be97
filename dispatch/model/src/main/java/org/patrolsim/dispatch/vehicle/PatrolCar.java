// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.Beat;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.PatrolRound;
import org.patrolsim.dispatch.model.ShiftPlan;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCar;
import org.patrolsim.dispatch.protocol.ToCar.Kind;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.scenario.BusyTime;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/**
 * A patrol car working 24 hours in shifts. When free it roams its beat (a weighted walk between
 * beat points) or holds its post; the command centre sends it to incidents. It reports every change
 * of state, with the route it is driving and when it left, so the command centre can interpolate
 * its position; no per-second events.
 *
 * <p>Crews: at each shift change the crew hands over (in the field, or at its home station after
 * driving there), taken as soon as the car is free if it is busy. Each crew takes its own meal
 * break at its planned time, or as soon as it is free after that; an urgent call may interrupt it,
 * and the rest is taken after the job. Nothing passes from one crew to the next: a meal the crew
 * could not finish before its shift ended is recorded as missed.
 *
 * <p>A part-day car ({@code fleet.extraShifts}) waits off duty at its home station until its hours
 * start, then patrols its beat from there; when its hours end it takes no more calls, finishes the
 * job it has and drives back to the station (still on duty, in the hand-over state), where it goes
 * off duty. Off duty it is never sent.
 *
 * <p>With {@code fleet.busyTime: exponential} (the hypercube-compatible busy time) a sent car stays
 * busy until it is back at its post (a roaming car: its beat's first point), and that whole time is
 * drawn at dispatch, exponential, from the car's own stream; the drive out, the time on scene and
 * the drive back fit inside it ({@link ExponentialBusyTime}), so the incident's own time on scene
 * is not used.
 *
 * <p>With {@code fleet.selfInitiated} the crew of a free car starts work of its own now and then
 * ({@link SelfInitiatedWork}): it stops where it is, is not dispatched until done, then takes what
 * is pending (a hand-over, a meal) or patrols again. With {@code response.carTurnoutSeconds} a sent
 * car stands committed where it is (turnout) before it moves off.
 */
public final class PatrolCar implements Entity<Msg> {
  private static final long IDLE_DWELL_MS = 10 * 60_000L;

  private final CarId id;
  private final CityModel model;
  private final CarPlan plan;
  private final Beat beat;
  private final ShiftPlan shifts;
  private final boolean roams;
  private final long dwellMs;

  /** Legs between beat points, by {@code from * waypoints + to}, found when first driven. */
  private final Route[] legs;

  /**
   * The round of a car patrolling hot spots or sweeping its streets ({@link PatrolRound}), or null
   * for roaming and a post.
   */
  private final PatrolRound round;

  /** The legs of the round: leg i from stop i to the next, found when first driven. */
  private final Route[] roundLegs;

  /** The stop of the round the car drives to (after an interruption: the one it was heading to). */
  private int heading;

  /**
   * The busy time of {@code fleet.busyTime: exponential}, or null for the drive and the time on
   * scene.
   */
  private final ExponentialBusyTime exponentialBusy;

  /** Whether the run measures presence ({@code report.presence}): the car then emits its paths. */
  private final boolean presence;

  private UnitState state = UnitState.FREE;
  private boolean reported;
  private long planNo;
  private Route route;
  private long departedMs;
  private NetworkPosition at;
  private int waypoint = -1;
  private long incident;
  private long crew;
  private boolean handoverPending;
  private long mealLeftMs;
  private long breakEndsMs;

  /** A part-day car's hours have ended: drive back to the station when free. */
  private boolean dutyOver;

  /** Driving back to the station to go off duty (not to hand over). */
  private boolean goingOffDuty;

  /**
   * With an exponential busy time: how the current job's busy time is spent, and the route back.
   */
  private ExponentialBusyTime.Split job;

  private Route wayBack;

  /** In its turnout: the order it moves off on. */
  private ToCar.Assign turningOut;

  /**
   * The crew's own work ({@code fleet.selfInitiated}), or null when none; its stream is made at
   * start.
   */
  private SelfInitiatedWork selfWork;

  /**
   * Counts the car's spells of being free: a self-initiated start is due only in the spell it was
   * drawn in.
   */
  private long freeSpell;

  public PatrolCar(CarPlan plan, CityModel model) {
    this.id = plan.id();
    this.model = model;
    this.plan = plan;
    this.beat = plan.beat();
    this.legs = new Route[beat.waypoints().size() * beat.waypoints().size()];
    this.shifts = plan.shifts();
    this.dwellMs = Math.round(model.scenario().fleet().dwellMinutes() * 60_000);
    this.presence = model.scenario().report().presence();
    this.roams = plan.round().strategy() == PatrolStrategy.ROAM && beat.waypoints().size() > 1;
    this.round = plan.round().isRound() ? plan.round() : null;
    this.roundLegs = round == null ? null : new Route[round.stops().size()];
    this.exponentialBusy =
        model.scenario().fleet().busyTime() == BusyTime.EXPONENTIAL
            ? new ExponentialBusyTime(model.scenario().fleet().busyMeanMinutes() * 60_000)
            : null;
  }

  @Override
  public void start(Context<Msg> ctx) {
    Scenario.SelfInitiated own = model.scenario().fleet().selfInitiated();
    if (own != null) {
      // the car's self-initiated stream, seeded from its own stream (run seed and car id): one draw
      selfWork =
          new SelfInitiatedWork(
              own.perCarHour(),
              own.minutes().toTime(),
              new SplittableRandom(ctx.random().nextLong()));
    }
    if (shifts.partDay()) {
      startPartDay(ctx);
      return;
    }
    at = beat.waypoints().get(0);
    waypoint = round == null ? 0 : -1;
    crew = shifts.crewAt(0);
    ctx.schedule(shifts.nextChangeAfter(0), new ToCar.CarTimer(Kind.SHIFT_CHANGE, 0));
    scheduleMeal(ctx);
    patrol(ctx);
  }

  /**
   * A part-day car: on duty at the run's start (its hours run over midnight) on its beat, or at the
   * station.
   */
  private void startPartDay(Context<Msg> ctx) {
    crew = shifts.crewAt(0);
    ctx.schedule(shifts.nextChangeAfter(0), new ToCar.CarTimer(Kind.SHIFT_CHANGE, 0));
    if (!shifts.onDutyAt(0)) {
      at = plan.home().position();
      offDuty(ctx);
      return;
    }
    at = beat.waypoints().get(0);
    waypoint = round == null ? 0 : -1;
    ctx.schedule(shifts.dutyEndAt(0), new ToCar.CarTimer(Kind.DUTY_END, crew));
    scheduleMeal(ctx);
    patrol(ctx);
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof ToCar.Assign a) {
      assign(a, ctx);
    } else if (message instanceof ToCar.WorkOnScene w) {
      if (w.incident() == incident && state == UnitState.ON_SCENE) {
        long work = job != null ? job.sceneMs() : w.durationMs();
        ctx.schedule(work, new ToCar.CarTimer(Kind.SCENE_DONE, planNo));
      }
    } else if (message instanceof ToCar.CarTimer t) {
      timer(t, ctx);
    } else {
      throw new IllegalArgumentException(id + " cannot handle " + message);
    }
  }

  private void timer(ToCar.CarTimer t, Context<Msg> ctx) {
    switch (t.kind()) {
      case SHIFT_CHANGE -> shiftChange(ctx);
      case DUTY_END -> {
        if (t.tag() == crew) {
          endDuty(ctx);
        }
      }
      case SELF_START -> {
        if (t.tag() == freeSpell && state == UnitState.FREE) {
          planNo++;
          at = position(ctx.now());
          waypoint = -1;
          pause(UnitState.SELF_INITIATED, selfWork.durationMs(), ctx);
        }
      }
      case MEAL_DUE -> {
        if (t.tag() == crew) {
          mealLeftMs = shifts.mealMs();
          if (state == UnitState.FREE) {
            nextDuty(ctx);
          }
        }
      }
      default -> {
        if (t.tag() == planNo) {
          planTimer(t.kind(), ctx);
        }
      }
    }
  }

  /**
   * A new crew takes over: the old crew's meal is gone, the hand-over is due, the new crew's meal
   * planned.
   */
  private void shiftChange(Context<Msg> ctx) {
    crew = shifts.crewAt(ctx.now());
    ctx.schedule(shifts.shiftMs(), new ToCar.CarTimer(Kind.SHIFT_CHANGE, 0));
    if (mealLeftMs > 0) {
      ctx.emit(new DispatchEvent.MealMissed(ctx.now(), id));
      mealLeftMs = 0;
    }
    scheduleMeal(ctx);
    if (shifts.partDay()) {
      startDuty(ctx);
      return;
    }
    handoverPending = shifts.handoverGapMs() > 0;
    if (state == UnitState.FREE || state == UnitState.MEAL_BREAK) {
      nextDuty(ctx);
    }
  }

  /**
   * A part-day crew's hours start: it leaves the station for its beat (free, so it can be sent at
   * once).
   */
  private void startDuty(Context<Msg> ctx) {
    ctx.schedule(shifts.dutyMs(), new ToCar.CarTimer(Kind.DUTY_END, crew));
    dutyOver = false;
    if (state == UnitState.OFF_DUTY) {
      waypoint = -1;
      patrol(ctx);
    } else if (goingOffDuty) {
      goingOffDuty = false;
      nextDuty(ctx);
    }
  }

  /** A part-day crew's hours end: its meal is gone if not taken; back to the station when free. */
  private void endDuty(Context<Msg> ctx) {
    dutyOver = true;
    if (mealLeftMs > 0) {
      ctx.emit(new DispatchEvent.MealMissed(ctx.now(), id));
      mealLeftMs = 0;
    }
    if (state == UnitState.FREE || state == UnitState.MEAL_BREAK) {
      nextDuty(ctx);
    }
  }

  /** At the home station with no crew on duty until the next start. */
  private void offDuty(Context<Msg> ctx) {
    planNo++;
    route = null;
    waypoint = -1;
    change(UnitState.OFF_DUTY, ctx);
  }

  private void planTimer(Kind kind, Context<Msg> ctx) {
    switch (kind) {
      case LEG_DONE -> {
        at = route != null && route.reachable() ? route.to() : position(ctx.now());
        route = null;
        patrol(ctx);
      }
      case ARRIVED -> {
        at = route.to();
        route = null;
        change(UnitState.ON_SCENE, ctx);
        ctx.send(CityModel.COMMAND, new ToCommand.UnitArrived(id, incident));
      }
      case SCENE_DONE -> {
        long done = incident;
        incident = 0;
        ctx.send(CityModel.COMMAND, new ToCommand.UnitDone(id, done));
        if (job != null) {
          driveBackToPost(ctx);
        } else {
          nextDuty(ctx);
        }
      }
      case TURNED_OUT -> {
        ToCar.Assign a = turningOut;
        turningOut = null;
        moveOff(a, position(ctx.now()), ctx);
      }
      case BACK_AT_POST -> {
        at = beat.waypoints().get(0);
        route = null;
        waypoint = round == null ? 0 : -1;
        nextDuty(ctx);
      }
      case AT_STATION -> {
        at = route.to();
        route = null;
        if (goingOffDuty) {
          goingOffDuty = false;
          offDuty(ctx);
        } else {
          pause(UnitState.HANDOVER, shifts.handoverGapMs(), ctx);
        }
      }
      case BREAK_OVER -> {
        if (state == UnitState.MEAL_BREAK) {
          mealLeftMs = 0;
        }
        nextDuty(ctx);
      }
      default -> throw new IllegalStateException(id + ": unexpected timer " + kind);
    }
  }

  /**
   * Free again: the end of a part-day duty first, then a pending hand-over, then a pending meal,
   * else patrol.
   */
  private void nextDuty(Context<Msg> ctx) {
    planNo++;
    at = position(ctx.now());
    route = null;
    if (dutyOver) {
      dutyOver = false;
      driveOffDuty(ctx);
    } else if (handoverPending) {
      handoverPending = false;
      handOver(ctx);
    } else if (mealLeftMs > 0) {
      breakEndsMs = ctx.now() + mealLeftMs;
      pause(UnitState.MEAL_BREAK, mealLeftMs, ctx);
    } else {
      patrol(ctx);
    }
  }

  /** In the field: stop where the car is. At the station: drive there first. */
  private void handOver(Context<Msg> ctx) {
    if (shifts.handoverAtStation()) {
      Route toStation =
          model
              .travelTimes()
              .route(
                  at,
                  plan.home().position(),
                  model.response().carResponse(Priority.NORMAL, ctx.now()));
      if (toStation.reachable() && toStation.seconds() > 0) {
        waypoint = -1;
        drive(toStation, UnitState.HANDOVER, Kind.AT_STATION, ctx);
        return;
      }
    }
    pause(UnitState.HANDOVER, shifts.handoverGapMs(), ctx);
  }

  /** The end of a part-day duty: drive back to the home station, then off duty there. */
  private void driveOffDuty(Context<Msg> ctx) {
    Route toStation =
        model
            .travelTimes()
            .route(
                at,
                plan.home().position(),
                model.response().carResponse(Priority.NORMAL, ctx.now()));
    if (toStation.reachable() && toStation.seconds() > 0) {
      waypoint = -1;
      goingOffDuty = true;
      drive(toStation, UnitState.HANDOVER, Kind.AT_STATION, ctx);
    } else {
      at = plan.home().position();
      offDuty(ctx);
    }
  }

  private void pause(UnitState why, long ms, Context<Msg> ctx) {
    route = null;
    change(why, ctx);
    ctx.schedule(ms, new ToCar.CarTimer(Kind.BREAK_OVER, planNo));
  }

  private void scheduleMeal(Context<Msg> ctx) {
    long due = shifts.mealDueInShiftAt(ctx.now());
    if (shifts.mealMs() > 0 && due >= ctx.now()) {
      ctx.schedule(due - ctx.now(), new ToCar.CarTimer(Kind.MEAL_DUE, crew));
    }
  }

  /** Drive the next leg of the beat walk, or stand at the post. */
  private void patrol(Context<Msg> ctx) {
    planNo++;
    if (round != null) {
      nextStop(ctx);
      return;
    }
    if (!roams) {
      holdPost(ctx);
      return;
    }
    int next = pickWaypoint(ctx.random());
    Route leg =
        waypoint >= 0
            ? cachedLeg(waypoint, next).scaled(model.response().congestionAt(ctx.now()))
            : model
                .travelTimes()
                .route(at, beat.waypoints().get(next), model.response().patrol(ctx.now()));
    waypoint = next;
    if (!leg.reachable() || leg.seconds() <= 0) {
      route = null;
      change(UnitState.FREE, ctx);
      ctx.schedule(IDLE_DWELL_MS, new ToCar.CarTimer(Kind.LEG_DONE, planNo));
      return;
    }
    route = leg;
    departedMs = ctx.now();
    change(UnitState.FREE, ctx);
    // the leg ends after the drive plus a stop at the beat point (visible presence); the command
    // centre
    // learns of the arrival without a message: a position interpolated past the end of a route is
    // its end
    ctx.schedule(
        Math.max(1, (long) Math.ceil(leg.seconds() * 1000) + dwellMs),
        new ToCar.CarTimer(Kind.LEG_DONE, planNo));
  }

  /**
   * Drive to the round's next stop: from the stop the car is at, the next in turn; from elsewhere
   * (back from a call), the stop it was heading to. The leg ends after the drive plus the stop.
   */
  private void nextStop(Context<Msg> ctx) {
    int n = round.stops().size();
    Route leg;
    if (waypoint >= 0) {
      heading = (waypoint + 1) % n;
      leg = cachedRoundLeg(waypoint).scaled(model.response().congestionAt(ctx.now()));
    } else {
      leg =
          model
              .travelTimes()
              .route(at, round.stops().get(heading), model.response().patrol(ctx.now()));
    }
    if (!leg.reachable()) {
      // try the next stop from here after a while
      waypoint = -1;
      heading = (heading + 1) % n;
      route = null;
      change(UnitState.FREE, ctx);
      ctx.schedule(IDLE_DWELL_MS, new ToCar.CarTimer(Kind.LEG_DONE, planNo));
      return;
    }
    waypoint = heading;
    if (leg.seconds() <= 0) {
      route = null;
      at = round.stops().get(heading);
      change(UnitState.FREE, ctx);
      ctx.schedule(Math.max(1, round.stopMs()), new ToCar.CarTimer(Kind.LEG_DONE, planNo));
      return;
    }
    route = leg;
    departedMs = ctx.now();
    change(UnitState.FREE, ctx);
    ctx.schedule(
        Math.max(1, (long) Math.ceil(leg.seconds() * 1000) + round.stopMs()),
        new ToCar.CarTimer(Kind.LEG_DONE, planNo));
  }

  /** Leg i of the round at patrol pace without congestion; scaled to the hour when driven. */
  private Route cachedRoundLeg(int from) {
    if (roundLegs[from] == null) {
      roundLegs[from] =
          model
              .travelTimes()
              .route(
                  round.stops().get(from),
                  round.stops().get((from + 1) % round.stops().size()),
                  TravelConditions.FREE_FLOW.withSpeedFactor(
                      model.scenario().fleet().patrolSpeedFactor()));
    }
    return roundLegs[from];
  }

  private void holdPost(Context<Msg> ctx) {
    NetworkPosition post = beat.waypoints().get(0);
    if (waypoint != 0) {
      Route toPost = model.travelTimes().route(at, post, model.response().patrol(ctx.now()));
      waypoint = 0;
      if (toPost.reachable() && toPost.seconds() > 0) {
        drive(toPost, UnitState.FREE, Kind.LEG_DONE, ctx);
        return;
      }
    }
    route = null;
    change(UnitState.FREE, ctx);
  }

  /**
   * A leg between two beat points at patrol pace without congestion; scaled to the hour when
   * driven.
   */
  private Route cachedLeg(int from, int to) {
    int slot = from * beat.waypoints().size() + to;
    if (legs[slot] == null) {
      legs[slot] =
          model
              .travelTimes()
              .route(
                  beat.waypoints().get(from),
                  beat.waypoints().get(to),
                  TravelConditions.FREE_FLOW.withSpeedFactor(
                      model.scenario().fleet().patrolSpeedFactor()));
    }
    return legs[slot];
  }

  private int pickWaypoint(RandomGenerator random) {
    double[] w = beat.weights();
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      total += i == waypoint ? 0 : w[i];
    }
    double pick = random.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      if (i == waypoint) {
        continue;
      }
      pick -= w[i];
      if (pick < 0) {
        return i;
      }
    }
    return waypoint == w.length - 1 ? 0 : w.length - 1;
  }

  /**
   * Sent to an incident: whatever the car was doing stops (a break is resumed or redone
   * afterwards).
   */
  private void assign(ToCar.Assign a, Context<Msg> ctx) {
    if (state == UnitState.OFF_DUTY || goingOffDuty) {
      throw new IllegalStateException(id + " was sent to incident " + a.incident() + " off duty");
    }
    if (state == UnitState.MEAL_BREAK) {
      mealLeftMs = Math.max(0, breakEndsMs - ctx.now());
    } else if (state == UnitState.HANDOVER) {
      handoverPending = true;
    }
    planNo++;
    NetworkPosition from = position(ctx.now());
    incident = a.incident();
    waypoint = -1;
    turningOut = null;
    if (a.turnoutMs() > 0 && exponentialBusy == null) {
      turnOut(a, from, ctx);
      return;
    }
    moveOff(a, from, ctx);
  }

  /** The turnout: committed to the incident where it is, not free, until it moves off. */
  private void turnOut(ToCar.Assign a, NetworkPosition from, Context<Msg> ctx) {
    at = from;
    route = null;
    turningOut = a;
    change(UnitState.TURNOUT, ctx);
    ctx.schedule(a.turnoutMs(), new ToCar.CarTimer(Kind.TURNED_OUT, planNo));
  }

  /** Moves off to the incident (en route), from {@code from}, at response speed. */
  private void moveOff(ToCar.Assign a, NetworkPosition from, Context<Msg> ctx) {
    ctx.emit(new DispatchEvent.EnRoute(ctx.now(), a.incident(), id));
    Route toScene =
        model
            .travelTimes()
            .route(from, a.scene(), model.response().carResponse(a.priority(), ctx.now()));
    if (!toScene.reachable()) {
      throw new IllegalStateException(
          id + " was sent to incident " + a.incident() + " it cannot reach");
    }
    if (exponentialBusy == null) {
      drive(toScene, UnitState.RESPONDING, Kind.ARRIVED, ctx);
      return;
    }
    Route back =
        model
            .travelTimes()
            .route(
                a.scene(),
                beat.waypoints().get(0),
                model.response().carResponse(Priority.NORMAL, ctx.now()));
    wayBack = back.reachable() ? back : null;
    job = exponentialBusy.draw(ctx.random(), toScene.seconds(), back.seconds());
    drive(toScene, UnitState.RESPONDING, Kind.ARRIVED, job.outMs(), ctx);
  }

  /** The end of an exponential busy time: drive back to the post, still busy, in the time left. */
  private void driveBackToPost(Context<Msg> ctx) {
    planNo++;
    long backMs = job.backMs();
    job = null;
    waypoint = -1;
    if (wayBack == null) {
      route = null;
      change(UnitState.RETURNING, ctx);
      ctx.schedule(backMs, new ToCar.CarTimer(Kind.BACK_AT_POST, planNo));
    } else {
      drive(wayBack, UnitState.RETURNING, Kind.BACK_AT_POST, backMs, ctx);
    }
  }

  private void drive(Route r, UnitState why, Kind onArrival, Context<Msg> ctx) {
    drive(r, why, onArrival, Math.max(1, (long) Math.ceil(r.seconds() * 1000)), ctx);
  }

  /**
   * Drives {@code r}, the timer firing after {@code ms} (an exponential busy time may shorten a
   * drive).
   */
  private void drive(Route r, UnitState why, Kind onArrival, long ms, Context<Msg> ctx) {
    route = r;
    departedMs = ctx.now();
    change(why, ctx);
    ctx.schedule(ms, new ToCar.CarTimer(onArrival, planNo));
  }

  /**
   * Records the new state and tells the command centre, with the route being driven (and the live
   * view).
   */
  private void change(UnitState newState, Context<Msg> ctx) {
    boolean wasFree = state == UnitState.FREE && reported;
    if (newState != state || !reported) {
      ctx.emit(new DispatchEvent.UnitChanged(ctx.now(), id, newState));
      reported = true;
    }
    state = newState;
    if (selfWork != null && wasFree != (newState == UnitState.FREE)) {
      freeSpell++;
      if (newState == UnitState.FREE) {
        ctx.schedule(selfWork.nextStartInMs(), new ToCar.CarTimer(Kind.SELF_START, freeSpell));
      }
    }
    ctx.send(
        CityModel.COMMAND,
        new ToCommand.CarStatus(id, state, route, departedMs, route == null ? at : null, incident));
    if (presence) {
      ctx.emit(
          new DispatchEvent.CarPath(
              ctx.now(),
              id,
              state == UnitState.FREE,
              route,
              departedMs,
              route == null ? at : null));
    }
    ctx.emit(
        new LiveRecord.CarMoved(
            ctx.now(), id, state, route, departedMs, route == null ? at.point() : null, incident));
  }

  private NetworkPosition position(long nowMs) {
    return route == null ? at : route.positionAt((nowMs - departedMs) / 1000.0);
  }
}
