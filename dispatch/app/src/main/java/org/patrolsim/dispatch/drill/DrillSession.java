// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import akka.actor.typed.ActorSystem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.sim.Pacing;
import org.patrolsim.sim.Placement;
import org.patrolsim.sim.RunStatus;
import org.patrolsim.sim.SimRecord;
import org.patrolsim.sim.Simulation;
import org.patrolsim.sim.SimulationResult;
import org.patrolsim.sim.SimulationRun;

/**
 * One live drill: the run of a plan paced at k x the wall clock, the trainer's controls on it
 * (pause, resume, speed, jump, end, inject an incident), its log and its live picture. Controls are
 * taken one at a time, in the order they come, on a thread of their own; each is checked first (a
 * bad one changes nothing), applied by the engine, then logged with the simulated time the engine
 * gave it. When the run ends (by itself or by the trainer) the report, folded from the events as
 * they came (into the run's files too, when the fold writes them), is handed to the settings'
 * {@code onEnd}.
 */
public final class DrillSession {
  private static final long ENGINE_TIMEOUT_SECONDS = 30;

  private final CityModel model;
  private final DrillSettings settings;
  private final LiveState live;
  private volatile DrillLog log;
  private final RunFold fold;
  private final ExecutorService control =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "patrolsim-drill-control");
            t.setDaemon(true);
            return t;
          });
  private final CompletableFuture<Map<String, Object>> finished = new CompletableFuture<>();
  private volatile SimulationRun<Msg> run;

  /** Written on the control thread only (controls and the end run there). */
  private volatile DrillState state = DrillState.RUNNING;

  private long injections;

  private DrillSession(CityModel model, DrillSettings settings, RunFold fold) {
    this.model = model;
    this.settings = settings;
    this.fold = fold;
    this.live = new LiveState(model);
  }

  /** A drill of {@code model}, ready to {@link #start}; nothing runs yet. */
  public static DrillSession create(CityModel model, DrillSettings settings) {
    return create(model, settings, RunFold.of());
  }

  /**
   * A drill of {@code model} whose events go into {@code fold} as they come (on the engine's
   * thread; a fold whose observers write the run's files writes them as the drill goes).
   */
  public static DrillSession create(CityModel model, DrillSettings settings, RunFold fold) {
    return new DrillSession(model, settings, fold);
  }

  /**
   * Starts the drill on {@code system}: simulated time 0 is now, and it runs at the settings' pace.
   * The log is created (replacing an older one).
   */
  public void start(ActorSystem<?> system) {
    if (run != null) {
      throw new IllegalStateException("the drill has started already");
    }
    log = DrillLog.create(settings.log(), settings.header());
    Simulation<Msg> sim =
        DispatchRun.wiring(model)
            .dispatcher(Simulation.DEFAULT_DISPATCHER)
            .pacing(Pacing.paced(settings.speed(), settings.clock()))
            .recordSink(this::record)
            .build();
    log.control(0, "start", Map.of("speed", settings.speed()));
    run = sim.start(system);
    run.result().whenCompleteAsync(this::end, control);
  }

  private void record(SimRecord r) {
    if (r.payload() instanceof DispatchEvent e) {
      fold.accept(e);
    } else if (r.payload() instanceof LiveRecord.CallInjected c) {
      log.received(c.timeMs(), c.injection(), c.incident());
    }
    live.accept(r);
  }

  private void end(SimulationResult result, Throwable failure) {
    try {
      if (failure != null) {
        throw new IllegalStateException("the drill's run failed: " + failure.getMessage(), failure);
      }
      String endedBy =
          state == DrillState.ENDING
              ? "ended by the trainer"
              : result.endTime() >= model.endCapMs()
                  ? "the drain cap was reached"
                  : "every call followed to its end";
      state = state.runEnded();
      log.close();
      Map<String, Object> outcome = new LinkedHashMap<>();
      outcome.put("endedAtMs", result.endTime());
      outcome.put("endedAt", DayClock.of(result.endTime()));
      outcome.put("how", endedBy);
      outcome.putAll(settings.onEnd().apply(fold.finish()));
      outcome.put("log", log.file().toAbsolutePath().toString());
      live.ended(outcome);
      finished.complete(outcome);
    } catch (RuntimeException e) {
      state = state.fail();
      live.ended(Map.of("error", String.valueOf(e.getMessage())));
      finished.completeExceptionally(e);
    } finally {
      control.shutdown();
    }
  }

  public CityModel model() {
    return model;
  }

  public LiveState live() {
    return live;
  }

  /** The drill's log file. */
  public java.nio.file.Path logFile() {
    return settings.log();
  }

  /** Running, paused, ending (the end was asked for), ended or failed. */
  public DrillState state() {
    return state;
  }

  /** The engine's status (when it is idle); fails before the drill has started. */
  public CompletionStage<RunStatus> status() {
    SimulationRun<Msg> r = run;
    return r == null
        ? CompletableFuture.failedFuture(new IllegalStateException("the drill has not started"))
        : r.status();
  }

  /**
   * Completes when the drill has ended and its outputs are written, with what {@code onEnd}
   * answered.
   */
  public CompletionStage<Map<String, Object>> finished() {
    return finished;
  }

  /** Injects the trainer's incident now; answers its number and where the engine placed it. */
  public CompletionStage<Map<String, Object>> inject(IncidentOrder order) {
    return onControlThread(
        () -> {
          requireGoingOn();
          long callsUntil = model.callHorizonMs();
          if (live.lastRecordMs() >= callsUntil) {
            throw new DrillConflict(
                "the call period ended at "
                    + DayClock.of(callsUntil)
                    + ": no more calls can be injected");
          }
          long n = ++injections;
          Placement at = engine(run.inject(CityModel.SOURCE, order.toCall(model, n)));
          log.injection(at, n, order);
          if (at.time() >= callsUntil) {
            throw new DrillConflict(
                "the call period ended at "
                    + DayClock.of(callsUntil)
                    + ": no more calls can be injected");
          }
          Map<String, Object> answer = new LinkedHashMap<>();
          answer.put("n", n);
          answer.put("timeMs", at.time());
          answer.put("delta", at.delta());
          answer.put("time", DayClock.of(at.time()));
          answer.put("incident", order.toMap());
          return answer;
        });
  }

  public CompletionStage<RunStatus> pause() {
    return onControlThread(
        () -> {
          requireGoingOn();
          if (state == DrillState.PAUSED) {
            return engine(run.status());
          }
          RunStatus s = engine(run.pause());
          state = state.pause();
          log.control(s.simulatedNow(), "pause", Map.of());
          return s;
        });
  }

  public CompletionStage<RunStatus> resume() {
    return onControlThread(
        () -> {
          requireGoingOn();
          if (state != DrillState.PAUSED) {
            return engine(run.status());
          }
          RunStatus s = engine(run.resume());
          state = state.resume();
          log.control(s.simulatedNow(), "resume", Map.of());
          return s;
        });
  }

  public CompletionStage<RunStatus> speed(double speed) {
    DrillSettings.checkSpeed("speed", speed);
    return onControlThread(
        () -> {
          requireGoingOn();
          RunStatus s = engine(run.setSpeed(speed));
          log.control(s.simulatedNow(), "speed", Map.of("speed", speed));
          return s;
        });
  }

  /**
   * Jumps to simulated time {@code timeMs}: everything up to it runs at once, then the pace goes
   * on.
   */
  public CompletionStage<RunStatus> jump(long timeMs) {
    return onControlThread(
        () -> {
          requireGoingOn();
          long now = Math.max(live.lastRecordMs(), engine(run.status()).simulatedNow());
          if (timeMs <= now) {
            throw new DrillInputError(
                "timeMs: "
                    + DayClock.of(timeMs)
                    + " is not after the drill's time now, "
                    + DayClock.of(now)
                    + ": a drill only jumps ahead");
          }
          if (timeMs > model.endCapMs()) {
            throw new DrillInputError(
                "timeMs: "
                    + DayClock.of(timeMs)
                    + " is after the end of the run, "
                    + DayClock.of(model.endCapMs())
                    + " (the call period and the drain cap)");
          }
          RunStatus s = engine(run.jumpTo(timeMs));
          log.control(s.simulatedNow(), "jump", Map.of("fromMs", now, "toMs", timeMs));
          return s;
        });
  }

  /** Ends the drill now: the run stops (open incidents stay open) and the outputs are written. */
  public CompletionStage<Map<String, Object>> end() {
    return onControlThread(
        () -> {
          requireGoingOn();
          Placement at = engine(run.inject(CityModel.SOURCE, new ToSource.EndDrill()));
          log.end(at);
          if (state == DrillState.PAUSED) {
            RunStatus s = engine(run.resume());
            log.control(s.simulatedNow(), "resume", Map.of("why", "to end"));
          }
          state = state.end();
          Map<String, Object> answer = new LinkedHashMap<>();
          answer.put("timeMs", at.time());
          answer.put("delta", at.delta());
          answer.put("time", DayClock.of(at.time()));
          return answer;
        });
  }

  private void requireGoingOn() {
    if (run == null) {
      throw new DrillConflict("the drill has not started yet");
    }
    state.requireGoingOn();
  }

  private <T> CompletionStage<T> onControlThread(Supplier<T> action) {
    try {
      return CompletableFuture.supplyAsync(action, control);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return CompletableFuture.failedFuture(
          new DrillConflict("the drill has ended: nothing more can change"));
    }
  }

  private static <T> T engine(CompletionStage<T> reply) {
    try {
      return reply.toCompletableFuture().get(ENGINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IllegalStateException ended
          && String.valueOf(ended.getMessage()).contains("ended")) {
        throw new DrillConflict("the drill has ended: nothing more can change");
      }
      throw new CompletionException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the engine did not answer within " + ENGINE_TIMEOUT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the engine");
    }
  }
}
