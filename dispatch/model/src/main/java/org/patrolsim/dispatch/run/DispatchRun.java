// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.patrolsim.dispatch.calls.IncidentSource;
import org.patrolsim.dispatch.command.CommandCentre;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.station.PoliceStation;
import org.patrolsim.dispatch.vehicle.PatrolCar;
import org.patrolsim.sim.Simulation;

/**
 * One run of a scenario on the sim-core engine: the incident source, the command centre, one entity
 * per patrol car and per station, for the scenario's days and the drain after them (until every
 * call has been followed to its end, at most {@code drainCapHours}). Returns the report folded from
 * the emitted domain events as they come, whose invariants are checked on every run.
 */
public final class DispatchRun {
  private static final String DISPATCHER = "patrolsim.dispatch.entities";

  private DispatchRun() {}

  /** The engine's wiring of {@code model}, for runs and benchmarks. */
  public static Simulation<Msg> simulation(CityModel model) {
    return builder(model).build();
  }

  /**
   * One replication of {@code model} with engine seed {@code seed}: the same wiring, the plan as
   * built (beats, incident pools: those of the scenario's seed), new random streams for the
   * entities; on the engine's default dispatcher, so that sim-core's {@code Replications} runs it
   * on a lane of its own.
   */
  public static Simulation<Msg> replication(CityModel model, long seed) {
    return entities(model, Simulation.<Msg>builder().seed(seed)).build();
  }

  /**
   * The engine's wiring of {@code model} as a run has it (entities, seed, horizon, dispatcher), for
   * a caller that adds pacing, its own record sink or external events: the live drill.
   */
  public static Simulation.Builder<Msg> wiring(CityModel model) {
    return builder(model);
  }

  private static Simulation.Builder<Msg> builder(CityModel model) {
    return entities(
        model, Simulation.<Msg>builder().seed(model.scenario().seed()).dispatcher(DISPATCHER));
  }

  private static Simulation.Builder<Msg> entities(CityModel model, Simulation.Builder<Msg> b) {
    b.horizon(model.endCapMs())
        .entity(CityModel.SOURCE, () -> new IncidentSource(model))
        .entity(CityModel.COMMAND, () -> new CommandCentre(model));
    for (CarPlan car : model.cars()) {
      b.entity(CityModel.entityOf(car.id()), () -> new PatrolCar(car, model));
    }
    for (StationSite st : model.stations()) {
      b.entity(CityModel.entityOf(st.id()), () -> new PoliceStation(st, model));
    }
    return b;
  }

  /**
   * Replication {@code seed} of {@code model} for sim-core's lanes ({@code LanePool}, {@code
   * Replications}): the engine's default dispatcher, so that the lane takes it, and its domain
   * events handed to {@code events} in the engine's order. The model (beats, road-point pools) is
   * the plan's and stays as built from the scenario seed; the replication seed drives every draw of
   * the run.
   */
  public static Simulation<Msg> replication(
      CityModel model, long seed, Consumer<DispatchEvent> events) {
    return builder(model)
        .seed(seed)
        .dispatcher(Simulation.DEFAULT_DISPATCHER)
        .recordSink(
            r -> {
              if (r.payload() instanceof DispatchEvent e) {
                events.accept(e);
              }
            })
        .build();
  }

  /** An actor system whose entity dispatcher uses {@code threads} threads. */
  public static ActorSystem<Void> actorSystem(int threads) {
    Config config =
        ConfigFactory.parseString(
                DISPATCHER
                    + " { type = Dispatcher\n"
                    + " executor = fork-join-executor\n fork-join-executor { parallelism-min = "
                    + threads
                    + "\n parallelism-max = "
                    + threads
                    + "\n parallelism-factor = 1.0 }\n throughput = 64 }\n"
                    + "akka.loglevel = WARNING\nakka.stdout-loglevel = WARNING\n"
                    + "akka.actor.default-dispatcher.fork-join-executor.parallelism-max = "
                    + Math.max(2, threads))
            .withFallback(ConfigFactory.load());
    return ActorSystem.create(Behaviors.empty(), "patrolsim", config);
  }

  /** Runs the model on {@code system} and folds its events into the report. */
  public static RunReport run(CityModel model, ActorSystem<?> system) {
    return run(model, system, t -> {}, RunFold.of());
  }

  /**
   * Runs the model, folding its events into {@code fold} as they come and telling {@code
   * simulatedMs} the simulated time of each record (for a progress bar; called on the engine's
   * thread).
   */
  public static RunReport run(
      CityModel model, ActorSystem<?> system, LongConsumer simulatedMs, RunFold fold) {
    return run(model, system, simulatedMs, fold, b -> {});
  }

  /**
   * Runs the model, handing its events to {@code fold} as they are emitted (in the engine's order;
   * the fold's observers write the run's files as it goes) and returns the fold's report; {@code
   * external} adds events to the wiring first (a drill's injections and its end, replayed where the
   * drill's engine placed them). The fold runs on a thread of its own ({@link FoldThread}), so
   * writing the files does not hold the engine up. A fold that throws (a broken invariant, a file
   * that cannot be written) stops the run, and its exception is rethrown here.
   */
  public static RunReport run(
      CityModel model,
      ActorSystem<?> system,
      LongConsumer simulatedMs,
      RunFold fold,
      Consumer<Simulation.Builder<Msg>> external) {
    try (FoldThread folding = new FoldThread(fold)) {
      AtomicReference<RuntimeException> foldFailed = new AtomicReference<>();
      Simulation.Builder<Msg> wiring = builder(model);
      external.accept(wiring);
      Simulation<Msg> sim =
          wiring
              .recordSink(
                  r -> {
                    if (r.payload() instanceof DispatchEvent e) {
                      try {
                        folding.accept(e);
                      } catch (RuntimeException x) {
                        foldFailed.compareAndSet(null, x);
                        throw x;
                      }
                    }
                    simulatedMs.accept(r.time());
                  })
              .build();
      try {
        sim.run(system).toCompletableFuture().join();
      } catch (CompletionException e) {
        if (foldFailed.get() != null) {
          throw foldFailed.get();
        }
        throw e;
      }
      return folding.finish();
    }
  }

  /**
   * Runs on a private actor system with {@code threads} threads, folding the events into {@code
   * fold}.
   */
  public static RunReport run(
      CityModel model, int threads, LongConsumer simulatedMs, RunFold fold) {
    return run(model, threads, simulatedMs, fold, b -> {});
  }

  /**
   * Runs on a private actor system with {@code threads} threads, folding the events into {@code
   * fold}, with {@code external} events added (see {@link #run(CityModel, ActorSystem,
   * LongConsumer, RunFold, Consumer)}).
   */
  public static RunReport run(
      CityModel model,
      int threads,
      LongConsumer simulatedMs,
      RunFold fold,
      Consumer<Simulation.Builder<Msg>> external) {
    ActorSystem<Void> system = actorSystem(threads);
    try {
      return run(model, system, simulatedMs, fold, external);
    } finally {
      system.terminate();
    }
  }
}
