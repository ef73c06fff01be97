// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs R replications of a model on one actor system, at most {@code parallelism} at a time, and
 * returns their summaries in replication order. Each of the {@code parallelism} workers runs its
 * replications one after another on a lane of its own, a single-threaded dispatcher (unless the
 * simulation names a dispatcher of its own), so a replication never hops threads and replications
 * do not compete for one pool. Replication r gets seed {@link Seeds#forReplication(long, int)
 * forReplication(baseSeed, r)}, so the same plan gives the same list whatever the parallelism.
 *
 * <pre>{@code
 * List<Double> waits = Replications.of(42, 10).parallelism(2)
 *     .run(system, rep -> model.simulation(rep.seed()), result -> meanWait(result))
 *     .toCompletableFuture().join();
 * }</pre>
 */
public final class Replications {

  /** One replication's place in the plan. */
  public record Replication(int index, long seed) {}

  private final long baseSeed;
  private final int count;
  private final int parallelism;

  private Replications(long baseSeed, int count, int parallelism) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one replication, got " + count);
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
    }
    this.baseSeed = baseSeed;
    this.count = count;
    this.parallelism = parallelism;
  }

  /**
   * {@code count} replications from {@code baseSeed}, one at a time until {@link #parallelism} says
   * more.
   */
  public static Replications of(long baseSeed, int count) {
    return new Replications(baseSeed, count, 1);
  }

  /** How many replications run at once. */
  public Replications parallelism(int parallelism) {
    return new Replications(baseSeed, count, parallelism);
  }

  /** The replications of this plan, in order. */
  public List<Replication> plan() {
    List<Replication> plan = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      plan.add(new Replication(r, Seeds.forReplication(baseSeed, r)));
    }
    return plan;
  }

  /**
   * Runs every replication and summarises each result; the stage holds the summaries in replication
   * order, or fails with the first failure (by replication index) of any of them.
   */
  public <M, T> CompletionStage<List<T>> run(
      ActorSystem<?> system,
      Function<Replication, Simulation<M>> model,
      Function<SimulationResult, T> summary) {
    List<Replication> plan = plan();
    Object[] results = new Object[count];
    Throwable[] failures = new Throwable[count];
    AtomicInteger next = new AtomicInteger();
    CompletableFuture<?>[] workers = new CompletableFuture<?>[Math.min(parallelism, count)];
    for (int w = 0; w < workers.length; w++) {
      workers[w] =
          runNext(system, Lanes.lane(system, w), plan, next, model, summary, results, failures);
    }
    return CompletableFuture.allOf(workers).thenApply(done -> collect(results, failures));
  }

  private <M, T> CompletableFuture<Void> runNext(
      ActorSystem<?> system,
      String lane,
      List<Replication> plan,
      AtomicInteger next,
      Function<Replication, Simulation<M>> model,
      Function<SimulationResult, T> summary,
      Object[] results,
      Throwable[] failures) {
    int r = next.getAndIncrement();
    if (r >= plan.size()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> one;
    try {
      Simulation<M> simulation = model.apply(plan.get(r));
      String dispatcher =
          simulation.dispatcher().equals(Simulation.DEFAULT_DISPATCHER)
              ? lane
              : simulation.dispatcher();
      one =
          simulation
              .start(system, dispatcher)
              .result()
              .toCompletableFuture()
              .thenAccept(result -> results[r] = summary.apply(result));
    } catch (RuntimeException e) {
      one = CompletableFuture.failedFuture(e);
    }
    return one.handle(
            (ok, e) -> {
              if (e != null) {
                failures[r] =
                    e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
              }
              return null;
            })
        .thenCompose(
            ignored -> runNext(system, lane, plan, next, model, summary, results, failures));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> collect(Object[] results, Throwable[] failures) {
    for (int r = 0; r < failures.length; r++) {
      if (failures[r] != null) {
        throw new CompletionException(failures[r]);
      }
    }
    return (List<T>) Collections.unmodifiableList(Arrays.asList(results.clone()));
  }
}
