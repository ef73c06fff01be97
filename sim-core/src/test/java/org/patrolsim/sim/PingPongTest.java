// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two entities that return a ball with a delay: the smallest model that uses every part of a step.
 */
class PingPongTest {

  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  record Ball(int hits) {}

  record Hit(int hits) {}

  static final class Player implements Entity<Ball> {
    private final EntityId other;

    Player(String other) {
      this.other = EntityId.of(other);
    }

    @Override
    public void receive(Ball ball, Context<Ball> ctx) {
      ctx.emit(new Hit(ball.hits()));
      ctx.send(other, 1_000, new Ball(ball.hits() + 1));
    }
  }

  @Test
  void ballGoesBackAndForthOncePerSecondUntilTheHorizon() {
    Simulation<Ball> sim =
        Simulation.<Ball>builder()
            .seed(7)
            .horizon(5_000)
            .entity("ping", () -> new Player("pong"))
            .entity("pong", () -> new Player("ping"))
            .initialEvent(0, EntityId.of("ping"), new Ball(0))
            .build();

    SimulationResult result = sim.run(testKit.system()).toCompletableFuture().join();

    assertThat(result.records())
        .extracting(SimRecord::time)
        .containsExactly(0L, 1000L, 2000L, 3000L, 4000L, 5000L);
    assertThat(result.records())
        .extracting(r -> r.source().name())
        .containsExactly("ping", "pong", "ping", "pong", "ping", "pong");
    assertThat(result.payloads(Hit.class)).extracting(Hit::hits).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(result.events()).isEqualTo(6);
    assertThat(result.endTime()).isEqualTo(5_000);
  }

  @Test
  void zeroDelayMessagesRunInTheNextDeltaCycleAtTheSameTime() {
    Simulation<Ball> sim =
        Simulation.<Ball>builder()
            .horizon(0)
            .entity(
                "a",
                () ->
                    (ball, ctx) -> {
                      ctx.emit(List.of(ctx.now(), ctx.delta(), ball.hits()));
                      if (ball.hits() < 4) {
                        ctx.send(EntityId.of("b"), new Ball(ball.hits() + 1));
                      }
                    })
            .entity(
                "b",
                () ->
                    (ball, ctx) -> {
                      ctx.emit(List.of(ctx.now(), ctx.delta(), ball.hits()));
                      ctx.send(EntityId.of("a"), new Ball(ball.hits() + 1));
                    })
            .initialEvent(0, EntityId.of("a"), new Ball(0))
            .build();

    SimulationResult result = sim.run(testKit.system()).toCompletableFuture().join();

    assertThat(result.records())
        .extracting(SimRecord::payload)
        .containsExactly(
            List.of(0L, 1, 0),
            List.of(0L, 2, 1),
            List.of(0L, 3, 2),
            List.of(0L, 4, 3),
            List.of(0L, 5, 4));
    assertThat(result.records())
        .extracting(r -> r.source().name())
        .containsExactly("a", "b", "a", "b", "a");
  }
}
