// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import akka.actor.typed.ActorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.patrolsim.dispatch.hypercube.HypercubeSimulation;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.queueing.MultiServerQueue;
import org.patrolsim.sim.queueing.QueueEstimates;

/**
 * The engine alone: sim-core's M/M/c models against Erlang's formulas. Erlang B: M/M/3/3 at a = 2;
 * Erlang C: M/M/3 at rho = 0.7.
 *
 * @param loss Erlang B (calls lost when all servers are busy) or Erlang C (they wait)
 * @param replications independent replications
 * @param horizon length of each in mean service times, the first 5 % dropped
 */
public record ErlangCase(boolean loss, int replications, double horizon) implements ValidationCase {

  @Override
  public String name() {
    return loss ? "Erlang B: M/M/3/3, a = 2" : "Erlang C: M/M/3, rho = 0.7";
  }

  @Override
  public List<ValidationCheck> run(ActorSystem<?> system, long seed) {
    double warmup = horizon * HypercubeSimulation.WARMUP_SHARE;
    MultiServerQueue queue =
        (loss ? MultiServerQueue.lossSystem(3, 2.0) : MultiServerQueue.delaySystem(3, 0.7))
            .run(warmup, horizon - warmup);
    List<QueueEstimates> runs =
        queue
            .replicate(
                system,
                Replications.of(seed, replications)
                    .parallelism(Runtime.getRuntime().availableProcessors()))
            .toCompletableFuture()
            .join();
    QueueEstimates theory = queue.theory();
    List<ValidationCheck> checks = new ArrayList<>();
    if (loss) {
      checks.add(
          check(
              "P(loss) = P(all busy)",
              theory.probabilityOfLoss(),
              runs,
              QueueEstimates::probabilityOfLoss));
    } else {
      double service = queue.meanServiceMillis();
      checks.add(
          check(
              "P(wait) = P(all busy)",
              theory.probabilityOfWaiting(),
              runs,
              QueueEstimates::probabilityOfWaiting));
      checks.add(
          check(
              "mean queue wait",
              theory.meanWaitMillis() / service,
              runs,
              e -> e.meanWaitMillis() / service));
    }
    checks.add(
        check("server utilisation", theory.utilisation(), runs, QueueEstimates::utilisation));
    return checks;
  }

  private ValidationCheck check(
      String measure,
      double analytic,
      List<QueueEstimates> runs,
      ToDoubleFunction<QueueEstimates> value) {
    return new ValidationCheck(
        name(), measure, analytic, runs.stream().map(value::applyAsDouble).toList());
  }
}
