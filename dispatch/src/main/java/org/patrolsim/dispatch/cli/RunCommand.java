// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.drill.DrillReplay;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.report.ConsoleTable;
import org.patrolsim.dispatch.report.geojson.JurisdictionsGeoJson;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.GeoJsonFiles;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim run}: simulates a scenario and writes summary.json, incidents.csv, decisions.jsonl, the
 * GeoJSON layers (jurisdictions.geojson among them) and report.html, whose path it prints last.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Simulate a deployment plan and report street-level disposal, call-outs and response times.")
public final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (YAML or JSON); default: the bundled default scenario.")
  Path scenario;

  @Option(names = "--seed", description = "Random seed (overrides the scenario's).")
  Long seed;

  @Option(names = "--days", description = "Simulated days (overrides the scenario's).")
  Integer days;

  @Option(names = "--threads",
      description = "Threads for the entity actors (default 1: one simulated day is fastest on one"
          + " thread, see BENCHMARKS.md; outputs are identical whatever the count); with --replications,"
          + " replications run at once (default: one per core).")
  Integer threads;

  @Option(names = "--replications", defaultValue = "1",
      description = "Independent replications (default ${DEFAULT-VALUE}); from 2 on, summary.json gives every KPI"
          + " as a mean with its 95 %% interval and replications.csv one row per replication.")
  int replications = 1;

  @Option(names = "--out", defaultValue = "out/run", description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--osm", description = "OpenStreetMap file (.osm, .osm.gz, .osm.pbf) instead of the scenario's map.")
  Path osm;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override any scenario field, e.g. fleet.vehicles=24.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--injections", paramLabel = "DRILL-LOG",
      description = "Replay a drill (patrolsim drill): its log's injected incidents and its end, where the drill placed"
          + " them; with the drill's scenario and options the outputs equal the drill's byte for byte.")
  Path injections;

  @Override
  public Integer call() {
    return execute(scenario, out);
  }

  Integer execute(Path scenarioFile, Path outDir) {
    if (threads != null && threads < 1) {
      throw new CliInputError("--threads: expected at least 1, got " + threads);
    }
    if (replications < 1) {
      throw new CliInputError("--replications: expected at least 1, got " + replications);
    }
    List<String> overrides = new ArrayList<>();
    if (seed != null) {
      overrides.add("seed=" + seed);
    }
    if (days != null) {
      overrides.add("days=" + days);
    }
    if (osm != null) {
      overrides.add("map.osm=" + osm.toAbsolutePath());
    }
    overrides.addAll(sets);
    LoadedScenario loaded = scenarioFile == null ? ScenarioLoader.loadDefault(overrides)
        : ScenarioLoader.load(scenarioFile, overrides);
    PrintWriter err = spec.commandLine().getErr();
    if (injections != null && replications > 1) {
      throw new CliInputError("--injections replays one drill: not with --replications");
    }
    if (replications > 1) {
      return RunReplications.execute(loaded, replications, threads, outDir, spec.commandLine());
    }
    RunReport report;
    CityModel model;
    PlanMap plan;
    try (RoadNetwork network = network(loaded)) {
      model = CityModelBuilder.build(loaded, network);
      DrillReplay drill = injections == null ? null : DrillReplay.read(injections, model);
      if (drill != null) {
        drill.differencesFrom(model).forEach(d -> err.println("patrolsim: note: " + d + ": not a replay of the drill"));
      }
      report = Progress.around(model, threads == null ? 1 : threads, err, b -> {
        if (drill != null) {
          drill.addTo(b, model);
        }
      });
      plan = PlanMap.of(model);
    } catch (GeoInputException e) {
      throw new CliInputError(e.getMessage());
    }
    Map<String, ReportFiles.Output> more = new LinkedHashMap<>(GeoJsonFiles.of(plan, report));
    more.put(HtmlReport.FILE, HtmlReport.of(plan, report));
    ReportFiles.write(report, outDir, more);
    PrintWriter o = spec.commandLine().getOut();
    o.println("patrolsim: " + loaded.source() + ", " + model.scenario().days() + " day(s), seed "
        + loaded.scenario().seed() + ", policy " + loaded.scenario().dispatch().policy());
    o.print(ConsoleTable.of(report));
    o.println("  written to " + outDir + ": " + ReportFiles.SUMMARY + ", " + ReportFiles.INCIDENTS + ", "
        + ReportFiles.DECISIONS + ", " + String.join(", ", more.keySet()));
    o.println("  open the report: " + outDir.resolve(HtmlReport.FILE).toAbsolutePath().normalize());
    o.flush();
    return 0;
  }

  static RoadNetwork network(LoadedScenario loaded) {
    var map = loaded.scenario().map();
    Path cache = map.cacheDir() == null ? MapSource.defaultCacheDir()
        : Path.of(map.cacheDir().startsWith("~") ? System.getProperty("user.home") + map.cacheDir().substring(1)
            : map.cacheDir());
    return map.osm() == null ? RoadNetwork.demoCity(cache) : RoadNetwork.load(Path.of(map.osm()), cache);
  }
}
