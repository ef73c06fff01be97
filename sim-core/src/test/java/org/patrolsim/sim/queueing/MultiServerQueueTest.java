// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.patrolsim.sim.IntegrationTest;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.stats.ConfidenceInterval;

/**
 * The engine against queueing theory: M/M/c against Erlang C and M/M/c/c against Erlang B. For each
 * measure the analytic value must lie inside the Student-t 95% interval of 10 replications, and the
 * interval must be narrower than 5% of the value.
 *
 * <p>Run lengths (in mean service times, per replication) were sized from a pilot run so the
 * expected interval width is about 3.5% of the mean wait, the noisiest measure: the width shrinks
 * with the square root of the length, and the mean wait of M/M/1 at load 0.95 relaxes over ~1,500
 * service times, so it needs millions. Warm-up is 5% of the measured window.
 */
class MultiServerQueueTest {

  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final int REPLICATIONS = 10;
  private static final long BASE_SEED = 20_261_121L;

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  @IntegrationTest
  @ParameterizedTest(name = "M/M/{0} at load {1}, {2} service times per replication")
  @CsvSource({
    "1, 0.50, 150000",
    "1, 0.80, 450000",
    "1, 0.95, 6000000",
    "3, 0.50, 120000",
    "3, 0.80, 200000",
    "3, 0.95, 820000",
    "10, 0.50, 300000",
    "10, 0.80, 120000",
    "10, 0.95, 520000",
  })
  void delaySystemMatchesErlangC(int servers, double load, long services) {
    MultiServerQueue queue =
        MultiServerQueue.delaySystem(servers, load).run(services / 20.0, (double) services);
    List<QueueEstimates> estimates = replicate(queue);
    QueueEstimates theory = queue.theory();

    assertMatches(
        "P(wait)", estimates, QueueEstimates::probabilityOfWaiting, theory.probabilityOfWaiting());
    assertMatches("mean wait", estimates, QueueEstimates::meanWaitMillis, theory.meanWaitMillis());
    assertMatches("utilisation", estimates, QueueEstimates::utilisation, theory.utilisation());
  }

  @IntegrationTest
  @ParameterizedTest(name = "M/M/{0}/{0} with {1} erlangs, {2} service times per replication")
  @CsvSource({
    "10, 8.0, 40000",
    "3, 2.0, 40000",
  })
  void lossSystemMatchesErlangB(int servers, double offeredLoad, long services) {
    MultiServerQueue queue =
        MultiServerQueue.lossSystem(servers, offeredLoad).run(services / 20.0, (double) services);
    List<QueueEstimates> estimates = replicate(queue);
    QueueEstimates theory = queue.theory();

    assertMatches(
        "P(loss)", estimates, QueueEstimates::probabilityOfLoss, theory.probabilityOfLoss());
    assertMatches("utilisation", estimates, QueueEstimates::utilisation, theory.utilisation());
  }

  @Test
  void replicationsAreIndependentButEachIsReproducible() {
    MultiServerQueue queue = MultiServerQueue.delaySystem(3, 0.8).run(100, 2_000);
    List<QueueEstimates> first = replicate(queue);
    List<QueueEstimates> second = replicate(queue);

    assertThat(second).isEqualTo(first);
    assertThat(first.stream().map(QueueEstimates::meanWaitMillis).distinct()).hasSize(REPLICATIONS);
  }

  private static List<QueueEstimates> replicate(MultiServerQueue queue) {
    return queue
        .replicate(testKit.system(), Replications.of(BASE_SEED, REPLICATIONS).parallelism(2))
        .toCompletableFuture()
        .join();
  }

  private static void assertMatches(
      String measure,
      List<QueueEstimates> estimates,
      ToDoubleFunction<QueueEstimates> value,
      double analytic) {
    ConfidenceInterval ci =
        ConfidenceInterval.studentT95(estimates.stream().mapToDouble(value).toArray());
    assertThat(ci.contains(analytic))
        .as("%s: analytic %.6g inside 95%% CI %s", measure, analytic, ci)
        .isTrue();
    assertThat(ci.width())
        .as("%s: CI %s narrower than 5%% of %.6g", measure, ci, analytic)
        .isLessThan(0.05 * analytic);
  }
}
