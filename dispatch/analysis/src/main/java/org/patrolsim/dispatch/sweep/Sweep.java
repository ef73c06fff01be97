// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Runs a sweep on an executor: every variant with the same R replications (the same seeds, so
 * common random numbers pair them), or, with targets, the sequential goal search of {@link
 * GoalSearch}. The estimates are computed from the results filed by (variant, replication) in a
 * fixed order, so they are the same bytes whatever ran the replications, in whatever order, and
 * however often.
 */
public final class Sweep {
  private Sweep() {}

  /** Runs {@code setup}; with {@code targets} not empty, as a goal search along its one axis. */
  public static SweepResult run(
      SweepSetup setup,
      List<Target> targets,
      ReplicationExecutor executor,
      SweepProgress progress) {
    return run(setup, targets, executor, progress, List.of(), result -> {});
  }

  /**
   * As {@link #run(SweepSetup, List, ReplicationExecutor, SweepProgress)}, resuming: the
   * replications in {@code finished} (an earlier run's, from its {@link SweepJournal}) are filed
   * first and not run again, and {@code arrived} hears each replication this run files, as it
   * arrives. The result is the same as an uninterrupted run's, since it is computed from the filed
   * results alone.
   */
  public static SweepResult run(
      SweepSetup setup,
      List<Target> targets,
      ReplicationExecutor executor,
      SweepProgress progress,
      List<ReplicationResult> finished,
      Consumer<ReplicationResult> arrived) {
    if (!targets.isEmpty()) {
      if (!setup.oneAxis()) {
        throw new SweepInputError(
            "--target: a goal search needs the variants along one axis (a grid of one"
                + " field, or a list of variants); "
                + setup.plan().where()
                + " sweeps "
                + setup.plan().axes().size());
      }
      if (setup.replications() < 2) {
        throw new SweepInputError(
            "--target: a goal search needs intervals, so --replications of at least 2");
      }
    }
    ResultBook book = new ResultBook();
    finished.forEach(book::record);
    Run run = new Run(setup, book, executor, progress, arrived);
    int variants = setup.variants().size();
    int[] have = new int[variants];
    if (targets.isEmpty()) {
      run.upTo(allVariants(variants), setup.replications(), have);
      return new SweepResult(setup, estimates(setup, book, have), null, book);
    }
    GoalSearch search = new GoalSearch(targets);
    List<Integer> looks = new ArrayList<>();
    List<Integer> toRun = allVariants(variants);
    List<VariantEstimates> estimates = List.of();
    for (int n : GoalSearch.looks(setup.replications())) {
      run.upTo(toRun, n, have);
      looks.add(n);
      estimates = estimates(setup, book, have);
      toRun = search.open(estimates);
      if (toRun.isEmpty()) {
        break;
      }
    }
    // the replications the search used: those an uninterrupted search runs, whatever a journal held
    // besides
    GoalAnswer answer = search.answer(estimates, looks, Arrays.stream(have).sum());
    return new SweepResult(setup, estimates, answer, book);
  }

  private static List<Integer> allVariants(int n) {
    List<Integer> all = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      all.add(v);
    }
    return all;
  }

  /** What runs the replications, and what hears of them. */
  private static final class Run {
    private final SweepSetup setup;
    private final ResultBook book;
    private final ReplicationExecutor executor;
    private final SweepProgress progress;
    private final Consumer<ReplicationResult> arrived;
    private long planned;

    Run(
        SweepSetup setup,
        ResultBook book,
        ReplicationExecutor executor,
        SweepProgress progress,
        Consumer<ReplicationResult> arrived) {
      this.setup = setup;
      this.book = book;
      this.executor = executor;
      this.progress = progress;
      this.arrived = arrived;
    }

    /**
     * Runs replications {@code have[v]..n-1} of each variant in {@code variants}, variant after
     * variant, except those already filed.
     */
    void upTo(List<Integer> variants, int n, int[] have) {
      List<ReplicationTask> tasks = new ArrayList<>();
      for (int v : variants) {
        for (int r = have[v]; r < n; r++) {
          if (!book.has(new TaskKey(v, r))) {
            tasks.add(ReplicationTask.of(setup.variants().get(v), r));
          }
        }
      }
      planned += tasks.size();
      progress.planned(planned);
      if (!tasks.isEmpty()) {
        execute(tasks);
      }
      for (int v : variants) {
        have[v] = Math.max(have[v], n);
      }
    }

    private void execute(List<ReplicationTask> tasks) {
      try {
        executor
            .run(
                tasks,
                result -> {
                  if (book.record(result)) {
                    arrived.accept(result);
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
