// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.example;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.IntegrationTest;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.Simulation;
import org.patrolsim.sim.SimulationResult;
import org.patrolsim.sim.stats.ConfidenceInterval;

/**
 * Learn the engine by steps: an M/M/1 queue (a door where customers arrive, one clerk who serves
 * them) grown in three steps, each a test. Read it top to bottom; docs/ARCHITECTURE.md quotes step
 * 2.
 */
class SingleServerQueueStepsTest {

  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final long MINUTE = 60_000;
  private static final EntityId DOOR = EntityId.of("door");
  private static final EntityId CLERK = EntityId.of("clerk");

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  /** The model's messages: one sealed type for all its entities. */
  sealed interface Msg {}

  record NextCustomer() implements Msg {}

  record Customer(long arrivedAt) implements Msg {}

  record ServiceDone() implements Msg {}

  /** Records the model emits (the output stream analysis reads). */
  record Served(long arrivedAt, long startedAt, long doneAt) {}

  static long exponential(Context<?> ctx, double mean) {
    return Math.round(-mean * Math.log1p(-ctx.random().nextDouble()));
  }

  // --- Step 1: an entity that schedules itself --------------------------------------------------

  /** Customers come through the door with exponential gaps; each is sent to the clerk. */
  static final class Door implements Entity<Msg> {
    private final double meanGap;

    Door(double meanGap) {
      this.meanGap = meanGap;
    }

    @Override
    public void start(Context<Msg> ctx) {
      ctx.schedule(exponential(ctx, meanGap), new NextCustomer());
    }

    @Override
    public void receive(Msg message, Context<Msg> ctx) {
      ctx.send(CLERK, new Customer(ctx.now()));
      ctx.schedule(exponential(ctx, meanGap), new NextCustomer());
    }
  }

  /** A clerk that ignores everyone, to watch the door alone. */
  static final class Nobody implements Entity<Msg> {
    @Override
    public void receive(Msg message, Context<Msg> ctx) {
      ctx.emit(message);
    }
  }

  @Test
  void step1_customersArriveAtTheRateOfThePoissonProcess() {
    SimulationResult result =
        Simulation.<Msg>builder()
            .seed(1)
            .horizon(1_000 * MINUTE)
            .entity(DOOR, () -> new Door(MINUTE))
            .entity(CLERK, Nobody::new)
            .build()
            .run(testKit.system())
            .toCompletableFuture()
            .join();

    List<Customer> customers = result.payloads(Customer.class);
    // Poisson count with mean 1,000: within 5 standard deviations (sqrt(1000) = 31.6)
    assertThat(customers.size()).isBetween(1_000 - 158, 1_000 + 158);
    assertThat(customers).extracting(Customer::arrivedAt).isSorted();
  }

  // --- Step 2: two entities talking: the clerk serves in order of arrival ------------------------

  /** One clerk, first come first served; emits one {@link Served} per customer. */
  static final class Clerk implements Entity<Msg> {
    private final double meanService;
    private final ArrayDeque<Customer> queue = new ArrayDeque<>();
    private Customer inService;
    private long startedAt;

    Clerk(double meanService) {
      this.meanService = meanService;
    }

    @Override
    public void receive(Msg message, Context<Msg> ctx) {
      if (message instanceof Customer c) {
        queue.add(c);
      } else if (message instanceof ServiceDone) {
        ctx.emit(new Served(inService.arrivedAt(), startedAt, ctx.now()));
        inService = null;
      }
      if (inService == null && !queue.isEmpty()) {
        inService = queue.poll();
        startedAt = ctx.now();
        ctx.schedule(exponential(ctx, meanService), new ServiceDone());
      }
    }
  }

  static Simulation<Msg> singleServerQueue(long seed, double load, long horizon) {
    return Simulation.<Msg>builder()
        .seed(seed)
        .horizon(horizon)
        .entity(DOOR, () -> new Door(MINUTE / load))
        .entity(CLERK, () -> new Clerk(MINUTE))
        .build();
  }

  @Test
  void step2_theClerkServesOneAtATimeInOrderOfArrival() {
    List<Served> served =
        singleServerQueue(2, 0.8, 2_000 * MINUTE)
            .run(testKit.system())
            .toCompletableFuture()
            .join()
            .payloads(Served.class);

    assertThat(served).hasSizeGreaterThan(1_000);
    assertThat(served).extracting(Served::arrivedAt).isSorted();
    for (int i = 0; i < served.size(); i++) {
      Served s = served.get(i);
      assertThat(s.startedAt()).isGreaterThanOrEqualTo(s.arrivedAt());
      if (i > 0) {
        assertThat(s.startedAt())
            .as("customer %d starts after the previous one is done", i)
            .isGreaterThanOrEqualTo(served.get(i - 1).doneAt());
      }
    }
  }

  // --- Step 3: replications and a confidence interval against theory -----------------------------

  static double meanWait(SimulationResult result) {
    return result.payloads(Served.class).stream()
        .filter(s -> s.arrivedAt() >= 500 * MINUTE) // warm-up
        .mapToLong(s -> s.startedAt() - s.arrivedAt())
        .average()
        .orElseThrow();
  }

  @IntegrationTest
  @Test
  void step3_theMeanWaitMatchesTheMM1Formula() {
    double load = 0.5;
    List<Double> waits =
        Replications.of(3, 10)
            .parallelism(2)
            .run(
                testKit.system(),
                rep -> singleServerQueue(rep.seed(), load, 50_000 * MINUTE),
                SingleServerQueueStepsTest::meanWait)
            .toCompletableFuture()
            .join();

    ConfidenceInterval ci = ConfidenceInterval.studentT95(waits);
    double theory = load / (1 - load) * MINUTE; // Wq = rho / (mu - lambda)
    assertThat(ci.contains(theory)).as("M/M/1 mean wait %.0f ms in %s", theory, ci).isTrue();
  }
}
