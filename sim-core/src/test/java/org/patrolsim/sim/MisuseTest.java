// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A model's mistake ends its replication with an error naming the entity and the simulated time.
 */
class MisuseTest {

  private static final ActorTestKit testKit = ActorTestKit.create();

  /** Only a guard against a hang; a correct engine answers within milliseconds. */
  private static final Duration GUARD = Duration.ofSeconds(30);

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  record Tick(int n) {}

  /** A clock entity that ticks every second and calls {@code onTick} at tick {@code fault}. */
  static Simulation<Tick> ticking(int fault, Entity<Tick> onFault) {
    return Simulation.<Tick>builder()
        .horizon(60_000)
        .entity(
            "clock",
            () ->
                new Entity<Tick>() {
                  @Override
                  public void start(Context<Tick> ctx) {
                    ctx.schedule(1_000, new Tick(1));
                  }

                  @Override
                  public void receive(Tick tick, Context<Tick> ctx) {
                    if (tick.n() == fault) {
                      onFault.receive(tick, ctx);
                    }
                    ctx.schedule(1_000, new Tick(tick.n() + 1));
                  }
                })
        .entity("other", () -> (tick, ctx) -> {})
        .build();
  }

  private static SimulationException failure(CompletionStage<SimulationResult> result) {
    Throwable cause =
        assertThat(result.toCompletableFuture())
            .failsWithin(GUARD)
            .withThrowableOfType(ExecutionException.class)
            .withCauseInstanceOf(SimulationException.class)
            .actual()
            .getCause();
    return (SimulationException) cause;
  }

  @Test
  void anEventInThePastNamesTheEntityAndTheTime() {
    SimulationException e =
        failure(ticking(3, (t, ctx) -> ctx.schedule(-500, t)).run(testKit.system()));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("entity 'clock'", "3000 ms", "in the past", "-500");
    assertThat(e.entity()).contains(EntityId.of("clock"));
    assertThat(e.time()).isEqualTo(3_000);
  }

  @Test
  void anUnknownTargetNamesTheEntityTheTimeAndTheTarget() {
    SimulationException e =
        failure(ticking(2, (t, ctx) -> ctx.send(EntityId.of("nobody"), t)).run(testKit.system()));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("entity 'clock'", "2000 ms", "unknown target entity 'nobody'");
  }

  @Test
  void anEntityThatThrowsNamesItselfTheTimeAndTheCause() {
    SimulationException e =
        failure(
            ticking(
                    4,
                    (t, ctx) -> {
                      throw new IllegalStateException("boom");
                    })
                .run(testKit.system()));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("entity 'clock'", "4000 ms", "boom");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void swallowingTheErrorDoesNotHideIt() {
    SimulationException e =
        failure(
            ticking(
                    2,
                    (t, ctx) -> {
                      try {
                        ctx.schedule(-1, t);
                      } catch (SimulationException ignored) {
                        // a careless model
                      }
                    })
                .run(testKit.system()));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("entity 'clock'", "2000 ms", "in the past");
  }

  @Test
  void aThrowInStartFailsAtTimeZero() {
    Simulation<Tick> sim =
        Simulation.<Tick>builder()
            .entity(
                "broken",
                () ->
                    new Entity<Tick>() {
                      @Override
                      public void start(Context<Tick> ctx) {
                        throw new IllegalArgumentException("bad config");
                      }

                      @Override
                      public void receive(Tick message, Context<Tick> ctx) {}
                    })
            .build();
    SimulationException e = failure(sim.run(testKit.system()));
    assertThat(e.getMessage()).contains("entity 'broken'", "time 0 ms", "bad config");
  }

  @Test
  void aZeroDelayLoopEndsWithAnErrorInsteadOfAHang() {
    Simulation<Tick> sim =
        Simulation.<Tick>builder()
            .maxDeltaCycles(1_000)
            .entity("echo", () -> (t, ctx) -> ctx.send(ctx.self(), t))
            .initialEvent(5_000, EntityId.of("echo"), new Tick(0))
            .build();
    SimulationException e = failure(sim.run(testKit.system()));
    assertThat(e.getMessage()).contains("entity 'echo'", "5000 ms", "delta cycles");
  }

  @Test
  void anInitialEventForAnUnknownEntityIsRejectedWhenBuilding() {
    assertThatThrownBy(
            () ->
                Simulation.<Tick>builder()
                    .entity("a", () -> (t, ctx) -> {})
                    .initialEvent(10, EntityId.of("b"), new Tick(0))
                    .build())
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("unknown target entity 'b'");
  }

  @Test
  void aFailedReplicationFailsItsReplicationRun() {
    var plan = Replications.of(1, 3).parallelism(2);
    var result =
        plan.run(
            testKit.system(),
            rep ->
                ticking(
                    rep.index() == 1 ? 2 : 1_000,
                    (t, ctx) -> {
                      throw new IllegalStateException("replication " + rep.index());
                    }),
            SimulationResult::events);
    assertThat(result.toCompletableFuture())
        .failsWithin(GUARD)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("entity 'clock'")
        .withMessageContaining("replication 1");
  }
}
