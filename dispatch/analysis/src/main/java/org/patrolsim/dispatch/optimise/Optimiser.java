// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.SweepProgress;
import org.patrolsim.dispatch.sweep.Target;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * {@code patrolsim optimise}: where the cars of a plan should wait. It simulates the starting plan
 * (its first replications give the cars' busy share), screens sets of posts with {@link
 * CoverageScreen} searched by {@link PostSearch}, then confirms the best few against the starting
 * plan by simulation with common random numbers: plans that miss a constraint for sure after the
 * first stage drop out, and {@link KimNelson} picks among the rest. Last, a fixed number of fresh
 * replications compares the chosen plan with the starting plan ({@link StartCheck}).
 */
public final class Optimiser {
  /** The stated probability of correct selection is 1 - {@value}. */
  public static final double ALPHA = 0.05;

  /**
   * How hard to search and confirm.
   *
   * @param firstReplications KN's first stage n0, at least 2
   * @param maxReplications the most replications of any plan
   * @param confirm how many screened sets to confirm
   * @param starts the search's starts (the greedy one and random ones)
   * @param coverMinutes the screen's coverage radius (a step value), free-flow road minutes; null
   *     for the objective's own value function ({@link ScreenValue})
   * @param checkReplications the fresh paired replications of the chosen and the starting plan
   */
  public record Settings(
      int firstReplications,
      int maxReplications,
      int confirm,
      int starts,
      Double coverMinutes,
      int checkReplications) {
    public static final Settings DEFAULT = new Settings(10, 200, 4, 8, null, 100);
  }

  private Optimiser() {}

  /** Optimises the posts of {@code start}'s cars for {@code goal}. */
  public static OptimiseResult run(
      LoadedScenario start,
      RoadNetwork network,
      Goal goal,
      Settings settings,
      ReplicationExecutor executor,
      SweepProgress progress,
      Consumer<String> log) {
    int n0 = settings.firstReplications();
    long began = System.nanoTime();
    long seed = start.scenario().seed();
    CityModel model = CityModelBuilder.build(start, network);
    List<Site> sites = CandidateSites.of(model, goal.cars());
    if (sites.size() < goal.cars()) {
      throw new OptimiseInputError(
          "--cars "
              + goal.cars()
              + ": only "
              + sites.size()
              + " candidate sites for posts in "
              + start.source()
              + "; expected at most as many cars");
    }
    Confirmation runs = new Confirmation(executor, progress);
    List<PostPlan> plans = new ArrayList<>();
    plans.add(PostPlan.start(start));
    boolean sampleCoverage = goal.measuresCoverage();
    runs.add(plans.get(0), start.source(), seed, sampleCoverage);
    log.accept("simulating the starting plan (" + n0 + " replications)");
    double busy = Estimate.of(runs.values(0, KpiCatalogue.UTILIZATION, n0)).mean();
    long startDone = System.nanoTime();
    double q = Double.isFinite(busy) ? Math.min(0.95, Math.max(0, busy)) : 0;
    log.accept(
        "screening posts for "
            + goal.cars()
            + " cars among "
            + sites.size()
            + " sites (cars busy "
            + Math.round(q * 1000) / 10.0
            + " % of the time)");
    ScreenValue value = ScreenValue.of(model, goal.objective().kpi(), settings.coverMinutes());
    log.accept("the screen values a call by " + value.kind() + " (" + value.reason() + ")");
    CoverageScreen screen = CoverageScreen.of(model, sites, q, value);
    PostSearch.Result search =
        PostSearch.search(screen, goal.cars(), settings.confirm(), settings.starts(), seed);
    for (int i = 0; i < search.ranked().size(); i++) {
      PostSearch.Ranked r = search.ranked().get(i);
      List<Site> chosen = new ArrayList<>();
      for (int s : r.sites()) {
        chosen.add(sites.get(s));
      }
      PostPlan plan = PostPlan.of(start, "screen-" + (i + 1), chosen, r.score());
      plans.add(plan);
      runs.add(plan, start.source(), seed, sampleCoverage);
    }
    StaffingReport staffing =
        goal.staffing() == null
            ? null
            : StaffingStep.add(start, goal.staffing(), runs, plans, n0, sampleCoverage, log);
    int[] all = new int[plans.size()];
    java.util.Arrays.setAll(all, i -> i);
    long screenDone = System.nanoTime();
    log.accept("confirming " + (plans.size() - 1) + " screened plans and the starting plan");
    runs.run(all, 0, n0);
    long firstStageDone = System.nanoTime();
    List<Integer> feasible = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      if (missed(runs, p, goal, n0) == null && withinBudget(plans.get(p), goal)) {
        feasible.add(p);
      }
    }
    if (feasible.isEmpty()) {
      throw noFeasiblePlan(runs, plans, goal, n0);
    }
    int[] contest = feasible.stream().mapToInt(Integer::intValue).toArray();
    KimNelson kn = new KimNelson(goal.delta(), ALPHA, n0, settings.maxReplications());
    KimNelson.Selection selection =
        kn.select(
            contest.length,
            runs.sampler(goal.objective(), contest),
            (r, survivors, last) ->
                progress.forecast(runs.replications() + (long) survivors * (last - r)));
    int chosen = contest[selection.chosen()];
    int n = selection.observations()[selection.chosen()];
    long selectionDone = System.nanoTime();
    double[] base = runs.values(0, goal.objective().kpi(), n);
    double[] best = runs.values(chosen, goal.objective().kpi(), n);
    List<OptimiseResult.Row> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      int k = feasible.indexOf(p);
      int reps = k >= 0 ? selection.observations()[k] : n0;
      if (p == 0) {
        reps = Math.max(reps, n);
      }
      List<Estimate> constraintEstimates = new ArrayList<>();
      for (Target t : goal.constraints()) {
        constraintEstimates.add(Estimate.of(runs.values(p, t.kpi(), reps)).within(t.kpi().unit()));
      }
      rows.add(
          new OptimiseResult.Row(
              plans.get(p),
              reps,
              Estimate.of(runs.values(p, goal.objective().kpi(), reps))
                  .within(goal.objective().kpi().unit()),
              constraintEstimates,
              k >= 0,
              k >= 0 ? selection.eliminatedAt()[k] : 0));
    }
    int firstCheck = settings.maxReplications();
    for (int p = 0; p < plans.size(); p++) {
      if (!runs.replicationsOf(p).isEmpty() && runs.replicationsOf(p).last() >= firstCheck) {
        throw new IllegalStateException(
            "selection ran replication " + runs.replicationsOf(p).last());
      }
    }
    log.accept(
        "checking "
            + plans.get(chosen).name()
            + " against the starting plan on "
            + settings.checkReplications()
            + " fresh replications ("
            + firstCheck
            + " to "
            + (firstCheck + settings.checkReplications() - 1)
            + ")");
    StartCheck check =
        StartCheck.run(runs, 0, chosen, goal, firstCheck, settings.checkReplications());
    long checkDone = System.nanoTime();
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "wall time: starting plan %.1f s, screen %.1f s, first stage %.1f s, KN %.1f s,"
                + " check %.1f s",
            (startDone - began) / 1e9,
            (screenDone - startDone) / 1e9,
            (firstStageDone - screenDone) / 1e9,
            (selectionDone - firstStageDone) / 1e9,
            (checkDone - selectionDone) / 1e9));
    return new OptimiseResult(
        goal,
        settings,
        seed,
        sites,
        screen.demandPoints(),
        q,
        value,
        search,
        kn.hSquared(Math.max(2, contest.length)),
        rows,
        chosen,
        Estimate.paired(base, best),
        selection.capped(),
        runs.replications(),
        staffing,
        check);
  }

  /** Whether {@code plan}'s staffing keeps within the goal's car-hours budget, when it has one. */
  private static boolean withinBudget(PostPlan plan, Goal goal) {
    return goal.staffing() == null || goal.staffing().allows(Staffing.of(plan));
  }

  /** The first constraint plan {@code p} misses for sure after {@code n} replications, or null. */
  private static Target missed(Confirmation runs, int p, Goal goal, int n) {
    for (Target t : goal.constraints()) {
      Estimate e = Estimate.of(runs.values(p, t.kpi(), n)).within(t.kpi().unit());
      if (t.status(e) == Target.Status.MISSED) {
        return t;
      }
    }
    return null;
  }

  private static NoFeasiblePlan noFeasiblePlan(
      Confirmation runs, List<PostPlan> plans, Goal goal, int n) {
    Target binding = null;
    int most = -1;
    for (Target t : goal.constraints()) {
      int missedBy = 0;
      for (int p = 0; p < plans.size(); p++) {
        Estimate e = Estimate.of(runs.values(p, t.kpi(), n)).within(t.kpi().unit());
        missedBy += t.status(e) == Target.Status.MISSED ? 1 : 0;
      }
      if (missedBy > most) {
        most = missedBy;
        binding = t;
      }
    }
    double bestMean = Double.NaN;
    for (int p = 0; p < plans.size(); p++) {
      double m = Estimate.of(runs.values(p, binding.kpi(), n)).mean();
      if (Double.isNaN(bestMean) || (binding.atLeast() ? m > bestMean : m < bestMean)) {
        bestMean = m;
      }
    }
    return new NoFeasiblePlan(
        binding,
        "--constraint "
            + binding
            + ": no plan meets it: "
            + most
            + " of the "
            + plans.size()
            + " plans confirmed (the starting plan and the screen's best) miss it with 95 % confidence"
            + " after "
            + n
            + " replications, the best reaching "
            + org.patrolsim.dispatch.sweep.SweepFiles.cell(bestMean)
            + "; expected a constraint a plan with "
            + goal.cars()
            + " cars can meet (more --cars, or a looser value)");
  }
}
