// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The handle of a started replication: its result, and the controls of a live run (pause, resume,
 * speed, jump, injection of external events). Controls may be called from any thread; each answers
 * once the engine has applied it.
 *
 * @param <M> the model's message type
 */
public final class SimulationRun<M> {

  private static final Duration STATUS_TIMEOUT = Duration.ofMinutes(5);

  private final ActorRef<Coordinator.Command> coordinator;
  private final CompletableFuture<SimulationResult> result;
  private final Set<EntityId> entities;
  private final ActorSystem<?> system;
  private final WallClock clock;

  /** The status of the finished run; completes with the result. */
  private final CompletableFuture<RunStatus> finalStatus;

  /** Fails once the run has ended: replies still pending then will never come. */
  private final CompletableFuture<Object> ended;

  SimulationRun(
      ActorRef<Coordinator.Command> coordinator,
      CompletableFuture<SimulationResult> result,
      Set<EntityId> entities,
      ActorSystem<?> system,
      WallClock clock) {
    this.clock = clock;
    this.coordinator = coordinator;
    this.result = result;
    this.entities = entities;
    this.system = system;
    this.finalStatus =
        result.handle(
            (r, e) ->
                new RunStatus(
                    r == null ? -1 : r.endTime(),
                    r == null ? -1 : r.events(),
                    false,
                    true,
                    0,
                    r == null ? -1 : r.endTime()));
    this.ended =
        result
            .handle((r, e) -> null)
            .thenCompose(
                x ->
                    CompletableFuture.failedFuture(new IllegalStateException("the run has ended")));
  }

  /**
   * Completes when the replication ends; exceptionally with {@link SimulationException} on misuse.
   */
  public CompletionStage<SimulationResult> result() {
    return result;
  }

  /**
   * Stops simulated time at the wall-clock instant of this call (paced runs); a step already
   * started completes. Nothing happens while paused, except the catch-up of a {@link #jumpTo jump}.
   *
   * @return the status as the pause took effect ({@link RunStatus#simulatedNow()}: the time it
   *     stopped at)
   */
  public CompletionStage<RunStatus> pause() {
    requirePaced("pause");
    return control(done -> new Coordinator.Pause(clock.millis(), done));
  }

  /** Restarts a paused run from the simulated time where it stopped; the status as it restarted. */
  public CompletionStage<RunStatus> resume() {
    requirePaced("resume");
    return control(done -> new Coordinator.Resume(clock.millis(), done));
  }

  /**
   * Changes the pace to {@code speed} x wall clock, from the simulated time due at this call on;
   * the status as the change took effect.
   */
  public CompletionStage<RunStatus> setSpeed(double speed) {
    requirePaced("setSpeed");
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive finite factor, got " + speed);
    }
    return control(done -> new Coordinator.SetSpeed(speed, clock.millis(), done));
  }

  /**
   * Moves simulated time forward to {@code simulatedMs} (at most the horizon): every event up to it
   * runs at once, as fast as possible, and the run goes on paced from there (a paused run stays
   * paused, at that time). A time not after the one due now changes nothing: simulated time never
   * goes back.
   *
   * @return the status as the jump was taken ({@link RunStatus#simulatedNow()}: the target)
   */
  public CompletionStage<RunStatus> jumpTo(long simulatedMs) {
    requirePaced("jumpTo");
    if (simulatedMs < 0) {
      throw new IllegalArgumentException("cannot jump to negative simulated time " + simulatedMs);
    }
    return control(done -> new Coordinator.JumpTo(simulatedMs, clock.millis(), done));
  }

  /**
   * Delivers {@code message} to {@code target} at the current simulated time (the paced time due at
   * this call, or the time of the last step if that is later), from the external source. In a run
   * as fast as possible the time of delivery depends on thread timing: use initial events there.
   *
   * @return where the engine placed the event (time and delta cycle), to replay it exactly with
   *     {@link Simulation.Builder#initialEvent(Placement, EntityId, Object)}; fails with {@link
   *     IllegalStateException} when the run has ended or is ending
   */
  public CompletionStage<Placement> inject(EntityId target, M message) {
    if (!entities.contains(target)) {
      throw new IllegalArgumentException("cannot inject into unknown entity '" + target + "'");
    }
    CompletableFuture<Placement> placed = new CompletableFuture<>();
    coordinator.tell(
        new Coordinator.Inject(target, message, clock == null ? 0 : clock.millis(), placed));
    return untilEnded(placed);
  }

  private CompletionStage<RunStatus> control(
      Function<CompletableFuture<RunStatus>, Coordinator.Command> command) {
    CompletableFuture<RunStatus> done = new CompletableFuture<>();
    coordinator.tell(command.apply(done));
    return untilEnded(done);
  }

  /**
   * The coordinator's reply, or a failure if the run ends first (a message to a stopped coordinator
   * is never answered). An "either" stage, so that nothing stays attached to the result once
   * answered.
   */
  @SuppressWarnings("unchecked")
  private <T> CompletionStage<T> untilEnded(CompletableFuture<T> reply) {
    return reply.applyToEither(
        (CompletionStage<T>) (CompletionStage<?>) ended, Function.identity());
  }

  private void requirePaced(String control) {
    if (clock == null) {
      throw new IllegalStateException(control + " is only for paced runs (Pacing.paced)");
    }
  }

  /** Ends the run as if an entity had called {@link Context#stop()}. */
  public void stop() {
    coordinator.tell(new Coordinator.StopRun());
  }

  /**
   * The state of the run as soon as the engine is idle (waiting for the wall clock, paused or
   * done).
   */
  public CompletionStage<RunStatus> status() {
    if (finalStatus.isDone()) {
      return finalStatus;
    }
    return AskPattern.<Coordinator.Command, RunStatus>ask(
            coordinator, Coordinator.QueryStatus::new, STATUS_TIMEOUT, system.scheduler())
        .applyToEither(finalStatus, Function.identity());
  }
}
