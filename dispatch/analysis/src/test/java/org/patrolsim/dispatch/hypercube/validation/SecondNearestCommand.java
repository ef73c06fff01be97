// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.patrolsim.dispatch.calls.IncidentSource;
import org.patrolsim.dispatch.command.CommandCentre;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.station.PoliceStation;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.vehicle.PatrolCar;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Simulation;

/**
 * A deliberately biased model for the tests: the real command centre, shown a picture in which the
 * nearest free car is busy whenever another car is free, so that it sends the second-nearest.
 * Nothing else changes (the cars, the stations, the calls, the invariants), so the full-model check
 * must catch it by the dispatch pattern alone.
 */
final class SecondNearestCommand implements Entity<Msg> {
  private final CityModel model;
  private final CommandCentre inner;
  private final Map<CarId, ToCommand.CarStatus> reported = new TreeMap<>();
  private final Map<CarId, Boolean> free = new TreeMap<>();
  private final Map<Long, ToCommand.Call> calls = new HashMap<>();

  SecondNearestCommand(CityModel model) {
    this.model = model;
    this.inner = new CommandCentre(model);
  }

  /** The full model with this command centre instead of the real one. */
  static Simulation<Msg> replication(CityModel model, long seed) {
    Simulation.Builder<Msg> b =
        Simulation.<Msg>builder()
            .seed(seed)
            .horizon(model.endCapMs())
            .entity(CityModel.SOURCE, () -> new IncidentSource(model))
            .entity(CityModel.COMMAND, () -> new SecondNearestCommand(model));
    for (CarPlan car : model.cars()) {
      b.entity(CityModel.entityOf(car.id()), () -> new PatrolCar(car, model));
    }
    for (StationSite st : model.stations()) {
      b.entity(CityModel.entityOf(st.id()), () -> new PoliceStation(st, model));
    }
    return b.build();
  }

  @Override
  public void start(Context<Msg> ctx) {
    inner.start(watched(ctx));
  }

  @Override
  public void finish(Context<Msg> ctx) {
    inner.finish(watched(ctx));
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    Context<Msg> watched = watched(ctx);
    if (message instanceof ToCommand.Call c) {
      calls.put(c.call().id(), c);
    } else if (message instanceof ToCommand.CarStatus st) {
      reported.put(st.car(), st);
      free.put(st.car(), st.state() == UnitState.FREE);
    }
    CarId hidden =
        message instanceof ToCommand.CallHandled h
            ? nearestOfSeveralFree(calls.get(h.incident()), ctx)
            : null;
    if (hidden != null) {
      ToCommand.CarStatus real = reported.get(hidden);
      inner.receive(
          new ToCommand.CarStatus(hidden, UnitState.RESPONDING, null, ctx.now(), real.at(), 0),
          watched);
      inner.receive(message, watched);
      inner.receive(real, watched);
    } else {
      inner.receive(message, watched);
    }
  }

  private CarId nearestOfSeveralFree(ToCommand.Call call, Context<Msg> ctx) {
    List<CarId> cars =
        free.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (cars.size() < 2) {
      return null;
    }
    List<NetworkPosition> at = new ArrayList<>();
    for (CarId car : cars) {
      ToCommand.CarStatus st = reported.get(car);
      at.add(
          st.route() == null
              ? st.at()
              : st.route().positionAt((ctx.now() - st.departedMs()) / 1000.0));
    }
    double[] s =
        model
            .travelTimes()
            .secondsTo(
                at, call.scene(), model.response().carResponse(call.call().priority(), ctx.now()));
    return java.util.stream.IntStream.range(0, cars.size())
        .boxed()
        .min(Comparator.comparingDouble((Integer i) -> s[i]).thenComparing(cars::get))
        .map(cars::get)
        .orElseThrow();
  }

  /**
   * The engine's context, noting the cars the inner command centre sends (they are no longer free).
   */
  private Context<Msg> watched(Context<Msg> ctx) {
    return new Context<>() {
      @Override
      public long now() {
        return ctx.now();
      }

      @Override
      public int delta() {
        return ctx.delta();
      }

      @Override
      public EntityId self() {
        return ctx.self();
      }

      @Override
      public RandomGenerator random() {
        return ctx.random();
      }

      @Override
      public void schedule(long delayMillis, Msg message) {
        ctx.schedule(delayMillis, message);
      }

      @Override
      public void send(EntityId to, Msg message) {
        ctx.send(to, message);
      }

      @Override
      public void send(EntityId to, long delayMillis, Msg message) {
        ctx.send(to, delayMillis, message);
      }

      @Override
      public void emit(Object record) {
        if (record instanceof DispatchEvent.Decided d
            && d.action() == Action.PATROL
            && d.unit() instanceof CarId car) {
          free.put(car, false);
        }
        ctx.emit(record);
      }

      @Override
      public void stop() {
        ctx.stop();
      }
    };
  }
}
