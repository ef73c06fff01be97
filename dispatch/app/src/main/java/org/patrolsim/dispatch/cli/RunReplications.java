// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.report.html.KpiInterval;
import org.patrolsim.dispatch.report.html.StationInterval;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.ReplicatedRun;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine;

/**
 * {@code patrolsim run --replications R} for R >= 2: the replications, the files and the KPI table.
 */
final class RunReplications {
  private RunReplications() {}

  private static KpiInterval interval(Estimate e, int replications) {
    return new KpiInterval(e.mean(), e.low(), e.high(), replications);
  }

  static int execute(
      LoadedScenario loaded,
      int replications,
      Integer threads,
      Path outDir,
      boolean gzip,
      CommandLine cli) {
    int lanes =
        threads != null
            ? threads
            : Math.min(replications, Runtime.getRuntime().availableProcessors());
    PlanMap plan;
    try (RoadNetwork network = RunCommand.network(loaded)) {
      plan = PlanMap.of(CityModelBuilder.build(loaded, network));
    } catch (GeoInputException e) {
      throw new CliInputError(e.getMessage());
    }
    ReplicatedRun run;
    List<String> written;
    try (ReportFiles files = ReportFiles.in(outDir, gzip)) {
      RunFiles first = RunFiles.open(files);
      try (ReplicationProgress progress = new ReplicationProgress()) {
        run = ReplicatedRun.run(loaded, replications, lanes, progress, first.observers());
      }
      Map<Kpi, KpiInterval> intervals = new LinkedHashMap<>();
      for (Kpi kpi : KpiCatalogue.all()) {
        intervals.put(kpi, interval(run.estimate(kpi), replications));
      }
      List<StationInterval> stations =
          run.stations().stream()
              .map(
                  st ->
                      new StationInterval(
                          st.id(),
                          interval(st.callOuts(), replications),
                          interval(st.zeroCallOutDays(), replications)))
              .toList();
      run.write(files);
      first.complete(run.first(), plan, intervals, stations, false);
      written =
          files.names().stream()
              .filter(n -> !n.equals(ReportFiles.SUMMARY) && !n.equals(ReplicatedRun.REPLICATIONS))
              .toList();
    }
    PrintWriter o = cli.getOut();
    o.println(
        "patrolsim: "
            + loaded.source()
            + ", "
            + loaded.scenario().days()
            + " day(s), seed "
            + loaded.scenario().seed()
            + ", policy "
            + loaded.scenario().dispatch().policy()
            + ", "
            + replications
            + " replications: mean and 95 % interval");
    for (Kpi kpi : KpiCatalogue.MAIN) {
      Estimate e = run.estimate(kpi);
      double scale = kpi.unit() == Kpi.Unit.SHARE ? 100 : 1;
      String unit =
          kpi.unit() == Kpi.Unit.SHARE ? " %" : kpi.unit() == Kpi.Unit.SECONDS ? " s" : "";
      o.println(
          String.format(
              Locale.ROOT,
              "  %-36s %10.2f%s  [%.2f, %.2f]",
              kpi.label(),
              e.mean() * scale,
              unit,
              e.low() * scale,
              e.high() * scale));
    }
    o.println(
        "  written to "
            + outDir
            + ": "
            + ReportFiles.SUMMARY
            + " (every KPI), "
            + ReplicatedRun.REPLICATIONS
            + ", and replication 0's "
            + String.join(", ", written)
            + " (its KPI cards and station table lead with the replications' means and intervals)");
    o.println("  open the report: " + outDir.resolve(HtmlReport.FILE).toAbsolutePath().normalize());
    o.flush();
    return 0;
  }
}
