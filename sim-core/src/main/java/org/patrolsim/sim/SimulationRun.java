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
  private final boolean paced;

  SimulationRun(ActorRef<Coordinator.Command> coordinator, CompletableFuture<SimulationResult> result,
      Set<EntityId> entities, ActorSystem<?> system, boolean paced) {
    this.paced = paced;
    this.coordinator = coordinator;
    this.result = result;
    this.entities = entities;
    this.system = system;
  }

  /** Completes when the replication ends; exceptionally with {@link SimulationException} on misuse. */
  public CompletionStage<SimulationResult> result() {
    return result;
  }

  /** Stops simulated time (paced runs); steps already started complete. */
  public void pause() {
    requirePaced("pause");
    coordinator.tell(new Coordinator.Pause());
  }

  /** Restarts a paused run from the simulated time where it stopped. */
  public void resume() {
    requirePaced("resume");
    coordinator.tell(new Coordinator.Resume());
  }

  /** Changes the pace to {@code speed} x wall clock, from the current simulated time on. */
  public void setSpeed(double speed) {
    requirePaced("setSpeed");
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive finite factor, got " + speed);
    }
    coordinator.tell(new Coordinator.SetSpeed(speed));
  }

  /**
   * Delivers {@code message} to {@code target} at the current simulated time (the paced clock's time,
   * or the time of the last step if that is later), from the external source.
   */
  public void inject(EntityId target, M message) {
    if (!entities.contains(target)) {
      throw new IllegalArgumentException("cannot inject into unknown entity '" + target + "'");
    }
    coordinator.tell(new Coordinator.Inject(target, message));
  }

  private void requirePaced(String control) {
    if (!paced) {
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
