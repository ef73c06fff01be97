// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calls;

import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.Msg;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;

/**
 * Makes the calls: draws them from the non-homogeneous Poisson process (time, type, place on the road
 * network, from this entity's own random stream, so two plans see the same calls), or replays a CSV of
 * past incidents. Each call goes to the command centre the moment it happens.
 */
public final class IncidentSource implements Entity<Msg> {
  private static final EntityId COMMAND = EntityId.of(CityModel.COMMAND);

  private final CityModel model;
  private long nextId = 1;

  public IncidentSource(CityModel model) {
    this.model = model;
  }

  @Override
  public void start(Context<Msg> ctx) {
    if (model.replay() != null) {
      var left = model.replayCalls();
      ctx.emit(new DispatchEvent.ReplayRowsLeftOut(0, left.skippedRows(),
          left.skippedLines().subList(0, Math.min(10, left.skippedRows())), left.rowsOutsideHorizon()));
      for (IncidentCall call : model.replay()) {
        if (call.timeMs() < model.horizonMs()) {
          ctx.schedule(call.timeMs(), new Msg.ReplayCall(call));
        }
      }
    } else {
      ctx.schedule(model.arrivals().next(0, ctx.random()), new Msg.NextCall());
    }
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof Msg.NextCall) {
      IncidentType type = model.mix().draw(ctx.random());
      NetworkPosition scene = model.places().draw(ctx.random());
      LatLon p = scene.point();
      ctx.send(COMMAND, new Msg.Call(
          new IncidentCall(nextId++, ctx.now(), p.lat(), p.lon(), type, type.priority()), scene,
          IncidentFate.draw(type, ctx.random())));
      ctx.schedule(model.arrivals().next(ctx.now(), ctx.random()) - ctx.now(), new Msg.NextCall());
    } else if (message instanceof Msg.ReplayCall r) {
      NetworkPosition scene = model.network().snap(new LatLon(r.call().lat(), r.call().lon())).orElseThrow();
      ctx.send(COMMAND, new Msg.Call(r.call(), scene, IncidentFate.draw(r.call().type(), ctx.random())));
    }
  }
}
