// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same trace, every run and whatever the number of threads. The model is a
 * crowd of entities that pass tokens at whole seconds (so many run at the same timestamp), answer
 * at zero delay (delta cycles), and fold every token they receive into their state: any change in
 * the order of delivery would change the records.
 */
class DeterminismTest {

  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final int CROWD = 120;
  private static final long HORIZON = 60_000;

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  record Token(String from, int hops) {}

  record Seen(long state, int hops) {}

  static final class Gossip implements Entity<Token> {
    private long state = 17;

    @Override
    public void start(Context<Token> ctx) {
      ctx.schedule(1_000L * (1 + ctx.random().nextInt(3)), new Token(ctx.self().name(), 0));
    }

    @Override
    public void receive(Token token, Context<Token> ctx) {
      state = state * 31 + token.from().hashCode() * 7L + token.hops() + ctx.delta();
      ctx.emit(new Seen(state, token.hops()));
      EntityId peer = EntityId.of("g" + ctx.random().nextInt(CROWD));
      if (token.hops() < 3 && ctx.random().nextInt(4) == 0) {
        ctx.send(peer, new Token(ctx.self().name(), token.hops() + 1));
      }
      if (token.hops() == 0) {
        ctx.send(peer, 1_000L * (1 + ctx.random().nextInt(2)), new Token(ctx.self().name(), 1));
        ctx.schedule(1_000L * (1 + ctx.random().nextInt(3)), new Token(ctx.self().name(), 0));
      }
    }
  }

  static Simulation<Token> crowd(long seed, String dispatcher) {
    Simulation.Builder<Token> b = Simulation.<Token>builder().seed(seed).horizon(HORIZON);
    for (int i = 0; i < CROWD; i++) {
      b.entity("g" + i, Gossip::new);
    }
    if (dispatcher != null) {
      b.dispatcher(dispatcher);
    }
    return b.build();
  }

  static String traceHash(SimulationResult result) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (SimRecord r : result.records()) {
        sha.update(r.toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void threeRunsGiveTheSameTrace() {
    Simulation<Token> sim = crowd(99, null);
    List<String> hashes =
        List.of(1, 2, 3).stream()
            .map(i -> traceHash(sim.run(testKit.system()).toCompletableFuture().join()))
            .toList();
    assertThat(hashes).containsOnly(hashes.get(0));
  }

  @Test
  void theTraceIsTheSameWithOneTwoAndEightThreads() {
    SimulationResult reference = crowd(99, null).run(testKit.system()).toCompletableFuture().join();
    assertTraceIsRich(reference);
    for (int threads : new int[] {1, 2, 8}) {
      ActorSystem<Void> system =
          ActorSystem.create(Behaviors.empty(), "determinism-" + threads, withParallelism(threads));
      try {
        SimulationResult onSimDispatcher = crowd(99, null).run(system).toCompletableFuture().join();
        SimulationResult onAkkaDefault =
            crowd(99, "akka.actor.default-dispatcher").run(system).toCompletableFuture().join();
        assertThat(traceHash(onAkkaDefault))
            .as("akka default dispatcher, %d threads", threads)
            .isEqualTo(traceHash(reference));
        assertThat(traceHash(onSimDispatcher))
            .as("sim dispatcher, %d threads", threads)
            .isEqualTo(traceHash(reference));
      } finally {
        system.terminate();
      }
    }
  }

  @Test
  void anotherSeedGivesAnotherTrace() {
    String a = traceHash(crowd(99, null).run(testKit.system()).toCompletableFuture().join());
    String b = traceHash(crowd(100, null).run(testKit.system()).toCompletableFuture().join());
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void recordsComeOutInTheTotalOrderTimeDeltaSourceSequence() {
    List<SimRecord> records =
        crowd(5, null).run(testKit.system()).toCompletableFuture().join().records();
    for (int i = 1; i < records.size(); i++) {
      SimRecord p = records.get(i - 1);
      SimRecord r = records.get(i);
      int order = Long.compare(p.time(), r.time());
      order = order != 0 ? order : Integer.compare(p.delta(), r.delta());
      order = order != 0 ? order : p.source().compareTo(r.source());
      order = order != 0 ? order : Long.compare(p.sequence(), r.sequence());
      assertThat(order).as("record %d before record %d", i - 1, i).isNegative();
    }
  }

  private static void assertTraceIsRich(SimulationResult result) {
    List<SimRecord> records = result.records();
    assertThat(records).hasSizeGreaterThan(5_000);
    long crowdedSteps =
        records.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    r -> r.time() * 100 + r.delta(),
                    java.util.stream.Collectors.mapping(
                        SimRecord::source, java.util.stream.Collectors.toSet())))
            .values()
            .stream()
            .filter(s -> s.size() >= 10)
            .count();
    assertThat(crowdedSteps).as("steps where 10 or more entities act at once").isGreaterThan(50);
    assertThat(records).anyMatch(r -> r.delta() >= 2);
  }

  private static Config withParallelism(int threads) {
    return ConfigFactory.parseString(
            "akka.actor.default-dispatcher.fork-join-executor { parallelism-min = "
                + threads
                + ", parallelism-max = "
                + threads
                + " }\n"
                + "patrolsim.sim.dispatcher.fork-join-executor { parallelism-min = "
                + threads
                + ", parallelism-max = "
                + threads
                + " }")
        .withFallback(ConfigFactory.load());
  }
}
