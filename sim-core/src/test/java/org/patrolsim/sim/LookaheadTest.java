// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Running ahead (the sole active entity handles its later events without a step each) must not
 * change anything a model can see: same records, same events, fewer steps.
 */
class LookaheadTest {

  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  /** A chain job keeps its worker busy; a hand-off is work passed on, which ends where it lands. */
  record Job(int n, boolean chain) {}

  /**
   * Mostly busy with its own chain; now and then it hands work to a neighbour, sometimes at zero
   * delay.
   */
  static final class Worker implements Entity<Job> {
    private final String neighbour;
    private long folded;

    Worker(String neighbour) {
      this.neighbour = neighbour;
    }

    @Override
    public void start(Context<Job> ctx) {
      ctx.schedule(ctx.random().nextInt(50), new Job(0, true));
    }

    @Override
    public void receive(Job job, Context<Job> ctx) {
      folded = folded * 31 + job.n() + ctx.delta();
      ctx.emit(folded);
      if (!job.chain()) {
        return;
      }
      int draw = ctx.random().nextInt(100);
      if (draw < 3) {
        ctx.send(EntityId.of(neighbour), new Job(job.n(), false));
      } else if (draw < 8) {
        ctx.send(EntityId.of(neighbour), ctx.random().nextInt(20), new Job(job.n(), false));
      } else if (draw < 10) {
        ctx.schedule(0, new Job(job.n(), false));
      }
      ctx.schedule(1 + ctx.random().nextInt(40), new Job(job.n() + 1, true));
    }
  }

  static SimulationResult run(boolean lookahead) {
    return Simulation.<Job>builder()
        .seed(2024)
        .horizon(60_000)
        .lookahead(lookahead)
        .entity("a", () -> new Worker("b"))
        .entity("b", () -> new Worker("c"))
        .entity("c", () -> new Worker("a"))
        .build()
        .run(testKit.system())
        .toCompletableFuture()
        .join();
  }

  @Test
  void runningAheadGivesTheSameRecordsInFewerSteps() {
    SimulationResult stepByStep = run(false);
    SimulationResult ahead = run(true);

    assertThat(stepByStep.records()).hasSizeGreaterThan(4_000);
    assertThat(ahead.records()).isEqualTo(stepByStep.records());
    assertThat(ahead.events()).isEqualTo(stepByStep.events());
    assertThat(ahead.steps()).isLessThan(stepByStep.steps());
  }
}
