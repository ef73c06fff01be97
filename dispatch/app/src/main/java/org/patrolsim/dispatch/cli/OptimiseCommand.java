// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.optimise.Goal;
import org.patrolsim.dispatch.optimise.OptimiseFiles;
import org.patrolsim.dispatch.optimise.OptimisePage;
import org.patrolsim.dispatch.optimise.OptimiseResult;
import org.patrolsim.dispatch.optimise.Optimiser;
import org.patrolsim.dispatch.optimise.SearchLog;
import org.patrolsim.dispatch.optimise.StaffingBudget;
import org.patrolsim.dispatch.optimise.StaffingFiles;
import org.patrolsim.dispatch.optimise.StartCheck;
import org.patrolsim.dispatch.optimise.TradeOff;
import org.patrolsim.dispatch.optimise.WhatMoved;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.Target;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim optimise [PLAN] --objective max:KPI [--constraint KPI<=V] [--cars N] --out DIR}:
 * where each car should wait, screened then confirmed by simulation ({@link Optimiser}), on this
 * machine or with {@code --cluster} on a cluster's workers (the same answer, byte for byte).
 */
@Command(
    name = "optimise",
    mixinStandardHelpOptions = true,
    description =
        "Choose where each car waits (its post) to improve one KPI under constraints: posts screened"
            + " with a maximum expected covering model on road times, the best few confirmed against the"
            + " starting plan by replications with common random numbers and Kim and Nelson's selection"
            + " procedure (probability 0.95 of picking a plan within --delta of the best), then the"
            + " chosen plan checked against the starting plan on fresh paired replications.")
public final class OptimiseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario = new ScenarioOptions();

  @Option(
      names = "--objective",
      required = true,
      paramLabel = "max:KPI",
      description = "the KPI to improve, e.g. max:streetDisposalShare or min:availabilityLoss")
  String objective;

  @Option(
      names = "--constraint",
      paramLabel = "KPI<=VALUE",
      description = "a KPI every acceptable plan meets (KPI<=VALUE or KPI>=VALUE); repeatable")
  List<String> constraints = new ArrayList<>();

  @Option(
      names = "--cars",
      paramLabel = "N",
      description = "cars on duty around the clock, one post each (default: the plan's)")
  Integer cars;

  @Option(
      names = "--car-hours",
      paramLabel = "H",
      description =
          "a budget of car hours a day instead of a fixed fleet: also choose the cars around the"
              + " clock and part-day shifts of fleet.shiftHours on top (cars x 24 + cars x hours <="
              + " H), screened with Erlang's loss formula per hour")
  Double carHours;

  @Option(
      names = "--most-on-duty",
      paramLabel = "N",
      description =
          "with --car-hours: the most cars on duty at once, the vehicles the force has (default:"
              + " the plan's most on duty in any hour x 1.5, rounded up)")
  Integer mostOnDuty;

  @Option(
      names = "--shift-groups",
      paramLabel = "K",
      description =
          "with --car-hours: the most part-day shift groups (start hours) the plan may add"
              + " (default: "
              + StaffingBudget.DEFAULT_GROUPS
              + ")")
  Integer shiftGroups;

  @Option(
      names = "--delta",
      paramLabel = "D",
      description =
          "indifference zone on the objective (default: 0.005 for a share, 5 for seconds, 1 for a"
              + " count)")
  Double delta;

  @Option(
      names = "--first-replications",
      paramLabel = "N0",
      defaultValue = "10",
      description = "replications of every plan before any is dropped (default: ${DEFAULT-VALUE})")
  int firstReplications;

  @Option(
      names = "--max-replications",
      paramLabel = "R",
      defaultValue = "200",
      description = "the most replications of any plan (default: ${DEFAULT-VALUE})")
  int maxReplications;

  @Option(
      names = "--confirm",
      paramLabel = "K",
      defaultValue = "4",
      description = "screened plans to confirm by simulation (default: ${DEFAULT-VALUE})")
  int confirm;

  @Option(
      names = "--cover-minutes",
      paramLabel = "M",
      description =
          "score posts by a step: covered within this many free-flow road minutes (default: a value"
              + " of road time derived from the objective and the plan, docs/MODEL.md §10)")
  Double coverMinutes;

  @Option(
      names = "--trade-off",
      paramLabel = "N1,N2,...",
      description =
          "also optimise with each of these counts of cars and draw the objective against cars"
              + " (a count with no feasible plan names the constraint that binds)")
  String tradeOff;

  @Option(
      names = "--check-replications",
      paramLabel = "C",
      defaultValue = "100",
      description =
          "fresh paired replications of the chosen and the starting plan, none used by the"
              + " selection, for the comparison with the starting plan (default: ${DEFAULT-VALUE}:"
              + " one-day paired differences of street disposal vary by about 0.004, so 100 pairs"
              + " resolve about 0.001, a fifth of the default --delta, for 200 one-day runs)")
  int checkReplications;

  @Option(
      names = "--out",
      defaultValue = "out/optimise",
      paramLabel = "DIR",
      description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Mixin ClusterRunOptions lanes = new ClusterRunOptions();

  @Override
  public Integer call() {
    if (firstReplications < 2) {
      throw new CliInputError(
          "--first-replications: expected at least 2 (a variance needs two), got "
              + firstReplications);
    }
    if (maxReplications < firstReplications) {
      throw new CliInputError(
          "--max-replications: expected at least --first-replications ("
              + firstReplications
              + "), got "
              + maxReplications);
    }
    if (confirm < 1) {
      throw new CliInputError("--confirm: expected at least 1 screened plan, got " + confirm);
    }
    if (checkReplications < 2) {
      throw new CliInputError(
          "--check-replications: expected at least 2 (a paired interval needs two), got "
              + checkReplications);
    }
    if (coverMinutes != null && !(coverMinutes > 0 && coverMinutes < 1e6)) {
      throw new CliInputError(
          "--cover-minutes: expected a road time above 0 minutes, got " + coverMinutes);
    }
    List<Integer> counts = tradeOff == null ? null : TradeOff.parse(tradeOff);
    lanes.check();
    OutputFolder.check("--out", out);
    LoadedScenario start =
        scenario.load(cars == null ? List.of() : List.of("fleet.vehicles=" + cars));
    Goal parsed = Goal.parse(objective, constraints, start.scenario().fleet().vehicles(), delta);
    if (carHours == null && mostOnDuty != null) {
      throw new CliInputError("--most-on-duty: expected with --car-hours (a staffing budget)");
    }
    if (carHours == null && shiftGroups != null) {
      throw new CliInputError("--shift-groups: expected with --car-hours (a staffing budget)");
    }
    if (carHours != null && counts != null) {
      throw new CliInputError(
          "--trade-off: expected without --car-hours (the curve is over cars around the clock;"
              + " compare budgets with one optimise per --car-hours)");
    }
    Goal goal =
        carHours == null
            ? parsed
            : parsed.withStaffing(
                StaffingBudget.of(
                    carHours,
                    mostOnDuty,
                    shiftGroups == null ? StaffingBudget.DEFAULT_GROUPS : shiftGroups,
                    start));
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    SearchLog log = new SearchLog(err, System::nanoTime);
    Optimiser.Settings settings =
        new Optimiser.Settings(
            firstReplications,
            maxReplications,
            confirm,
            Optimiser.Settings.DEFAULT.starts(),
            coverMinutes,
            checkReplications);
    OptimiseResult result;
    TradeOff curve = null;
    WhatMoved moved;
    try (RoadNetwork network = RunCommand.network(start);
        ReplicationExecutor executor = lanes.executor(err);
        ReplicationProgress progress = new ReplicationProgress()) {
      result = Optimiser.run(start, network, goal, settings, executor, progress, log);
      SearchLog.decisions(result).forEach(log);
      moved = WhatMoved.of(CityModelBuilder.build(start, network), result);
      if (counts != null) {
        curve =
            TradeOff.of(
                counts,
                n ->
                    n == goal.cars()
                        ? result
                        : Optimiser.run(
                            scenario.load(List.of("fleet.vehicles=" + n)),
                            network,
                            new Goal(goal.objective(), goal.constraints(), n, goal.delta()),
                            settings,
                            executor,
                            progress.then(),
                            log),
                log);
      }
    }
    OptimiseFiles.write(result, curve, moved, out);
    log.accept("written to " + out);
    log.write(out);
    summary(o, start, result, (System.nanoTime() - started) / 1e9);
    if (curve != null) {
      tradeOffLines(o, curve);
    }
    o.println(
        "  written to "
            + out
            + ": "
            + OptimiseFiles.PLAN
            + ", "
            + OptimiseFiles.JSON
            + ", "
            + OptimisePage.HTML
            + ", "
            + SearchLog.FILE);
    o.println("  open the report: " + out.resolve(OptimisePage.HTML).toAbsolutePath().normalize());
    o.flush();
    return 0;
  }

  private static void tradeOffLines(PrintWriter o, TradeOff curve) {
    o.println("  trade-off:");
    for (TradeOff.Point p : curve.points()) {
      o.printf(
          Locale.ROOT,
          "    %4d cars  %s%n",
          p.cars(),
          p.feasible()
              ? p.plan() + " " + interval(p.objective())
              : "no feasible plan (" + p.binding() + " binds)");
    }
  }

  private static void summary(
      PrintWriter o, LoadedScenario start, OptimiseResult r, double seconds) {
    OptimiseResult.Row chosen = r.chosenRow();
    o.printf(
        Locale.ROOT,
        "patrolsim optimise %s: %s with %d cars; %d candidate sites, %d sets scored, %d"
            + " replications, %.0f s%n",
        start.source(),
        r.goal().objective(),
        r.goal().cars(),
        r.sites().size(),
        r.search().evaluated(),
        r.replications(),
        seconds);
    for (OptimiseResult.Row row : r.rows()) {
      o.printf(
          Locale.ROOT,
          "  %-9s %4d reps  %s %s%s%n",
          row.plan().name(),
          row.replications(),
          r.goal().objective().kpi().key(),
          interval(row.objective()),
          !row.contested()
              ? "  (misses a constraint)"
              : row.eliminatedAt() > 0 ? "  (dropped after " + row.eliminatedAt() + ")" : "");
    }
    o.printf(
        Locale.ROOT,
        "  chosen: %s (selection's own replications: %s, %d pairs)%s%n",
        chosen.plan().name(),
        interval(r.versusStart()),
        r.versusStart().n(),
        r.capped() ? "; stopped at --max-replications, so the 0.95 guarantee does not hold" : "");
    StartCheck c = r.check();
    o.printf(
        Locale.ROOT,
        "  against the starting plan, %d fresh pairs (replications %d-%d): %s %s%n",
        c.replications(),
        c.firstReplication(),
        c.firstReplication() + c.replications() - 1,
        r.goal().objective().kpi().key(),
        interval(c.objective()));
    if (r.staffing() != null) {
      o.printf(
          Locale.ROOT,
          "  cars per hour 00-23 h, start:  %s%n  cars per hour 00-23 h, chosen: %s%n",
          StaffingFiles.carsByHourLine(r.rows().get(0).plan()),
          StaffingFiles.carsByHourLine(chosen.plan()));
    }
    for (int i = 0; i < r.goal().constraints().size(); i++) {
      Target t = r.goal().constraints().get(i);
      Estimate e = c.constraints().get(i);
      o.printf(
          Locale.ROOT,
          "  constraint %s: %s %s (change %s)%n",
          t,
          interval(e),
          t.status(e).name().toLowerCase(Locale.ROOT),
          interval(c.constraintDeltas().get(i)));
    }
    o.printf(Locale.ROOT, "  %s%n", OptimiseFiles.verdict(r));
  }

  private static String interval(Estimate e) {
    return String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", e.mean(), e.low(), e.high());
  }
}
