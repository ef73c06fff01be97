// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.Beat;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.Msg;
import org.patrolsim.dispatch.model.Msg.CarTimerKind;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;

/**
 * A patrol car working 24 hours in shifts. When free it roams its beat (a weighted walk between beat
 * points) or holds its post; the command centre sends it to incidents. It reports every change of state,
 * with the route it is driving and when it left, so the command centre can interpolate its position; no
 * per-second events. A meal break or hand-over due while busy is taken as soon as the car is free; a
 * dispatch during one ends it and it is taken again afterwards.
 */
public final class PatrolCar implements Entity<Msg> {
  private static final EntityId COMMAND = EntityId.of(CityModel.COMMAND);
  private static final long IDLE_DWELL_MS = 10 * 60_000L;

  private final String id;
  private final CityModel model;
  private final Beat beat;
  private final ShiftPlan shifts;
  private final boolean roams;
  private final long dwellMs;
  private final Map<Long, Route> legs = new HashMap<>();

  private UnitState state = UnitState.FREE;
  private long plan;
  private Route route;
  private long departedMs;
  private NetworkPosition at;
  private int waypoint = -1;
  private long incident;
  private boolean mealPending;
  private boolean handoverPending;

  public PatrolCar(int index, CityModel model) {
    this.id = CityModel.carId(index);
    this.model = model;
    this.beat = model.beats().get(index);
    this.shifts = ShiftPlan.of(model.scenario().fleet(), index);
    this.dwellMs = Math.round(model.scenario().fleet().dwellMinutes() * 60_000);
    this.roams = model.scenario().fleet().patrol().equals("roam") && beat.waypoints().size() > 1;
  }

  @Override
  public void start(Context<Msg> ctx) {
    at = beat.waypoints().get(0);
    waypoint = 0;
    ctx.schedule(shifts.nextChangeAfter(0), new Msg.CarTimer(CarTimerKind.SHIFT_CHANGE, 0));
    scheduleMeal(ctx);
    patrol(ctx);
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof Msg.Assign a) {
      assign(a, ctx);
    } else if (message instanceof Msg.WorkOnScene w) {
      if (w.incident() == incident && state == UnitState.ON_SCENE) {
        ctx.schedule(w.durationMs(), new Msg.CarTimer(CarTimerKind.SCENE_DONE, plan));
      }
    } else if (message instanceof Msg.CarTimer t) {
      timer(t, ctx);
    }
  }

  private void timer(Msg.CarTimer t, Context<Msg> ctx) {
    switch (t.kind()) {
      case SHIFT_CHANGE -> {
        ctx.schedule(shifts.shiftMs(), new Msg.CarTimer(CarTimerKind.SHIFT_CHANGE, 0));
        scheduleMeal(ctx);
        handoverPending = shifts.handoverGapMs() > 0;
        if (available()) {
          nextDuty(ctx);
        }
      }
      case MEAL_DUE -> {
        mealPending = shifts.mealMs() > 0;
        if (available()) {
          nextDuty(ctx);
        }
      }
      default -> {
        if (t.plan() == plan) {
          planTimer(t.kind(), ctx);
        }
      }
    }
  }

  private void planTimer(CarTimerKind kind, Context<Msg> ctx) {
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
        ctx.send(COMMAND, new Msg.UnitArrived(id, incident));
      }
      case SCENE_DONE -> {
        long done = incident;
        incident = 0;
        ctx.send(COMMAND, new Msg.UnitDone(id, done));
        nextDuty(ctx);
      }
      case BREAK_OVER -> nextDuty(ctx);
      default -> throw new IllegalStateException("unexpected timer " + kind);
    }
  }

  private boolean available() {
    return state == UnitState.FREE;
  }

  /** Free again: a pending hand-over first, then a pending meal, else patrol. */
  private void nextDuty(Context<Msg> ctx) {
    plan++;
    at = position(ctx.now());
    route = null;
    if (handoverPending) {
      handoverPending = false;
      pause(UnitState.HANDOVER, shifts.handoverGapMs(), ctx);
    } else if (mealPending) {
      mealPending = false;
      pause(UnitState.MEAL_BREAK, shifts.mealMs(), ctx);
    } else {
      patrol(ctx);
    }
  }

  private void pause(UnitState why, long ms, Context<Msg> ctx) {
    change(why, ctx);
    ctx.schedule(ms, new Msg.CarTimer(CarTimerKind.BREAK_OVER, plan));
  }

  private void scheduleMeal(Context<Msg> ctx) {
    long due = shifts.mealDueInShiftAt(ctx.now());
    if (due >= ctx.now() && shifts.mealMs() > 0) {
      ctx.schedule(due - ctx.now(), new Msg.CarTimer(CarTimerKind.MEAL_DUE, 0));
    }
  }

  /** Drive the next leg of the beat walk, or stand at the post. */
  private void patrol(Context<Msg> ctx) {
    plan++;
    if (!roams) {
      NetworkPosition post = beat.waypoints().get(0);
      if (waypoint != 0) {
        Route toPost = model.travelTimes().route(at, post, model.patrol(ctx.now()));
        if (toPost.reachable()) {
          drive(toPost, UnitState.FREE, CarTimerKind.LEG_DONE, ctx);
          waypoint = 0;
          return;
        }
      }
      route = null;
      change(UnitState.FREE, ctx);
      return;
    }
    int next = pickWaypoint(ctx.random());
    Route leg = waypoint >= 0 ? cachedLeg(waypoint, next, ctx.now())
        : model.travelTimes().route(at, beat.waypoints().get(next), model.patrol(ctx.now()));
    waypoint = next;
    if (!leg.reachable() || leg.seconds() <= 0) {
      route = null;
      change(UnitState.FREE, ctx);
      ctx.schedule(IDLE_DWELL_MS, new Msg.CarTimer(CarTimerKind.LEG_DONE, plan));
      return;
    }
    patrolLeg(leg, ctx);
  }

  /**
   * A patrol leg ends after the drive plus a stop at the beat point (visible presence). The command
   * centre learns of the arrival without a message: an interpolated position past the end of a route
   * is its end.
   */
  private void patrolLeg(Route leg, Context<Msg> ctx) {
    route = leg;
    departedMs = ctx.now();
    change(UnitState.FREE, ctx);
    ctx.schedule(Math.max(1, (long) Math.ceil(leg.seconds() * 1000) + dwellMs),
        new Msg.CarTimer(CarTimerKind.LEG_DONE, plan));
  }

  private Route cachedLeg(int from, int to, long nowMs) {
    return legs.computeIfAbsent((long) from * 1024 + to, k ->
        model.travelTimes().route(beat.waypoints().get(from), beat.waypoints().get(to), model.patrol(nowMs)));
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

  private void assign(Msg.Assign a, Context<Msg> ctx) {
    if (state == UnitState.MEAL_BREAK) {
      mealPending = true;
    } else if (state == UnitState.HANDOVER) {
      handoverPending = true;
    }
    plan++;
    NetworkPosition from = position(ctx.now());
    incident = a.incident();
    waypoint = -1;
    Route toScene = model.travelTimes().route(from, a.scene(), model.response(ctx.now()));
    if (!toScene.reachable()) {
      throw new IllegalStateException(id + " was sent to incident " + a.incident() + " it cannot reach");
    }
    drive(toScene, UnitState.RESPONDING, CarTimerKind.ARRIVED, ctx);
  }

  private void drive(Route r, UnitState why, CarTimerKind onArrival, Context<Msg> ctx) {
    route = r;
    departedMs = ctx.now();
    change(why, ctx);
    ctx.schedule(Math.max(1, (long) Math.ceil(r.seconds() * 1000)), new Msg.CarTimer(onArrival, plan));
  }

  /** Records the new state and tells the command centre, with the route being driven. */
  private void change(UnitState newState, Context<Msg> ctx) {
    if (newState != state || ctx.now() == 0) {
      ctx.emit(new DispatchEvent.UnitChanged(ctx.now(), id, true, newState));
    }
    state = newState;
    ctx.send(COMMAND, new Msg.CarStatus(id, state, route, departedMs, route == null ? at : null, incident));
  }

  private NetworkPosition position(long nowMs) {
    return route == null ? at : route.positionAt((nowMs - departedMs) / 1000.0);
  }
}
