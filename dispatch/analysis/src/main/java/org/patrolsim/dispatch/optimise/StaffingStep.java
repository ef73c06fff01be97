// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.sweep.Estimate;

/**
 * The staffing step of {@code optimise --car-hours}: from the starting plan's first replications
 * (its busy share and calls), the staffing screen's best staffing for every number of cars around
 * the clock the budget allows; the best and others spread towards the starting plan's count ({@link
 * #spread}) go to the confirmation with the starting plan's patrol, and the best also with the
 * posts of the post screen's best set.
 */
final class StaffingStep {
  /** Staffings confirmed with the starting plan's patrol. */
  static final int CANDIDATES = 3;

  private StaffingStep() {}

  /**
   * The screen's best staffing (of equal lost calls, the one with most cars around the clock: below
   * some count, part-day shifts give every hour the same cars whatever the count), then the best
   * with around-the-clock counts spread evenly from it to the starting plan's, {@value #CANDIDATES}
   * in all when they differ: the simulation, which sees what the screen does not (distance, meals,
   * hand-overs), decides how far to go.
   */
  static List<StaffingReport.Entry> spread(List<StaffingReport.Entry> curve, int startVehicles) {
    if (curve.isEmpty()) {
      return List.of();
    }
    StaffingReport.Entry best = curve.get(0);
    for (StaffingReport.Entry e : curve) {
      if (e.lostCalls() <= best.lostCalls() * (1 + 1e-9) + 1e-12) {
        best = e;
      }
    }
    List<StaffingReport.Entry> out = new ArrayList<>(List.of(best));
    int first = curve.get(0).staffing().vehicles();
    int last = curve.get(curve.size() - 1).staffing().vehicles();
    int to = Math.max(first, Math.min(last, startVehicles));
    int v0 = best.staffing().vehicles();
    for (int k = 1; k < CANDIDATES; k++) {
      int v = v0 + (int) Math.round(k * (to - v0) / (double) CANDIDATES);
      StaffingReport.Entry e = curve.get(v - first);
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Adds the staffing candidates to {@code plans} and {@code runs}; {@code plans} holds the
   * starting plan first, then the screened post sets.
   */
  static StaffingReport add(
      LoadedScenario start,
      StaffingBudget budget,
      Confirmation runs,
      List<PostPlan> plans,
      int n0,
      boolean sampleCoverage,
      Consumer<String> log) {
    Scenario s = start.scenario();
    Staffing from = Staffing.of(s.fleet());
    double days = s.days() == null ? 1 : s.days();
    double busy = Estimate.of(runs.values(0, KpiCatalogue.UTILIZATION, n0)).mean();
    double callsPerDay = Estimate.of(runs.values(0, KpiCatalogue.INCIDENTS, n0)).mean() / days;
    double lostShare = Estimate.of(runs.values(0, KpiCatalogue.AVAILABILITY_LOSS, n0)).mean();
    double tau = busy * from.carHours() / callsPerDay;
    if (!(tau > 0 && Double.isFinite(tau))) {
      throw new OptimiseInputError(
          "--car-hours: the starting plan's first "
              + n0
              + " replications kept no car busy (vehicles.utilization "
              + busy
              + ", "
              + callsPerDay
              + " calls a day); expected a plan whose cars take calls");
    }
    List<Double> profile = s.incidents().hourlyProfile();
    double weight = profile.stream().mapToDouble(Double::doubleValue).sum();
    double[] calls = new double[Staffing.HOURS];
    List<Double> callsByHour = new ArrayList<>();
    for (int h = 0; h < Staffing.HOURS; h++) {
      calls[h] = callsPerDay * profile.get(h) / weight;
      callsByHour.add(calls[h]);
    }
    StaffingScreen screen =
        new StaffingScreen(calls, tau, s.fleet().shiftHours(), StaffingScreen.everyHour());
    screen.fitReach(from.carsByHour(), Double.isFinite(lostShare) ? lostShare * callsPerDay : 0);
    int fewest = Math.max(1, s.fleet().crewKinds().stream().mapToInt(k -> k.cars()).sum());
    int most = (int) Math.min(budget.mostOnDuty(), Math.floor(budget.carHours() / Staffing.HOURS));
    List<StaffingReport.Entry> curve = new ArrayList<>();
    for (int v = fewest; v <= most; v++) {
      Staffing best = screen.best(v, budget.carHours(), budget.mostOnDuty(), budget.mostGroups());
      curve.add(new StaffingReport.Entry("", best, screen.lostCalls(best.carsByHour())));
    }
    log.accept(
        String.format(
            Locale.ROOT,
            "staffing screen: %.0f calls a day, %.1f busy minutes per call, %.2f of the cars in"
                + " reach, %.0f car hours a day; %d around-the-clock counts screened",
            callsPerDay,
            tau * 60,
            screen.reach(),
            budget.carHours(),
            curve.size()));
    List<StaffingReport.Entry> candidates = new ArrayList<>();
    PostPlan screened = plans.size() > 1 ? plans.get(1) : null;
    for (StaffingReport.Entry e : spread(curve, from.vehicles())) {
      if (e.staffing().equals(from)) {
        continue;
      }
      String name = "staffing-" + (candidates.size() + 1);
      PostPlan plan = StaffingPlan.plan(start, name, e.staffing(), List.of(), null);
      plans.add(plan);
      runs.add(plan, start.source(), s.seed(), sampleCoverage);
      candidates.add(new StaffingReport.Entry(name, e.staffing(), e.lostCalls()));
    }
    if (!candidates.isEmpty() && screened != null && !screened.sites().isEmpty()) {
      StaffingReport.Entry best = candidates.get(0);
      String name = best.plan() + "+" + screened.name();
      PostPlan plan =
          StaffingPlan.plan(start, name, best.staffing(), screened.sites(), screened.score());
      plans.add(plan);
      runs.add(plan, start.source(), s.seed(), sampleCoverage);
      candidates.add(new StaffingReport.Entry(name, best.staffing(), best.lostCalls()));
    }
    StaffingReport.Entry startEntry =
        new StaffingReport.Entry("start", from, screen.lostCalls(from.carsByHour()));
    return new StaffingReport(
        budget, tau, screen.reach(), callsPerDay, callsByHour, startEntry, curve, candidates);
  }
}
