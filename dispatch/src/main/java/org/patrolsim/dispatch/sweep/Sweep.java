// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Runs a sweep on an executor: every variant with the same R replications (the same seeds, so common
 * random numbers pair them), or, with targets, the sequential goal search of {@link GoalSearch}. The
 * estimates are computed from the results filed by (variant, replication) in a fixed order, so they are
 * the same bytes whatever ran the replications, in whatever order, and however often.
 */
public final class Sweep {
  private Sweep() {}

  /** Runs {@code setup}; with {@code targets} not empty, as a goal search along its one axis. */
  public static SweepResult run(SweepSetup setup, List<Target> targets, ReplicationExecutor executor,
      SweepProgress progress) {
    if (!targets.isEmpty()) {
      if (!setup.oneAxis()) {
        throw new SweepInputError("--target: a goal search needs the variants along one axis (a grid of one"
            + " field, or a list of variants); " + setup.plan().where() + " sweeps " + setup.plan().axes().size());
      }
      if (setup.replications() < 2) {
        throw new SweepInputError("--target: a goal search needs intervals, so --replications of at least 2");
      }
    }
    ResultBook book = new ResultBook();
    int variants = setup.variants().size();
    int[] have = new int[variants];
    long planned = 0;
    if (targets.isEmpty()) {
      progress.planned((long) variants * setup.replications());
      runUpTo(setup, allVariants(variants), setup.replications(), have, book, executor, progress);
      return new SweepResult(setup, estimates(setup, book, have), null, book);
    }
    GoalSearch search = new GoalSearch(targets);
    List<Integer> looks = new ArrayList<>();
    List<Integer> toRun = allVariants(variants);
    List<VariantEstimates> estimates = List.of();
    for (int n : GoalSearch.looks(setup.replications())) {
      for (int v : toRun) {
        planned += n - have[v];
      }
      progress.planned(planned);
      runUpTo(setup, toRun, n, have, book, executor, progress);
      looks.add(n);
      estimates = estimates(setup, book, have);
      toRun = search.open(estimates);
      if (toRun.isEmpty()) {
        break;
      }
    }
    GoalAnswer answer = search.answer(estimates, looks, book.size());
    return new SweepResult(setup, estimates, answer, book);
  }

  private static List<Integer> allVariants(int n) {
    List<Integer> all = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      all.add(v);
    }
    return all;
  }

  /** Runs replications {@code have[v]..n-1} of each variant in {@code variants}, variant after variant. */
  private static void runUpTo(SweepSetup setup, List<Integer> variants, int n, int[] have, ResultBook book,
      ReplicationExecutor executor, SweepProgress progress) {
    List<ReplicationTask> tasks = new ArrayList<>();
    for (int v : variants) {
      for (int r = have[v]; r < n; r++) {
        tasks.add(ReplicationTask.of(setup.variants().get(v), r));
      }
    }
    try {
      executor.run(tasks, result -> {
        if (book.record(result)) {
          progress.done();
        }
      }).toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
    for (int v : variants) {
      have[v] = Math.max(have[v], n);
    }
  }

  private static List<VariantEstimates> estimates(SweepSetup setup, ResultBook book, int[] have) {
    double[][] baseline = book.of(setup.baseline(), have[setup.baseline()]);
    List<VariantEstimates> out = new ArrayList<>();
    for (Variant v : setup.variants()) {
      out.add(VariantEstimates.of(v, book.of(v.index(), have[v.index()]), baseline));
    }
    return out;
  }
}
