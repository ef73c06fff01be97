// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.ReplicationTask;
import org.patrolsim.dispatch.sweep.SweepProgress;
import org.patrolsim.dispatch.sweep.TaskKey;
import org.patrolsim.dispatch.sweep.Variant;

/**
 * The replications of the plans under confirmation: replication r of every plan runs on the same
 * seed (common random numbers), each is run once and kept, so a procedure can ask for any of them
 * again.
 */
final class Confirmation {
  private final List<Variant> variants = new ArrayList<>();
  private final Map<TaskKey, double[]> kpis = new ConcurrentHashMap<>();
  private final ReplicationExecutor executor;
  private final SweepProgress progress;
  private long planned;

  Confirmation(ReplicationExecutor executor, SweepProgress progress) {
    this.executor = executor;
    this.progress = progress;
  }

  /**
   * Adds a plan; its index is its place in the order added. Unless {@code sampleCoverage}, its
   * replications sample coverage once a day instead of the plan's {@code
   * report.coverageSampleMinutes}: a sample sweeps the whole network and no other KPI depends on it
   * (the samples' instants come from the command centre's own random numbers).
   */
  int add(PostPlan plan, String source, long seed, boolean sampleCoverage) {
    int index = variants.size();
    String json = sampleCoverage ? plan.scenarioJson() : onceADay(plan.scenarioJson());
    variants.add(new Variant(index, plan.name(), List.of(), source, json, seed));
    return index;
  }

  private static String onceADay(String scenarioJson) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(scenarioJson);
      ObjectNode report = root.get("report") instanceof ObjectNode r ? r : root.putObject("report");
      report.put("coverageSampleMinutes", MINUTES_A_DAY);
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario's own JSON must read back", e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MINUTES_A_DAY = 1440;

  /**
   * Runs replications {@code from} to {@code to} (exclusive) of each of {@code plans} not run yet.
   */
  void run(int[] plans, int from, int to) {
    List<ReplicationTask> tasks = new ArrayList<>();
    for (int p : plans) {
      for (int r = from; r < to; r++) {
        if (!kpis.containsKey(new TaskKey(p, r))) {
          tasks.add(ReplicationTask.of(variants.get(p), r));
        }
      }
    }
    if (tasks.isEmpty()) {
      return;
    }
    planned += tasks.size();
    progress.planned(planned);
    try {
      executor
          .run(
              tasks,
              result -> {
                if (kpis.putIfAbsent(result.key(), result.kpis()) == null) {
                  progress.done();
                }
              })
          .toCompletableFuture()
          .join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  /** The values of {@code kpi} in replications 0 to {@code n} (exclusive) of {@code plan}. */
  double[] values(int plan, Kpi kpi, int n) {
    return values(plan, kpi, 0, n);
  }

  /** The values of {@code kpi} in replications {@code from} to {@code to} (exclusive). */
  double[] values(int plan, Kpi kpi, int from, int to) {
    run(new int[] {plan}, from, to);
    int k = KpiCatalogue.indexOf(kpi.key());
    double[] out = new double[to - from];
    for (int r = from; r < to; r++) {
      out[r - from] = kpis.get(new TaskKey(plan, r))[k];
    }
    return out;
  }

  /** The replication numbers run of {@code plan}, ascending. */
  java.util.SortedSet<Integer> replicationsOf(int plan) {
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (TaskKey key : kpis.keySet()) {
      if (key.variant() == plan) {
        out.add(key.replication());
      }
    }
    return out;
  }

  /** A sampler of the objective, larger better, for {@link KimNelson}: systems are plans. */
  KimNelson.Sampler sampler(Objective objective, int[] plans) {
    return (systems, from, to) -> {
      int[] which = new int[systems.length];
      for (int s = 0; s < systems.length; s++) {
        which[s] = plans[systems[s]];
      }
      run(which, from, to);
      double[][] out = new double[systems.length][to - from];
      int k = KpiCatalogue.indexOf(objective.kpi().key());
      for (int s = 0; s < systems.length; s++) {
        for (int r = from; r < to; r++) {
          double v = kpis.get(new TaskKey(which[s], r))[k];
          if (!Double.isFinite(v)) {
            throw new OptimiseInputError(
                "--objective "
                    + objective
                    + ": replication "
                    + r
                    + " of plan "
                    + variants.get(which[s]).name()
                    + " has no value of "
                    + objective.kpi().key()
                    + " (nothing it measures happened); expected a KPI every day has a value of");
          }
          out[s][r - from] = objective.toMax(v);
        }
      }
      return out;
    };
  }

  /** How many replications have run. */
  int replications() {
    return kpis.size();
  }
}
