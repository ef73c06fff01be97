// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calls;

import java.util.random.RandomGenerator;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.replay.LeftOut;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Seeds;

/**
 * Makes the calls: draws them from the non-homogeneous Poisson process (time, type, place on the
 * road network, and the incident's fate, from this entity's own random stream, so two plans see the
 * same calls), or replays a CSV of past incidents; in a drill it also makes the calls the trainer
 * injects, and ends the run when the trainer ends the drill; it makes the repeat calls the command
 * centre asks for (an incident not settled on the street, {@link ToSource.RepeatCall}). Each call
 * goes to the command centre the moment it happens; none arrives at or after the call horizon
 * ({@code days}).
 */
public final class IncidentSource implements Entity<Msg> {
  private final CityModel model;
  private long nextId = 1;

  /**
   * The seed of the repeat calls' fate streams: the first draw of this entity's stream (so, of the
   * run).
   */
  private long repeatSeed;

  public IncidentSource(CityModel model) {
    this.model = model;
  }

  @Override
  public void start(Context<Msg> ctx) {
    repeatSeed = ctx.random().nextLong();
    if (model.replay() != null) {
      var left = model.replayCalls();
      ctx.emit(
          new DispatchEvent.ReplayRowsLeftOut(
              0,
              left.skippedRows(),
              left.skippedLines().subList(0, Math.min(10, left.skippedRows())),
              left.rowsOutsideHorizon(),
              left.records(),
              left.calls().size(),
              leftOut(left.leftOut()),
              left.repeatedIds() == null ? null : left.repeatedIds().key(),
              left.mapping(),
              left.warnings()));
      for (IncidentCall call : model.replay()) {
        if (call.timeMs() < model.callHorizonMs()) {
          ctx.schedule(call.timeMs(), new ToSource.ReplayCall(call));
        }
      }
    } else {
      scheduleNext(ctx);
    }
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof ToSource.NextCall) {
      IncidentType type = model.mix().draw(ctx.random());
      NetworkPosition scene = model.places().draw(ctx.random());
      LatLon p = scene.point();
      IncidentCall call =
          new IncidentCall(nextId++, ctx.now(), p.lat(), p.lon(), type, type.priority());
      ctx.send(
          CityModel.COMMAND,
          new ToCommand.Call(call, scene, IncidentFate.draw(type, ctx.random())));
      scheduleNext(ctx);
    } else if (message instanceof ToSource.InjectedCall i) {
      injected(i, ctx);
    } else if (message instanceof ToSource.RepeatCall r) {
      repeat(r, ctx);
    } else if (message instanceof ToSource.EndDrill) {
      ctx.stop();
    } else if (message instanceof ToSource.ReplayCall r) {
      NetworkPosition scene =
          model.network().snap(new LatLon(r.call().lat(), r.call().lon())).orElseThrow();
      // numbered when made (the file's order when no repeat call comes between), so ids rise in
      // call order
      IncidentCall c = r.call();
      IncidentCall call =
          new IncidentCall(
              nextId++, c.timeMs(), c.lat(), c.lon(), c.type(), c.priority(), 0, c.source());
      ctx.send(
          CityModel.COMMAND,
          new ToCommand.Call(call, scene, IncidentFate.draw(call.type(), ctx.random())));
    } else {
      throw new IllegalArgumentException("the incident source cannot handle " + message);
    }
  }

  /** The counts by reason keyed as summary.json writes them, in the reasons' order. */
  private static java.util.Map<String, Integer> leftOut(java.util.Map<LeftOut, Integer> byReason) {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    byReason.forEach((reason, count) -> out.put(reason.key(), count));
    return out;
  }

  /**
   * An injected call is a call like any other; one due after the call period is no call and is
   * dropped.
   */
  private void injected(ToSource.InjectedCall i, Context<Msg> ctx) {
    if (ctx.now() >= model.callHorizonMs()) {
      return;
    }
    NetworkPosition scene = model.network().snap(i.at()).orElseThrow();
    LatLon p = scene.point();
    IncidentCall call =
        new IncidentCall(nextId++, ctx.now(), p.lat(), p.lon(), i.type(), i.priority());
    ctx.emit(new LiveRecord.CallInjected(ctx.now(), call.id(), i.injection()));
    ctx.send(CityModel.COMMAND, new ToCommand.Call(call, scene, i.fate()));
  }

  /**
   * A repeat call is a call like any other, at the original's place; its fate comes from a stream
   * seeded by the run and the original incident, never from this entity's own stream, so that a
   * plan that makes more or fewer repeats sees the same generated calls. One due after the call
   * period is dropped.
   */
  private void repeat(ToSource.RepeatCall r, Context<Msg> ctx) {
    if (ctx.now() >= model.callHorizonMs()) {
      return;
    }
    LatLon p = r.scene().point();
    IncidentCall call =
        new IncidentCall(
            nextId++, ctx.now(), p.lat(), p.lon(), r.type(), r.type().priority(), r.repeatOf());
    RandomGenerator draws = Seeds.streamFor(repeatSeed, EntityId.of("repeat-of-" + r.repeatOf()));
    ctx.send(
        CityModel.COMMAND, new ToCommand.Call(call, r.scene(), IncidentFate.draw(r.type(), draws)));
  }

  private void scheduleNext(Context<Msg> ctx) {
    long next = model.arrivals().next(ctx.now(), ctx.random());
    if (next < model.callHorizonMs()) {
      ctx.schedule(next - ctx.now(), new ToSource.NextCall());
    }
  }
}
