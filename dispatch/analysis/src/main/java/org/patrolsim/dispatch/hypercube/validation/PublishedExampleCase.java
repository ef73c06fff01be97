// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import akka.actor.typed.ActorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.patrolsim.dispatch.hypercube.ExactHypercubeSolver;
import org.patrolsim.dispatch.hypercube.HypercubeSimulation;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.LarsonOdoniExample;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.hypercube.ReplicationSample;

/**
 * The abstract hypercube model on the engine ({@code HypercubeModel}) against the exact solver, on
 * Larson & Odoni's published 3-unit, 10-atom example, with an infinite or a zero queue.
 *
 * @param capacity the example's line capacity
 * @param replications independent replications
 * @param horizon length of each in the example's time unit (about one mean service time), 5 %
 *     dropped
 */
public record PublishedExampleCase(LineCapacity capacity, int replications, double horizon)
    implements ValidationCase {

  @Override
  public String name() {
    return capacity == LineCapacity.INFINITE
        ? "Larson & Odoni 3 units, 10 atoms"
        : "Larson & Odoni, zero queue";
  }

  @Override
  public List<ValidationCheck> run(ActorSystem<?> system, long seed) {
    HypercubeSpec spec = LarsonOdoniExample.spec(capacity);
    HypercubeSolution exact = ExactHypercubeSolver.solve(spec);
    List<ReplicationSample> runs =
        HypercubeSimulation.samples(system, spec, replications, horizon, seed);
    List<ValidationCheck> checks = new ArrayList<>();
    for (int n = 0; n < spec.units(); n++) {
      int unit = n;
      checks.add(
          check("workload unit " + (n + 1), exact.workloads()[n], runs, r -> r.workloads()[unit]));
    }
    checks.add(
        check(
            capacity == LineCapacity.INFINITE ? "P(all busy)" : "P(all busy) = P(loss)",
            exact.probAllBusy(),
            runs,
            ReplicationSample::probAllBusy));
    checks.add(
        check(
            "inter-district fraction",
            exact.interDistrictFraction(),
            runs,
            ReplicationSample::interDistrictFraction));
    checks.add(
        check(
            "f(unit 1, atom 1)",
            exact.dispatchFractions()[0][0],
            runs,
            r -> r.dispatchFractions()[0][0]));
    if (capacity == LineCapacity.INFINITE) {
      checks.add(
          check("mean queue wait", exact.meanQueueWait(), runs, ReplicationSample::meanQueueWait));
    }
    return checks;
  }

  private ValidationCheck check(
      String measure,
      double analytic,
      List<ReplicationSample> runs,
      ToDoubleFunction<ReplicationSample> value) {
    return new ValidationCheck(
        name(), measure, analytic, runs.stream().map(value::applyAsDouble).toList());
  }
}
