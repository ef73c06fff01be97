// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.backtest.Comparison;
import org.patrolsim.dispatch.drill.DrillReplay;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.model.ScenarioMap;
import org.patrolsim.dispatch.report.ConsoleTable;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim run}: simulates a scenario and writes summary.json, incidents.csv,
 * decisions.jsonl, the GeoJSON layers (jurisdictions.geojson among them) and report.html, whose
 * path it prints last. The large files are written as the run goes ({@link RunFiles}), gzipped with
 * {@code --gzip}. With {@code --compare RECORDS} the run replays the records' calls and is compared
 * with them ({@link Backtest}): compare.json and compare.html too, and exit code 1 with {@code
 * --fail-on-mismatch} when a line fails.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Simulate a deployment plan and report street-level disposal, call-outs and response times.")
public final class RunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ScenarioOptions scenario = new ScenarioOptions();

  @Option(
      names = "--threads",
      description =
          "Threads for the entity actors (default 1: one simulated day is fastest on one"
              + " thread, see BENCHMARKS.md; outputs are identical whatever the count); with --replications,"
              + " replications run at once (default: one per core).")
  Integer threads;

  @Option(
      names = "--replications",
      defaultValue = "1",
      description =
          "Independent replications (default ${DEFAULT-VALUE}); from 2 on, summary.json gives every KPI"
              + " as a mean with its 95 %% interval and replications.csv one row per replication.")
  int replications = 1;

  @Option(
      names = "--out",
      defaultValue = "out/run",
      description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--gzip",
      description =
          "Write the large files gzipped: incidents.csv.gz, decisions.jsonl.gz,"
              + " incidents.geojson.gz (for long runs).")
  boolean gzip;

  @Option(
      names = "--injections",
      paramLabel = "DRILL-LOG",
      description =
          "Replay a drill (patrolsim drill): its log's injected incidents and its end, where the drill placed"
              + " them; with the drill's scenario and options the outputs equal the drill's byte for byte.")
  Path injections;

  @Mixin CompareOptions compare = new CompareOptions();

  @Override
  public Integer call() {
    return execute(out);
  }

  Integer execute(Path outDir) {
    if (threads != null && threads < 1) {
      throw new CliInputError("--threads: expected at least 1, got " + threads);
    }
    if (replications < 1) {
      throw new CliInputError("--replications: expected at least 1, got " + replications);
    }
    OutputFolder.check("--out", outDir);
    String stray = compare.withoutCompare();
    if (stray != null) {
      throw new CliInputError(stray + ": only with --compare RECORDS");
    }
    if (compare.active() && (replications > 1 || injections != null)) {
      throw new CliInputError(
          "--compare replays the records once: not with "
              + (replications > 1 ? "--replications" : "--injections"));
    }
    Backtest backtest = compare.active() ? Backtest.prepare(compare) : null;
    LoadedScenario loaded = scenario.load();
    if (backtest != null) {
      loaded = scenario.load(backtest.replay(loaded, scenario.overrides.days != null));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (injections != null && replications > 1) {
      throw new CliInputError("--injections replays one drill: not with --replications");
    }
    if (replications > 1) {
      return RunReplications.execute(
          loaded, replications, threads, outDir, gzip, spec.commandLine());
    }
    RunReport report;
    CityModel model;
    List<String> written;
    Comparison comparison = null;
    try (RoadNetwork network = network(loaded)) {
      model = CityModelBuilder.build(loaded, network);
      if (backtest != null) {
        backtest.replayRead();
      }
      DrillReplay drill = injections == null ? null : DrillReplay.read(injections, model);
      if (drill != null) {
        drill
            .differencesFrom(model)
            .forEach(d -> err.println("patrolsim: note: " + d + ": not a replay of the drill"));
      }
      PlanMap plan = PlanMap.of(model);
      try (ReportFiles files = ReportFiles.in(outDir, gzip)) {
        RunFiles run = RunFiles.open(files);
        if (backtest != null) {
          run.observers().add(backtest.observer());
        }
        report =
            Progress.around(
                model,
                threads == null ? 1 : threads,
                run.fold(),
                b -> {
                  if (drill != null) {
                    drill.addTo(b, model);
                  }
                });
        if (backtest != null) {
          comparison = backtest.write(model, loaded, files);
        }
        run.complete(report, plan, Map.of(), true);
        written = files.names();
      }
    } catch (GeoInputException e) {
      throw new CliInputError(e.getMessage());
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        "patrolsim: "
            + loaded.source()
            + ", "
            + model.scenario().days()
            + " day(s), seed "
            + loaded.scenario().seed()
            + ", policy "
            + loaded.scenario().dispatch().policy());
    o.print(ConsoleTable.of(report));
    o.println("  written to " + outDir + ": " + String.join(", ", written));
    o.println("  open the report: " + outDir.resolve(HtmlReport.FILE).toAbsolutePath().normalize());
    o.flush();
    return comparison == null ? 0 : backtest.print(o, comparison);
  }

  static RoadNetwork network(LoadedScenario loaded) {
    return ScenarioMap.open(loaded.scenario().map());
  }
}
