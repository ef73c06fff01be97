// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The handle of a started replication: its result, and the controls of a live run (pause, resume,
 * speed, injection of external events). Controls may be called from any thread.
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

  SimulationRun(ActorRef<Coordinator.Command> coordinator, CompletableFuture<SimulationResult> result,
      Set<EntityId> entities, ActorSystem<?> system, WallClock clock) {
    this.clock = clock;
    this.coordinator = coordinator;
    this.result = result;
    this.entities = entities;
    this.system = system;
  }

  /** Completes when the replication ends; exceptionally with {@link SimulationException} on misuse. */
  public CompletionStage<SimulationResult> result() {
    return result;
  }

  /**
   * Stops simulated time at the wall-clock instant of this call (paced runs); a step already started
   * completes.
   */
  public void pause() {
    requirePaced("pause");
    coordinator.tell(new Coordinator.Pause(clock.millis()));
  }

  /** Restarts a paused run from the simulated time where it stopped. */
  public void resume() {
    requirePaced("resume");
    coordinator.tell(new Coordinator.Resume(clock.millis()));
  }

  /** Changes the pace to {@code speed} x wall clock, from the simulated time due at this call on. */
  public void setSpeed(double speed) {
    requirePaced("setSpeed");
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive finite factor, got " + speed);
    }
    coordinator.tell(new Coordinator.SetSpeed(speed, clock.millis()));
  }

  /**
   * Delivers {@code message} to {@code target} at the current simulated time (the paced time due at
   * this call, or the time of the last step if that is later), from the external source. In a run as
   * fast as possible the time of delivery depends on thread timing: use initial events there.
   */
  public void inject(EntityId target, M message) {
    if (!entities.contains(target)) {
      throw new IllegalArgumentException("cannot inject into unknown entity '" + target + "'");
    }
    coordinator.tell(new Coordinator.Inject(target, message, clock == null ? 0 : clock.millis()));
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

  /** The state of the run as soon as the engine is idle (waiting for the wall clock, paused or done). */
  public CompletionStage<RunStatus> status() {
    CompletableFuture<RunStatus> done = result.handle((r, e) -> new RunStatus(
        r == null ? -1 : r.endTime(), r == null ? -1 : r.events(), false, true, 0));
    if (done.isDone()) {
      return done;
    }
    return AskPattern.<Coordinator.Command, RunStatus>ask(coordinator, Coordinator.QueryStatus::new,
        STATUS_TIMEOUT, system.scheduler()).applyToEither(done, s -> s);
  }
}
