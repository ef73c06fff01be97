// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import akka.actor.typed.ActorSystem;
import java.util.List;
import java.util.function.LongFunction;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.Simulation;

/**
 * Replications of the full model ({@code patrolsim run}'s entities on the sim-core engine) of one
 * plan, each measured as the hypercube would ({@link ModelSample}). The plan is built once (beats,
 * posts and incident pools from the scenario's seed, so every replication has the same atoms);
 * replication r runs with engine seed {@code Seeds.forReplication(seed, r)}, as many at once as
 * there are cores, on lanes of their own: the samples do not depend on how many run at once. Every
 * replication's report is built, so the model's invariants ({@code RunInvariants}) are checked on
 * each.
 */
public final class FullModelRuns {
  private FullModelRuns() {}

  /**
   * Runs {@code replications} replications of {@code model} and measures each over {@code window}.
   */
  public static List<ModelSample> run(
      ActorSystem<?> system,
      CityModel model,
      PlanHypercube plan,
      int replications,
      long seed,
      Window window) {
    return run(system, plan, replications, seed, window, s -> DispatchRun.replication(model, s));
  }

  /**
   * As {@link #run(ActorSystem, CityModel, PlanHypercube, int, long, Window)}, with the model under
   * test given as a simulation per engine seed (a test may wire a deliberately wrong model to see
   * the check fail).
   */
  public static List<ModelSample> run(
      ActorSystem<?> system,
      PlanHypercube plan,
      int replications,
      long seed,
      Window window,
      LongFunction<Simulation<Msg>> simulation) {
    return Replications.of(seed, replications)
        .parallelism(Runtime.getRuntime().availableProcessors())
        .run(
            system,
            rep -> simulation.apply(rep.seed()),
            result -> measured(result.payloads(DispatchEvent.class), plan, window))
        .toCompletableFuture()
        .join();
  }

  /** A replication's events, its invariants checked (by folding them into its report), measured. */
  private static ModelSample measured(
      List<DispatchEvent> events, PlanHypercube plan, Window window) {
    RunReport.of(events);
    return ModelMeasures.of(events, plan, window);
  }
}
