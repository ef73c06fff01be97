// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.Kpi;
import org.patrolsim.dispatch.sweep.KpiCatalogue;
import org.patrolsim.dispatch.sweep.ReplicatedRun;
import picocli.CommandLine;

/** {@code patrolsim run --replications R} for R >= 2: the replications, the files and the KPI table. */
final class RunReplications {
  private RunReplications() {}

  static int execute(LoadedScenario loaded, int replications, Integer threads, Path outDir, CommandLine cli) {
    int lanes = threads != null ? threads : Math.min(replications, Runtime.getRuntime().availableProcessors());
    ReplicatedRun run;
    try (ReplicationProgress progress = new ReplicationProgress(cli.getErr())) {
      run = ReplicatedRun.run(loaded, replications, lanes, progress);
    }
    run.write(outDir);
    PrintWriter o = cli.getOut();
    o.println("patrolsim: " + loaded.source() + ", " + loaded.scenario().days() + " day(s), seed "
        + loaded.scenario().seed() + ", policy " + loaded.scenario().dispatch().policy() + ", " + replications
        + " replications: mean and 95 % interval");
    for (String path : KpiCatalogue.MAIN) {
      Kpi kpi = KpiCatalogue.require(path, "run");
      Estimate e = run.estimate(kpi);
      double scale = kpi.unit() == Kpi.Unit.SHARE ? 100 : 1;
      String unit = kpi.unit() == Kpi.Unit.SHARE ? " %" : kpi.unit() == Kpi.Unit.SECONDS ? " s" : "";
      o.println(String.format(Locale.ROOT, "  %-36s %10.2f%s  [%.2f, %.2f]", kpi.label(), e.mean() * scale, unit,
          e.low() * scale, e.high() * scale));
    }
    o.println("  written to " + outDir + ": " + ReportFiles.SUMMARY + " (every KPI), " + ReplicatedRun.REPLICATIONS
        + ", and replication 0's " + ReportFiles.INCIDENTS + ", " + ReportFiles.DECISIONS);
    o.flush();
    return 0;
  }
}
