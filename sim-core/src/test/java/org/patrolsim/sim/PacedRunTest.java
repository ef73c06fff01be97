// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Paced runs follow a {@link ManualWallClock}: the test moves wall time by hand and asks the run
 * for its status, which the engine answers once it is idle. Nothing sleeps.
 */
class PacedRunTest {

  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  sealed interface Signal {}

  record Tick() implements Signal {}

  record Alarm(String what) implements Signal {}

  /** Ticks every simulated second and records each tick and each alarm with its time. */
  static final class Beacon implements Entity<Signal> {
    @Override
    public void start(Context<Signal> ctx) {
      ctx.schedule(0, new Tick());
    }

    @Override
    public void receive(Signal signal, Context<Signal> ctx) {
      if (signal instanceof Alarm alarm) {
        ctx.emit(alarm.what() + "@" + ctx.now());
      } else {
        ctx.emit("tick@" + ctx.now());
        ctx.schedule(1_000, new Tick());
      }
    }
  }

  private final List<Object> seen = new CopyOnWriteArrayList<>();
  private final ManualWallClock wall = new ManualWallClock(1_000_000);

  private SimulationRun<Signal> startAtSpeed(double speed) {
    return Simulation.<Signal>builder()
        .horizon(10_000)
        .entity("beacon", Beacon::new)
        .recordSink(r -> seen.add(r.payload()))
        .pacing(Pacing.paced(speed, wall))
        .build()
        .start(testKit.system());
  }

  private RunStatus status(SimulationRun<Signal> run) {
    return run.status().toCompletableFuture().join();
  }

  @Test
  void simulatedTimeFollowsTheWallClockTimesTheSpeed() {
    SimulationRun<Signal> run = startAtSpeed(10);
    assertThat(status(run).time()).isZero();
    assertThat(seen).containsExactly("tick@0");

    wall.advance(99);
    assertThat(status(run).time()).isZero();
    assertThat(seen).containsExactly("tick@0");

    wall.advance(1);
    assertThat(status(run).time()).isEqualTo(1_000);
    assertThat(seen).containsExactly("tick@0", "tick@1000");

    wall.advance(250);
    assertThat(status(run).time()).isEqualTo(3_000);
    assertThat(seen).endsWith("tick@2000", "tick@3000");
    run.stop();
  }

  @Test
  void pauseFreezesSimulatedTimeAndResumeGoesOnFromThere() {
    SimulationRun<Signal> run = startAtSpeed(10);
    wall.advance(150);
    assertThat(status(run).time()).isEqualTo(1_000);

    run.pause();
    wall.advance(10_000);
    RunStatus paused = status(run);
    assertThat(paused.paused()).isTrue();
    assertThat(paused.time()).isEqualTo(1_000);
    assertThat(seen).containsExactly("tick@0", "tick@1000");

    run.resume();
    wall.advance(49);
    assertThat(status(run).time())
        .as("1.5 s simulated were already done at the pause")
        .isEqualTo(1_000);
    wall.advance(1);
    assertThat(status(run).time()).isEqualTo(2_000);
    run.stop();
  }

  @Test
  void speedChangesTakeEffectFromTheCurrentSimulatedTime() {
    SimulationRun<Signal> run = startAtSpeed(10);
    wall.advance(100);
    assertThat(status(run).time()).isEqualTo(1_000);

    run.setSpeed(100);
    wall.advance(10);
    assertThat(status(run).time()).isEqualTo(2_000);
    assertThat(status(run).speed()).isEqualTo(100);
    run.stop();
  }

  @Test
  void anInjectedEventArrivesAtTheCurrentSimulatedTime() {
    SimulationRun<Signal> run = startAtSpeed(10);
    wall.advance(130);
    assertThat(status(run).time()).isEqualTo(1_000);

    run.inject(EntityId.of("beacon"), new Alarm("burglary"));
    assertThat(status(run).time()).isEqualTo(1_300);
    assertThat(seen).containsExactly("tick@0", "tick@1000", "burglary@1300");

    run.pause();
    run.inject(EntityId.of("beacon"), new Alarm("fire"));
    assertThat(status(run).time()).as("nothing happens while paused").isEqualTo(1_300);
    assertThat(seen).doesNotContain("fire@1300");
    run.resume();
    assertThat(status(run).time()).isEqualTo(1_300);
    assertThat(seen).endsWith("burglary@1300", "fire@1300");
    run.stop();
  }

  @Test
  void theRunEndsAtTheHorizonWithAResult() {
    SimulationRun<Signal> run = startAtSpeed(1_000);
    wall.advance(5);
    assertThat(status(run).time()).isEqualTo(5_000);
    wall.advance(5);
    SimulationResult result = run.result().toCompletableFuture().join();
    assertThat(result.endTime()).isEqualTo(10_000);
    assertThat(seen).hasSize(11).last().isEqualTo("tick@10000");
    assertThat(status(run).finished()).isTrue();
  }

  @Test
  void injectingIntoAnUnknownEntityIsRefusedAtOnce() {
    SimulationRun<Signal> run = startAtSpeed(10);
    assertThatThrownBy(() -> run.inject(EntityId.of("nobody"), new Alarm("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
    run.stop();
  }

  @Test
  void aFastRunRefusesPacingControls() {
    SimulationRun<Signal> run =
        Simulation.<Signal>builder()
            .horizon(1_000)
            .entity("beacon", Beacon::new)
            .build()
            .start(testKit.system());
    assertThatThrownBy(run::pause)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("paced");
    assertThat(run.result().toCompletableFuture().join().records()).hasSize(2);
  }
}
