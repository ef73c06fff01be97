// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorSystem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs simulations handed in one at a time on the lanes of an actor system (see {@link
 * Replications}): each of its {@code lanes} lanes, a dispatcher of exactly one thread, runs one
 * simulation at a time with its coordinator and every entity actor, and takes the next waiting one
 * when it finishes. Simulations wait in the order they were submitted.
 *
 * <p>{@link Replications} runs a fixed plan of one model; a pool serves work that arrives piece by
 * piece and mixes models: the variants of a plan sweep, replications added by a sequential
 * procedure, or replications pulled from a cluster. Results never depend on the lane: the engine's
 * order is total. A simulation built with a dispatcher of its own keeps it. Use one pool per actor
 * system: two pools of one system would share lanes {@code 0..n-1}.
 *
 * <pre>{@code
 * LanePool pool = LanePool.of(system, 2);
 * CompletionStage<Double> share = pool.submit(model.simulation(seed), result -> share(result));
 * }</pre>
 */
public final class LanePool {

  private final ActorSystem<?> system;
  private final String[] lanes;
  private final boolean[] busy;
  private final Deque<IntConsumer> waiting = new ArrayDeque<>();

  private LanePool(ActorSystem<?> system, int lanes) {
    if (lanes < 1) {
      throw new IllegalArgumentException("a pool needs at least one lane, got " + lanes);
    }
    this.system = system;
    this.lanes = new String[lanes];
    this.busy = new boolean[lanes];
    for (int i = 0; i < lanes; i++) {
      this.lanes[i] = Lanes.lane(system, i);
    }
  }

  /** A pool of {@code lanes} lanes (lanes {@code 0..lanes-1} of {@code system}). */
  public static LanePool of(ActorSystem<?> system, int lanes) {
    return new LanePool(system, lanes);
  }

  /** The number of lanes: how many simulations run at once. */
  public int lanes() {
    return lanes.length;
  }

  /**
   * Runs {@code simulation} on the next free lane and summarises its result there; the stage fails
   * with the simulation's failure or the summary's exception.
   */
  public <M, T> CompletionStage<T> submit(
      Simulation<M> simulation, Function<SimulationResult, T> summary) {
    CompletableFuture<T> done = new CompletableFuture<>();
    IntConsumer run = lane -> runOn(lane, simulation, summary, done);
    int lane;
    synchronized (this) {
      lane = freeLane();
      if (lane < 0) {
        waiting.add(run);
        return done;
      }
      busy[lane] = true;
    }
    run.accept(lane);
    return done;
  }

  private <M, T> void runOn(
      int lane,
      Simulation<M> simulation,
      Function<SimulationResult, T> summary,
      CompletableFuture<T> done) {
    CompletableFuture<T> one;
    try {
      String dispatcher =
          simulation.dispatcher().equals(Simulation.DEFAULT_DISPATCHER)
              ? lanes[lane]
              : simulation.dispatcher();
      one = simulation.start(system, dispatcher).result().toCompletableFuture().thenApply(summary);
    } catch (RuntimeException e) {
      one = CompletableFuture.failedFuture(e);
    }
    // the outcome goes on to done; the future whenComplete returns adds nothing
    var unused =
        one.whenComplete(
            (value, failure) -> {
              release(lane);
              if (failure != null) {
                done.completeExceptionally(
                    failure instanceof java.util.concurrent.CompletionException
                            && failure.getCause() != null
                        ? failure.getCause()
                        : failure);
              } else {
                done.complete(value);
              }
            });
  }

  /** Frees {@code lane}, or hands it straight to the oldest waiting simulation. */
  private void release(int lane) {
    IntConsumer next;
    synchronized (this) {
      next = waiting.poll();
      busy[lane] = next != null;
    }
    if (next != null) {
      next.accept(lane);
    }
  }

  private int freeLane() {
    for (int i = 0; i < busy.length; i++) {
      if (!busy[i]) {
        return i;
      }
    }
    return -1;
  }
}
