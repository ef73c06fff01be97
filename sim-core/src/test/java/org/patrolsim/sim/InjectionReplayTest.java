// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A live run's injections, replayed where the engine placed them ({@link Placement}), give the same
 * records as the live run, whatever pauses, speed changes and jumps came in between, with and
 * without running ahead. The model makes the delta cycle matter: every tick starts a zero-delay
 * exchange, and an injection placed after that exchange (a later delta cycle) is not the same as
 * one placed before it.
 */
class InjectionReplayTest {

  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final EntityId PING = EntityId.of("ping");
  private static final EntityId PONG = EntityId.of("pong");

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  sealed interface Msg {}

  record Tick() implements Msg {}

  record Ball(int hits) implements Msg {}

  record Alarm(String what) implements Msg {}

  /**
   * Ticks at random gaps; each tick serves a ball to pong at zero delay, which comes back twice
   * (delta cycles 1 to 3). An alarm changes the state that every later record shows.
   */
  static final class Ping implements Entity<Msg> {
    private long state = 1;

    @Override
    public void start(Context<Msg> ctx) {
      ctx.schedule(500, new Tick());
    }

    @Override
    public void receive(Msg m, Context<Msg> ctx) {
      if (m instanceof Tick) {
        ctx.send(PONG, new Ball(0));
        ctx.schedule(200 + ctx.random().nextInt(800), new Tick());
      } else if (m instanceof Ball b && b.hits() < 3) {
        ctx.send(PONG, new Ball(b.hits() + 1));
      } else if (m instanceof Alarm a) {
        state = state * 31 + a.what().hashCode() + ctx.delta();
        ctx.send(PONG, 0, new Ball(2));
      }
      state = state * 7 + ctx.random().nextInt(10);
      ctx.emit("ping " + m + " @" + ctx.now() + "/" + ctx.delta() + " state " + state);
    }
  }

  static final class Pong implements Entity<Msg> {
    @Override
    public void receive(Msg m, Context<Msg> ctx) {
      if (m instanceof Ball b) {
        ctx.emit("pong " + b + " @" + ctx.now() + "/" + ctx.delta());
        ctx.send(PING, new Ball(b.hits() + 1));
      }
    }
  }

  private static Simulation.Builder<Msg> model() {
    return Simulation.<Msg>builder()
        .seed(7)
        .horizon(20_000)
        .entity(PING, Ping::new)
        .entity(PONG, Pong::new);
  }

  private record Injected(Placement at, Alarm alarm) {}

  @Test
  void injectionsReplayedAtTheirPlacementGiveTheLiveRunsRecords() {
    ManualWallClock wall = new ManualWallClock(0);
    List<Object> live = new CopyOnWriteArrayList<>();
    SimulationRun<Msg> run =
        model()
            .pacing(Pacing.paced(10, wall))
            .recordSink(r -> live.add(r.payload()))
            .build()
            .start(testKit.system());
    List<Injected> injected = new ArrayList<>();

    wall.advance(50);
    assertThat(status(run).time()).as("the first tick and its exchange ran").isEqualTo(500);
    // due exactly at the last step's time: the injection comes after that step's exchange
    injected.add(inject(run, "at-the-last-step"));
    assertThat(injected.get(0).at().time()).isEqualTo(500);
    assertThat(injected.get(0).at().delta())
        .as("after the exchange's delta cycles")
        .isGreaterThan(2);
    wall.advance(37);
    injected.add(inject(run, "between-steps"));
    RunStatus paused = run.pause().toCompletableFuture().join();
    assertThat(paused.paused()).isTrue();
    injected.add(inject(run, "while-paused-1"));
    injected.add(inject(run, "while-paused-2"));
    wall.advance(5_000);
    assertThat(status(run).time()).as("nothing ran while paused").isEqualTo(paused.time());
    RunStatus faster = run.setSpeed(50).toCompletableFuture().join();
    assertThat(faster.speed()).isEqualTo(50);
    run.resume().toCompletableFuture().join();
    wall.advance(41);
    injected.add(inject(run, "after-resume"));
    RunStatus jumped = run.jumpTo(12_345).toCompletableFuture().join();
    assertThat(jumped.simulatedNow()).isEqualTo(12_345);
    injected.add(inject(run, "after-jump"));
    // 100 ms at 50x: up to 17,345, short of the 20,000 horizon. A longer advance let the run reach
    // its end
    // before the next injection arrived now and then ("the run has ended"): a race in the test, not
    // the engine
    wall.advance(100);
    injected.add(inject(run, "late"));
    wall.advance(1_000);
    SimulationResult liveResult = run.result().toCompletableFuture().join();
    assertThat(liveResult.endTime()).isEqualTo(20_000);

    for (boolean lookahead : new boolean[] {true, false}) {
      Simulation.Builder<Msg> replay = model().lookahead(lookahead);
      injected.forEach(i -> replay.initialEvent(i.at(), PING, i.alarm()));
      SimulationResult again = replay.build().run(testKit.system()).toCompletableFuture().join();
      assertThat(again.payloads(Object.class)).as("lookahead " + lookahead).isEqualTo(live);
    }
    Simulation.Builder<Msg> misplaced = model();
    injected.forEach(i -> misplaced.initialEvent(i.at().time(), PING, i.alarm()));
    assertThat(
            misplaced
                .build()
                .run(testKit.system())
                .toCompletableFuture()
                .join()
                .payloads(Object.class))
        .as("the delta cycle matters: replayed at delta 0 the records differ")
        .isNotEqualTo(live);
  }

  @Test
  void aJumpWhilePausedRunsEverythingUpToItsTargetAndStaysPaused() {
    ManualWallClock wall = new ManualWallClock(0);
    SimulationRun<Msg> run = model().pacing(Pacing.paced(1, wall)).build().start(testKit.system());
    run.pause().toCompletableFuture().join();
    RunStatus jumped = run.jumpTo(5_000).toCompletableFuture().join();
    assertThat(jumped.paused()).isTrue();
    RunStatus after = status(run);
    assertThat(after.paused()).isTrue();
    assertThat(after.simulatedNow()).isEqualTo(5_000);
    assertThat(after.time()).isLessThanOrEqualTo(5_000).isGreaterThan(3_000);
    wall.advance(60_000);
    assertThat(status(run)).as("still paused").isEqualTo(after);
    assertThat(run.jumpTo(1_000).toCompletableFuture().join().simulatedNow())
        .as("never back")
        .isEqualTo(5_000);
    run.resume().toCompletableFuture().join();
    wall.advance(1_000);
    assertThat(status(run).simulatedNow()).isEqualTo(6_000);
    run.stop();
  }

  @Test
  void anInjectionAfterTheEndFails() {
    ManualWallClock wall = new ManualWallClock(0);
    SimulationRun<Msg> run =
        model().pacing(Pacing.paced(1_000, wall)).build().start(testKit.system());
    wall.advance(25);
    run.result().toCompletableFuture().join();
    assertThatThrownBy(() -> run.inject(PING, new Alarm("late")).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .hasMessageContaining("the run has ended");
    assertThatThrownBy(() -> run.pause().toCompletableFuture().join())
        .hasMessageContaining("the run has ended");
  }

  @Test
  void aPlacementAtTheStartOfTimeIsRefused() {
    assertThatThrownBy(() -> new Placement(0, 0)).hasMessageContaining("start");
    assertThatThrownBy(() -> new Placement(5, -1)).hasMessageContaining("delta -1");
  }

  private static Injected inject(SimulationRun<Msg> run, String what) {
    Alarm alarm = new Alarm(what);
    return new Injected(run.inject(PING, alarm).toCompletableFuture().join(), alarm);
  }

  private static RunStatus status(SimulationRun<Msg> run) {
    return run.status().toCompletableFuture().join();
  }
}
