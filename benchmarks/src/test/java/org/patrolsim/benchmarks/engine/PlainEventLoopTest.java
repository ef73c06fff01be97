// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.SimulationResult;

/** The baseline runs the same model as the engine: the same events, in the same number. */
class PlainEventLoopTest {

  @Test
  void plainLoopAndEngineDeliverTheSameNumberOfEvents() {
    List<EntityId> ids = IntStream.range(0, 200).mapToObj(ToyCity::id).sorted().toList();
    long plain =
        new PlainEventLoop<ToyCity.Ping>(ids, () -> new ToyCity.Member(200), 9, 30_000).run();

    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "plain-loop-test");
    try {
      SimulationResult engine =
          ToyCity.simulation(200, 30_000, 9).run(system).toCompletableFuture().join();
      assertThat(plain).isGreaterThan(1_000);
      assertThat(engine.events()).isEqualTo(plain);
    } finally {
      system.terminate();
    }
  }
}
