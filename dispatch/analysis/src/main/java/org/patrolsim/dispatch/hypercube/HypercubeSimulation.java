// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.SimulationResult;
import org.patrolsim.sim.stats.ConfidenceInterval;

/**
 * Simulates a hypercube system on the actor engine ({@link HypercubeModel}) over independent
 * replications and estimates the hypercube measures with Student-t 95 % confidence intervals, to
 * set beside the analytic solution.
 *
 * <p>Each replication starts empty; the first {@link #WARMUP_SHARE} of its horizon is dropped.
 * Replication r uses seed {@code Seeds.forReplication(seed, r)}, so results do not depend on how
 * many replications run at once.
 */
public final class HypercubeSimulation {
  /** Share of each replication's horizon dropped as warm-up. */
  public static final double WARMUP_SHARE = 0.05;

  private HypercubeSimulation() {}

  /**
   * Runs {@code replications} replications of {@code horizon} time units on a private actor system.
   */
  public static SimulatedHypercube run(
      HypercubeSpec spec, int replications, double horizon, long seed) {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "patrolsim-hypercube");
    try {
      return run(system, spec, replications, horizon, seed);
    } finally {
      system.terminate();
    }
  }

  /** Runs the replications on {@code system}, as many at once as there are processors. */
  public static SimulatedHypercube run(
      ActorSystem<?> system, HypercubeSpec spec, int replications, double horizon, long seed) {
    if (replications < 2) {
      throw new IllegalArgumentException("a confidence interval needs at least 2 replications");
    }
    double warmup = horizon * WARMUP_SHARE;
    List<ReplicationSample> samples = samples(system, spec, replications, horizon, seed);

    Estimate[] workloads = new Estimate[spec.units()];
    Estimate[][] f = new Estimate[spec.units()][spec.atomCount()];
    for (int n = 0; n < spec.units(); n++) {
      int unit = n;
      workloads[n] = estimate(samples, s -> s.workloads()[unit]);
      for (int j = 0; j < spec.atomCount(); j++) {
        int atom = j;
        f[n][j] = estimate(samples, s -> s.dispatchFractions()[unit][atom]);
      }
    }
    return new SimulatedHypercube(
        replications,
        seed,
        horizon,
        warmup,
        workloads,
        estimate(samples, ReplicationSample::probAllBusy),
        estimate(samples, ReplicationSample::interDistrictFraction),
        f,
        estimate(samples, ReplicationSample::meanQueueWait));
  }

  /**
   * What each of {@code replications} replications measured, in replication order (for intervals at
   * other levels than 95 %, as {@code patrolsim validate}'s family-wise rule needs).
   */
  public static List<ReplicationSample> samples(
      ActorSystem<?> system, HypercubeSpec spec, int replications, double horizon, long seed) {
    HypercubeModel model = new HypercubeModel(spec, horizon, horizon * WARMUP_SHARE);
    return Replications.of(seed, replications)
        .parallelism(Runtime.getRuntime().availableProcessors())
        .run(system, rep -> model.simulation(rep.seed()), HypercubeSimulation::sample)
        .toCompletableFuture()
        .join();
  }

  private static ReplicationSample sample(SimulationResult result) {
    List<ReplicationSample> found = result.payloads(ReplicationSample.class);
    if (found.size() != 1) {
      throw new IllegalStateException("expected one ReplicationSample, found " + found.size());
    }
    return found.get(0);
  }

  private static Estimate estimate(
      List<ReplicationSample> samples, ToDoubleFunction<ReplicationSample> value) {
    List<Double> values = new ArrayList<>(samples.size());
    for (ReplicationSample s : samples) {
      values.add(value.applyAsDouble(s));
    }
    ConfidenceInterval ci = ConfidenceInterval.studentT95(values);
    return new Estimate(ci.mean(), ci.lower(), ci.upper());
  }
}
