// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.station;

import java.util.ArrayDeque;
import java.util.Deque;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.Msg;
import org.patrolsim.dispatch.model.Msg.StationTimerKind;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;

/**
 * A police station with its duty teams. A call-out sends the first free team from the station building
 * to the scene; after the work on scene it drives back and is free again on arrival. Call-outs that find
 * no free team wait here in arrival order. It tells the command centre its number of free teams whenever
 * that changes.
 */
public final class PoliceStation implements Entity<Msg> {
  private static final EntityId COMMAND = EntityId.of(CityModel.COMMAND);

  private final StationSite site;
  private final CityModel model;
  private final long[] teamIncident;
  private final boolean[] teamBusy;
  private final NetworkPosition[] scenes;
  private final Deque<Msg.CallOut> waiting = new ArrayDeque<>();

  public PoliceStation(StationSite site, CityModel model) {
    this.site = site;
    this.model = model;
    this.teamIncident = new long[site.teams()];
    this.teamBusy = new boolean[site.teams()];
    this.scenes = new NetworkPosition[site.teams()];
  }

  /** The name of duty team {@code team} (0-based) of station {@code stationId}. */
  public static String teamUnit(String stationId, int team) {
    return stationId + "/team-" + (team + 1);
  }

  @Override
  public void start(Context<Msg> ctx) {
    for (int t = 0; t < teamBusy.length; t++) {
      ctx.emit(new DispatchEvent.UnitChanged(0, teamUnit(site.id(), t), false, UnitState.FREE));
    }
    ctx.send(COMMAND, new Msg.StationStatus(site.id(), teamBusy.length));
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof Msg.CallOut c) {
      waiting.addLast(c);
      sendTeams(ctx);
    } else if (message instanceof Msg.TeamWork w) {
      int team = teamOf(w.unit());
      if (teamBusy[team] && teamIncident[team] == w.incident()) {
        changed(team, UnitState.ON_SCENE, ctx);
        ctx.schedule(w.durationMs(), new Msg.TeamTimer(team, StationTimerKind.SCENE_DONE));
      }
    } else if (message instanceof Msg.TeamTimer t) {
      timer(t, ctx);
    }
  }

  private void timer(Msg.TeamTimer t, Context<Msg> ctx) {
    int team = t.team();
    switch (t.kind()) {
      case ARRIVED -> ctx.send(COMMAND, new Msg.UnitArrived(teamUnit(site.id(), team), teamIncident[team]));
      case SCENE_DONE -> {
        ctx.send(COMMAND, new Msg.UnitDone(teamUnit(site.id(), team), teamIncident[team]));
        Route back = model.travelTimes().route(sceneOf(team), site.position(), model.response(ctx.now()));
        teamIncident[team] = 0;
        changed(team, UnitState.RETURNING, ctx);
        long ms = back.reachable() ? (long) Math.ceil(back.seconds() * 1000) : 0;
        ctx.schedule(Math.max(1, ms), new Msg.TeamTimer(team, StationTimerKind.BACK_AT_STATION));
      }
      case BACK_AT_STATION -> {
        teamBusy[team] = false;
        changed(team, UnitState.FREE, ctx);
        sendTeams(ctx);
        ctx.send(COMMAND, new Msg.StationStatus(site.id(), freeTeams()));
      }
      default -> throw new IllegalStateException("unexpected timer " + t.kind());
    }
  }

  private NetworkPosition sceneOf(int team) {
    return scenes[team] == null ? site.position() : scenes[team];
  }

  private void sendTeams(Context<Msg> ctx) {
    while (!waiting.isEmpty()) {
      int team = firstFree();
      if (team < 0) {
        return;
      }
      Msg.CallOut c = waiting.removeFirst();
      teamBusy[team] = true;
      teamIncident[team] = c.incident();
      scenes[team] = c.scene();
      Route out = model.travelTimes().route(site.position(), c.scene(), model.response(ctx.now()));
      changed(team, UnitState.RESPONDING, ctx);
      long ms = out.reachable() ? (long) Math.ceil(out.seconds() * 1000) : 0;
      ctx.schedule(Math.max(1, ms), new Msg.TeamTimer(team, StationTimerKind.ARRIVED));
    }
  }

  private int firstFree() {
    for (int t = 0; t < teamBusy.length; t++) {
      if (!teamBusy[t]) {
        return t;
      }
    }
    return -1;
  }

  private int freeTeams() {
    int n = 0;
    for (boolean busy : teamBusy) {
      n += busy ? 0 : 1;
    }
    return n;
  }

  private int teamOf(String unit) {
    return Integer.parseInt(unit.substring(unit.lastIndexOf('-') + 1)) - 1;
  }

  private void changed(int team, UnitState state, Context<Msg> ctx) {
    ctx.emit(new DispatchEvent.UnitChanged(ctx.now(), teamUnit(site.id(), team), false, state));
  }
}
