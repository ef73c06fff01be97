// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.station;

import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToStation;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/**
 * A police station with its duty teams. The command centre calls out a particular free team; the
 * team turns out (gets ready and leaves the building), drives to the scene, works there once every
 * needed unit has arrived, drives back and is free again at the station, which it then reports.
 */
public final class PoliceStation implements Entity<Msg> {
  private final StationSite site;
  private final CityModel model;
  private final Team[] teams;

  /** One duty team's job, while it has one. */
  private static final class Team {
    final TeamId id;
    long incident;
    NetworkPosition scene;
    UnitState state = UnitState.FREE;

    Team(TeamId id) {
      this.id = id;
    }
  }

  public PoliceStation(StationSite site, CityModel model) {
    this.site = site;
    this.model = model;
    this.teams = site.teamIds().stream().map(Team::new).toArray(Team[]::new);
  }

  @Override
  public void start(Context<Msg> ctx) {
    for (Team t : teams) {
      ctx.emit(new DispatchEvent.UnitChanged(0, t.id, UnitState.FREE));
    }
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof ToStation.CallOut c) {
      callOut(c, ctx);
    } else if (message instanceof ToStation.TeamWork w) {
      Team t = team(w.team());
      require(
          t.state == UnitState.ON_SCENE && t.incident == w.incident(),
          t,
          "work at incident " + w.incident());
      ctx.schedule(w.durationMs(), new ToStation.TeamTimer(t.id, ToStation.Kind.SCENE_DONE));
    } else if (message instanceof ToStation.TeamTimer timer) {
      timer(team(timer.team()), timer.kind(), ctx);
    } else {
      throw new IllegalArgumentException("a station cannot handle " + message);
    }
  }

  private void callOut(ToStation.CallOut c, Context<Msg> ctx) {
    Team t = team(c.team());
    require(t.state == UnitState.FREE, t, "a call-out to incident " + c.incident());
    t.incident = c.incident();
    t.scene = c.scene();
    change(t, UnitState.TURNOUT, ctx);
    ctx.schedule(c.turnoutMs(), new ToStation.TeamTimer(t.id, ToStation.Kind.TURNED_OUT));
  }

  private void timer(Team t, ToStation.Kind kind, Context<Msg> ctx) {
    switch (kind) {
      case TURNED_OUT -> {
        ctx.emit(new DispatchEvent.EnRoute(ctx.now(), t.incident, t.id));
        drive(t, site.position(), t.scene, UnitState.RESPONDING, ToStation.Kind.ARRIVED, ctx);
      }
      case ARRIVED -> {
        change(t, UnitState.ON_SCENE, ctx);
        ctx.send(CityModel.COMMAND, new ToCommand.UnitArrived(t.id, t.incident));
      }
      case SCENE_DONE -> {
        ctx.send(CityModel.COMMAND, new ToCommand.UnitDone(t.id, t.incident));
        t.incident = 0;
        drive(
            t, t.scene, site.position(), UnitState.RETURNING, ToStation.Kind.BACK_AT_STATION, ctx);
      }
      case BACK_AT_STATION -> {
        t.scene = null;
        change(t, UnitState.FREE, ctx);
        ctx.send(CityModel.COMMAND, new ToCommand.TeamFree(t.id));
      }
    }
  }

  private void drive(
      Team t,
      NetworkPosition from,
      NetworkPosition to,
      UnitState state,
      ToStation.Kind onArrival,
      Context<Msg> ctx) {
    Route r = model.travelTimes().route(from, to, model.response().teamDrive(ctx.now()));
    if (!r.reachable()) {
      throw new IllegalStateException(
          t.id + " cannot drive from " + from.point() + " to " + to.point());
    }
    change(t, state, ctx);
    ctx.schedule(
        Math.max(1, (long) Math.ceil(r.seconds() * 1000)),
        new ToStation.TeamTimer(t.id, onArrival));
  }

  private Team team(TeamId id) {
    if (!id.station().equals(site.id()) || id.number() > teams.length) {
      throw new IllegalArgumentException("station " + site.id() + " has no team " + id);
    }
    return teams[id.number() - 1];
  }

  private static void require(boolean ok, Team t, String what) {
    if (!ok) {
      throw new IllegalStateException(t.id + " is " + t.state + " and cannot take " + what);
    }
  }

  private void change(Team t, UnitState state, Context<Msg> ctx) {
    t.state = state;
    ctx.emit(new DispatchEvent.UnitChanged(ctx.now(), t.id, state));
  }
}
