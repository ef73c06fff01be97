// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.sim.SimulationResult;

class HypercubeModelTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  @Test
  void sameSeedGivesTheSameReplication() {
    HypercubeModel model =
        new HypercubeModel(LarsonOdoniExample.spec(LineCapacity.INFINITE), 500, 25);
    ReplicationSample a = sample(model, 17);
    ReplicationSample b = sample(model, 17);
    ReplicationSample c = sample(model, 18);
    assertThat(a.workloads()).containsExactly(b.workloads());
    assertThat(a.dispatchFractions()).isDeepEqualTo(b.dispatchFractions());
    assertThat(a.meanQueueWait()).isEqualTo(b.meanQueueWait());
    assertThat(a.dispatched()).isEqualTo(b.dispatched());
    assertThat(c.dispatched()).isNotEqualTo(a.dispatched());
  }

  @Test
  void dispatchFractionsAddUpAndLossSystemsNeverWait() {
    HypercubeModel model = new HypercubeModel(LarsonOdoniExample.spec(LineCapacity.ZERO), 500, 25);
    ReplicationSample s = sample(model, 3);
    double total = 0;
    for (double[] row : s.dispatchFractions()) {
      for (double f : row) {
        total += f;
      }
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(s.meanQueueWait()).isZero();
    // about 1.5 calls per time unit for 475 measured units, less the lost ones
    assertThat(s.dispatched()).isBetween(400L, 800L);
    for (double w : s.workloads()) {
      assertThat(w).isBetween(0.0, 1.0);
    }
    assertThat(s.probAllBusy()).isLessThanOrEqualTo(s.workloads()[2]);
  }

  @Test
  void aLoneUnitIsBusyExactlyWhileServingAndCallsQueueBehindIt() {
    // one unit, one atom: M/M/1; all busy = the unit busy, and every call goes to unit 1 at atom 1
    HypercubeSpec spec =
        HypercubeSpecReader.parse(
            "units: 1\nserviceRates: 2.0\nqueue: infinite\natoms:\n  - { rate: 1.0, preference: [1] }",
            "mm1",
            false);
    ReplicationSample s = sample(new HypercubeModel(spec, 200, 10), 5);
    assertThat(s.probAllBusy()).isEqualTo(s.workloads()[0]);
    assertThat(s.dispatchFractions()[0][0]).isEqualTo(1.0);
    assertThat(s.interDistrictFraction()).isZero();
    assertThat(s.meanQueueWait()).isPositive();
  }

  private static ReplicationSample sample(HypercubeModel model, long seed) {
    SimulationResult r = model.simulation(seed).run(testKit.system()).toCompletableFuture().join();
    List<ReplicationSample> samples = r.payloads(ReplicationSample.class);
    assertThat(samples).hasSize(1);
    return samples.get(0);
  }
}
