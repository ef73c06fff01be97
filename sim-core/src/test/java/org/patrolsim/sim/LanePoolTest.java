// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LanePoolTest {

  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  record Tick() {}

  /** One entity that emits its first draw and the thread it ran on. */
  static Simulation<Tick> draw(long seed) {
    return Simulation.<Tick>builder()
        .seed(seed)
        .entity(
            "die",
            () ->
                new Entity<Tick>() {
                  @Override
                  public void start(Context<Tick> ctx) {
                    ctx.emit(ctx.random().nextLong());
                    ctx.emit(Thread.currentThread().getName());
                  }

                  @Override
                  public void receive(Tick message, Context<Tick> ctx) {}
                })
        .build();
  }

  @Test
  void everySimulationSubmittedRunsOnALaneAndGivesWhatItGivesAlone() {
    LanePool pool = LanePool.of(testKit.system(), 2);
    List<CompletableFuture<List<Object>>> runs = new ArrayList<>();
    for (int r = 0; r < 9; r++) {
      runs.add(
          pool.submit(
                  draw(100 + r),
                  result -> result.records().stream().map(SimRecord::payload).toList())
              .toCompletableFuture());
    }
    for (int r = 0; r < 9; r++) {
      List<Object> payloads = runs.get(r).join();
      Object alone =
          draw(100 + r)
              .run(testKit.system())
              .toCompletableFuture()
              .join()
              .records()
              .get(0)
              .payload();
      assertThat(payloads.get(0)).isEqualTo(alone);
      assertThat((String) payloads.get(1)).matches(".*patrolsim\\.sim\\.lane-[01].*");
    }
    assertThat(pool.lanes()).isEqualTo(2);
  }

  @Test
  void aFailingSummaryFailsItsOwnStageAndLeavesTheLaneFree() {
    LanePool pool = LanePool.of(testKit.system(), 1);
    CompletableFuture<Object> broken =
        pool.submit(
                draw(1),
                result -> {
                  throw new IllegalStateException("summary broke");
                })
            .toCompletableFuture();
    CompletableFuture<Long> next =
        pool.submit(draw(2), SimulationResult::seed).toCompletableFuture();
    assertThatThrownBy(broken::join)
        .isInstanceOf(CompletionException.class)
        .hasRootCauseMessage("summary broke");
    assertThat(next.join()).isEqualTo(2L);
  }

  @Test
  void replicationZeroRunsOnTheRunSeedItselfAndTheRestAreDerived() {
    assertThat(ReplicationSeeds.of(7, 0)).isEqualTo(7);
    assertThat(ReplicationSeeds.of(7, 1)).isEqualTo(Seeds.forReplication(7, 1));
    assertThat(ReplicationSeeds.of(7, 5)).isEqualTo(Seeds.forReplication(7, 5));
    assertThatThrownBy(() -> ReplicationSeeds.of(7, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
