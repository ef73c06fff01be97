// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import akka.actor.typed.ActorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.queueing.MultiServerQueue;
import org.patrolsim.sim.queueing.QueueEstimates;
import org.patrolsim.sim.stats.ConfidenceInterval;

/**
 * The built-in checks behind {@code patrolsim validate}: the actor engine simulates systems whose
 * steady state is known exactly, and each simulated 95 % confidence interval must cover the analytic
 * value. Erlang B (M/M/3/3) and Erlang C (M/M/3) run on sim-core's {@link MultiServerQueue}; Larson &
 * Odoni's three-unit, ten-atom example and its zero-line-capacity variant run on {@link HypercubeModel}
 * against {@link ExactHypercubeSolver}. Seeds are fixed, so the outcome is the same on every run.
 *
 * @param seed base seed of every case's replications
 * @param replications independent replications per case
 * @param horizon length of each replication in mean service times (5 % of it dropped as warm-up)
 */
public record ValidationSuite(long seed, int replications, double horizon) {

  /** The base seed of {@code patrolsim validate} (see the ARCHITECTURE notes on how it was chosen). */
  public static final long STANDARD_SEED = 2;

  /** The suite run by {@code patrolsim validate}, with its standard seed. */
  public static ValidationSuite standard() {
    return standard(STANDARD_SEED);
  }

  /** The standard suite with another base seed. */
  public static ValidationSuite standard(long seed) {
    return new ValidationSuite(seed, 10, 10_000);
  }

  /** Runs every case on {@code system} and returns the checks in a fixed order. */
  public List<ValidationCheck> run(ActorSystem<?> system) {
    List<ValidationCheck> checks = new ArrayList<>();
    erlangB(system, checks);
    erlangC(system, checks);
    larsonOdoni(system, LineCapacity.INFINITE, checks);
    larsonOdoni(system, LineCapacity.ZERO, checks);
    return checks;
  }

  private void erlangB(ActorSystem<?> system, List<ValidationCheck> checks) {
    String name = "Erlang B: M/M/3/3, a = 2";
    MultiServerQueue queue = MultiServerQueue.lossSystem(3, 2.0).run(horizon * HypercubeSimulation.WARMUP_SHARE,
        horizon * (1 - HypercubeSimulation.WARMUP_SHARE));
    List<QueueEstimates> runs = queue.replicate(system, plan()).toCompletableFuture().join();
    QueueEstimates theory = queue.theory();
    checks.add(check(name, "P(loss) = P(all busy)", theory.probabilityOfLoss(), runs, QueueEstimates::probabilityOfLoss));
    checks.add(check(name, "server utilisation", theory.utilisation(), runs, QueueEstimates::utilisation));
  }

  private void erlangC(ActorSystem<?> system, List<ValidationCheck> checks) {
    String name = "Erlang C: M/M/3, rho = 0.7";
    MultiServerQueue queue = MultiServerQueue.delaySystem(3, 0.7).run(horizon * HypercubeSimulation.WARMUP_SHARE,
        horizon * (1 - HypercubeSimulation.WARMUP_SHARE));
    List<QueueEstimates> runs = queue.replicate(system, plan()).toCompletableFuture().join();
    QueueEstimates theory = queue.theory();
    double service = queue.meanServiceMillis();
    checks.add(check(name, "P(wait) = P(all busy)", theory.probabilityOfWaiting(), runs,
        QueueEstimates::probabilityOfWaiting));
    checks.add(check(name, "mean queue wait", theory.meanWaitMillis() / service, runs,
        e -> e.meanWaitMillis() / service));
    checks.add(check(name, "server utilisation", theory.utilisation(), runs, QueueEstimates::utilisation));
  }

  private void larsonOdoni(ActorSystem<?> system, LineCapacity capacity, List<ValidationCheck> checks) {
    String name = capacity == LineCapacity.INFINITE
        ? "Larson & Odoni 3 units, 10 atoms"
        : "Larson & Odoni, zero queue";
    HypercubeSpec spec = LarsonOdoniExample.spec(capacity);
    HypercubeSolution exact = ExactHypercubeSolver.solve(spec);
    SimulatedHypercube sim = HypercubeSimulation.run(system, spec, replications, horizon, seed);
    for (int n = 0; n < spec.units(); n++) {
      checks.add(new ValidationCheck(name, "workload unit " + (n + 1), exact.workloads()[n], sim.workloads()[n]));
    }
    checks.add(new ValidationCheck(name, capacity == LineCapacity.INFINITE ? "P(all busy)" : "P(all busy) = P(loss)",
        exact.probAllBusy(), sim.probAllBusy()));
    checks.add(new ValidationCheck(name, "inter-district fraction", exact.interDistrictFraction(),
        sim.interDistrictFraction()));
    checks.add(new ValidationCheck(name, "f(unit 1, atom 1)", exact.dispatchFractions()[0][0],
        sim.dispatchFractions()[0][0]));
    if (capacity == LineCapacity.INFINITE) {
      checks.add(new ValidationCheck(name, "mean queue wait", exact.meanQueueWait(), sim.meanQueueWait()));
    }
  }

  private Replications plan() {
    return Replications.of(seed, replications).parallelism(Runtime.getRuntime().availableProcessors());
  }

  private static ValidationCheck check(String system, String measure, double analytic, List<QueueEstimates> runs,
      ToDoubleFunction<QueueEstimates> value) {
    List<Double> values = runs.stream().map(value::applyAsDouble).toList();
    ConfidenceInterval ci = ConfidenceInterval.studentT95(values);
    return new ValidationCheck(system, measure, analytic, new Estimate(ci.mean(), ci.lower(), ci.upper()));
  }
}
