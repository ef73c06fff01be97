// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ReplicationsTest {

  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  record Draw() {}

  /** One entity that records its seed-dependent first draw. */
  static Simulation<Draw> drawOnce(Replications.Replication rep) {
    return Simulation.<Draw>builder()
        .seed(rep.seed())
        .entity(
            "die",
            () ->
                new Entity<Draw>() {
                  @Override
                  public void start(Context<Draw> ctx) {
                    ctx.emit(ctx.random().nextLong());
                  }

                  @Override
                  public void receive(Draw message, Context<Draw> ctx) {}
                })
        .build();
  }

  @Test
  void resultsComeInReplicationOrderWhateverTheParallelism() {
    List<Long> serial =
        Replications.of(11, 12)
            .run(
                testKit.system(),
                ReplicationsTest::drawOnce,
                r -> (Long) r.records().get(0).payload())
            .toCompletableFuture()
            .join();
    List<Long> parallel =
        Replications.of(11, 12)
            .parallelism(4)
            .run(
                testKit.system(),
                ReplicationsTest::drawOnce,
                r -> (Long) r.records().get(0).payload())
            .toCompletableFuture()
            .join();

    assertThat(parallel).isEqualTo(serial);
    assertThat(serial).doesNotHaveDuplicates().hasSize(12);
  }

  /** One entity that records the name of the thread it runs on (never part of a model's output). */
  static Simulation<Draw> threadName(Replications.Replication rep) {
    return Simulation.<Draw>builder()
        .seed(rep.seed())
        .entity(
            "looker",
            () ->
                new Entity<Draw>() {
                  @Override
                  public void start(Context<Draw> ctx) {
                    ctx.emit(Thread.currentThread().getName());
                  }

                  @Override
                  public void receive(Draw message, Context<Draw> ctx) {}
                })
        .build();
  }

  @Test
  void eachWorkerRunsItsReplicationsOnALaneOfItsOwn() {
    List<String> threads =
        Replications.of(3, 6)
            .parallelism(2)
            .run(
                testKit.system(),
                ReplicationsTest::threadName,
                r -> (String) r.records().get(0).payload())
            .toCompletableFuture()
            .join();

    assertThat(threads)
        .allMatch(t -> t.contains("patrolsim.sim.lane-0") || t.contains("patrolsim.sim.lane-1"));
  }

  @Test
  void replicationRGetsTheSeedDerivedFromTheBaseSeedAndR() {
    List<Long> seeds =
        Replications.of(11, 3)
            .parallelism(3)
            .run(testKit.system(), ReplicationsTest::drawOnce, SimulationResult::seed)
            .toCompletableFuture()
            .join();
    assertThat(seeds)
        .containsExactly(
            Seeds.forReplication(11, 0), Seeds.forReplication(11, 1), Seeds.forReplication(11, 2));
  }

  @Test
  void anEntityStreamDependsOnItsIdNotOnItsNeighbours() {
    long a = Seeds.streamFor(5, EntityId.of("car-1")).nextLong();
    long b = Seeds.streamFor(5, EntityId.of("car-1")).nextLong();
    long c = Seeds.streamFor(5, EntityId.of("car-2")).nextLong();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }
}
