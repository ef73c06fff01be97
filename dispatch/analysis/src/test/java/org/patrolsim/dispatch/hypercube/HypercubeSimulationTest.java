// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.testing.IntegrationTest;

@IntegrationTest
class HypercubeSimulationTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  /**
   * Unequal service rates are not in {@code patrolsim validate}: four units at rates 1.5, 1, 0.8,
   * 0.5 with an infinite queue, simulated, must cover the exact solver's workloads, P(all busy) and
   * mean wait.
   */
  @Test
  void unequalServiceRatesCoverTheExactSolution() {
    HypercubeSpec spec =
        new HypercubeSpec(
            new double[] {1.5, 1.0, 0.8, 0.5},
            LineCapacity.INFINITE,
            List.of(
                new HypercubeSpec.Atom(0.9, new int[] {0, 1, 2, 3}),
                new HypercubeSpec.Atom(0.5, new int[] {1, 0, 3, 2}),
                new HypercubeSpec.Atom(0.4, new int[] {2, 3, 1, 0}),
                new HypercubeSpec.Atom(0.3, new int[] {3, 2, 0, 1})),
            Optional.empty());
    HypercubeSolution exact = ExactHypercubeSolver.solve(spec);
    SimulatedHypercube sim = HypercubeSimulation.run(testKit.system(), spec, 10, 5_000, 1);

    for (int n = 0; n < 4; n++) {
      assertThat(sim.workloads()[n].covers(exact.workloads()[n]))
          .as("unit %d: %s vs %f", n + 1, sim.workloads()[n], exact.workloads()[n])
          .isTrue();
    }
    assertThat(sim.probAllBusy().covers(exact.probAllBusy())).as("%s", sim.probAllBusy()).isTrue();
    assertThat(sim.meanQueueWait().covers(exact.meanQueueWait()))
        .as("%s", sim.meanQueueWait())
        .isTrue();
    assertThat(sim.workloads()[0].halfWidth()).isLessThan(0.01);
  }

  @Test
  void resultsDoNotDependOnTheActorSystemOrRun() {
    HypercubeSpec spec = LarsonOdoniExample.spec(LineCapacity.ZERO);
    SimulatedHypercube a = HypercubeSimulation.run(testKit.system(), spec, 3, 300, 5);
    SimulatedHypercube b = HypercubeSimulation.run(spec, 3, 300, 5);
    assertThat(a.workloads()).containsExactly(b.workloads());
    assertThat(a.dispatchFractions()).isDeepEqualTo(b.dispatchFractions());
    assertThat(a.probAllBusy()).isEqualTo(b.probAllBusy());
  }
}
