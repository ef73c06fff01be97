// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.sensitivity.ModelInput;
import org.patrolsim.dispatch.sensitivity.ModelInputs;
import org.patrolsim.dispatch.sensitivity.Sensitivity;
import org.patrolsim.dispatch.sensitivity.SensitivityFiles;
import org.patrolsim.dispatch.sensitivity.SensitivityResult;
import org.patrolsim.dispatch.sensitivity.SensitivitySetup;
import org.patrolsim.dispatch.sensitivity.SensitivityTable;
import org.patrolsim.dispatch.sweep.LocalReplications;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patrolsim sensitivity [SCENARIO]}: which model inputs move each headline KPI most. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description =
        "Rank the model inputs by how much they move each headline KPI over the ranges docs/MODEL.md"
            + " states (one at a time, each at its low and high end, common random numbers, paired 95 %% intervals).")
public final class SensitivityCommand implements Callable<Integer> {
  /** Inputs shown per KPI in the console table (the files hold them all). */
  static final int TOP = 5;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ScenarioOptions scenario = new ScenarioOptions();

  @Option(
      names = "--replications",
      defaultValue = "" + SensitivitySetup.DEFAULT_REPLICATIONS,
      description = "Replications per variant, at least 2 (default ${DEFAULT-VALUE}).")
  int replications;

  @Option(
      names = "--inputs",
      split = ",",
      paramLabel = "NAME,...",
      description = "Only these inputs (default: every input of docs/MODEL.md's table).")
  List<String> inputs;

  @Option(
      names = "--kpis",
      split = ",",
      paramLabel = "KPI,...",
      description =
          "The KPIs to rank the inputs for, by summary.json path (default: the headline KPIs).")
  List<String> kpis;

  @Option(
      names = "--out",
      defaultValue = "out/sensitivity",
      description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--threads",
      description = "Replications run at once on this machine (default: one per core).")
  Integer threads;

  @Option(
      names = "--inputs-markdown",
      description =
          "Print the table of inputs, ranges and sources (docs/MODEL.md, section 7) and stop.")
  boolean inputsMarkdown;

  @Override
  public Integer call() {
    ModelInputs registry = ModelInputs.bundled();
    PrintWriter o = spec.commandLine().getOut();
    if (inputsMarkdown) {
      o.print(registry.markdownTable());
      o.flush();
      return 0;
    }
    List<ModelInput> chosen = inputs == null ? registry.all() : registry.select(inputs);
    List<Kpi> shown =
        kpis == null
            ? KpiCatalogue.MAIN
            : kpis.stream().map(k -> KpiCatalogue.require(k, "--kpis")).toList();
    int lanes = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (lanes < 1) {
      throw new CliInputError("--threads: expected at least 1, got " + lanes);
    }
    OutputFolder.check("--out", out);
    SensitivitySetup setup =
        SensitivitySetup.of(scenario.name(), scenario.overrides(), chosen, replications, shown);
    SensitivityResult result;
    try (LocalReplications executor = LocalReplications.start(lanes);
        ReplicationProgress progress = new ReplicationProgress()) {
      result = Sensitivity.run(setup, executor, progress);
    }
    SensitivityFiles.write(result, out);
    o.println(
        "patrolsim sensitivity: "
            + setup.base().source()
            + ", "
            + chosen.size()
            + " input(s) at their low"
            + " and high ends, "
            + replications
            + " replications each (common random numbers); top "
            + TOP
            + " inputs per KPI, high - low ± 95 % half-width, * an interval excludes 0");
    o.print(SensitivityTable.of(result, TOP));
    o.println();
    o.println(
        "  written to "
            + out
            + ": "
            + SensitivityFiles.JSON
            + ", "
            + SensitivityFiles.CSV
            + ", "
            + SensitivityFiles.HTML);
    o.println(
        "  the inputs' ranges and sources: docs/MODEL.md, section 7 (patrolsim sensitivity --inputs-markdown)");
    o.flush();
    return 0;
  }
}
