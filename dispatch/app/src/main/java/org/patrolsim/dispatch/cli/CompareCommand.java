// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.compare.KpiDelta;
import org.patrolsim.dispatch.compare.PlanCompareFiles;
import org.patrolsim.dispatch.compare.PlanComparison;
import org.patrolsim.dispatch.compare.RunOutput;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim compare A B}: two finished runs' output folders (same map, same days) side by
 * side: every KPI's A, B and B - A, with the paired 95 % interval when both ran the same
 * replication seeds; compare.json, compare.html, and the headline deltas on the console. A and B
 * may instead be two plans (scenario files or bundled names), run first from one seed into DIR/a
 * and DIR/b ({@link ComparePlans}). Not {@code run --compare RECORDS}, which back-tests one run
 * against a force's records and writes a compare.json of its own into a run's folder: so --out may
 * not be a run's output folder.
 */
@Command(
    name = "compare",
    resourceBundle = "org.patrolsim.dispatch.cli.CompareCommand",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two plans' runs: every KPI of A and B, B - A and, when both ran the same"
          + " replication seeds (run --replications N from one seed), its paired 95 %% interval;"
          + " writes compare.json and compare.html (the KPIs, both maps side by side, the charts"
          + " overlaid).",
      "A and B are two run output folders, or two plans (scenario files or bundled names) that"
          + " compare runs first from one seed (common random numbers) into DIR/a and DIR/b.",
      "Not run --compare RECORDS, which back-tests one run against a force's dispatch records."
    })
public final class CompareCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "A",
      description = "The base run's output folder, or the base plan.")
  Path a;

  @Parameters(
      index = "1",
      paramLabel = "B",
      description = "The other run's output folder (same map and days), or the other plan.")
  Path b;

  @Option(
      names = "--replications",
      description =
          "With two plans: replications of each, on the same seeds (default 10, at least 2).")
  Integer replications;

  @Mixin ScenarioSeed seed = new ScenarioSeed();

  @Mixin ScenarioOverrides overrides = new ScenarioOverrides();

  @Option(
      names = "--threads",
      description = "With two plans: replications run at once (default: one per core).")
  Integer threads;

  @Option(
      names = "--out",
      defaultValue = "out/compare",
      description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    ComparePlans.Input kindA = ComparePlans.Input.of("A", a);
    ComparePlans.Input kindB = ComparePlans.Input.of("B", b);
    if (kindA != kindB) {
      Path folder = kindA == ComparePlans.Input.FOLDER ? a : b;
      Path plan = kindA == ComparePlans.Input.FOLDER ? b : a;
      throw new CliInputError(
          (folder == a ? "A " : "B ")
              + folder
              + " is a folder but "
              + (plan == a ? "A " : "B ")
              + plan
              + " a plan; expected two run output folders or two plans (scenario files or"
              + " bundled names)");
    }
    checkOut();
    Path dirA = a;
    Path dirB = b;
    if (kindA == ComparePlans.Input.PLAN) {
      Path[] runs =
          ComparePlans.run(
              a,
              b,
              seed.seed,
              overrides,
              replications == null ? 10 : replications,
              threads,
              out,
              spec.commandLine());
      dirA = runs[0];
      dirB = runs[1];
    } else if (replications != null
        || seed.seed != null
        || overrides.days != null
        || overrides.osm != null
        || !overrides.sets.isEmpty()
        || threads != null) {
      throw new CliInputError(
          "--replications, --seed, --days, --osm, --set and --threads go with two plans to run,"
              + " not with two run output folders");
    }
    return compare(dirA, dirB);
  }

  /**
   * --out must be neither input nor a run's output folder: {@code run --compare RECORDS} writes its
   * back-test's compare.json and compare.html there, which this command would overwrite.
   */
  private void checkOut() {
    for (Path in : new Path[] {a, b}) {
      if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        throw new CliInputError(
            "--out " + out + ": is an input folder, expected another folder for the comparison");
      }
    }
    if (Files.exists(out.resolve(ReportFiles.SUMMARY))) {
      throw new CliInputError(
          "--out "
              + out
              + ": holds a run's output ("
              + ReportFiles.SUMMARY
              + "), whose compare.json would be overwritten; expected a folder of its own for the"
              + " comparison");
    }
    OutputFolder.check("--out", out);
  }

  private int compare(Path a, Path b) {
    RunOutput runA = RunOutput.read("A", a);
    RunOutput runB = RunOutput.read("B", b);
    PlanComparison comparison = PlanComparison.of(runA, runB);
    try (ReportFiles files = ReportFiles.in(out, false)) {
      PlanCompareFiles.write(comparison, files);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println("patrolsim compare: A " + a + ", B " + b + ", " + runA.days() + " day(s)");
    o.println(
        "  paired 95 % intervals: "
            + (comparison.pairing().available() ? "" : "none, ")
            + comparison.pairing().why());
    for (Kpi kpi : KpiCatalogue.MAIN) {
      o.println("  " + line(comparison.delta(kpi)));
    }
    o.println("  written to " + out + ": " + PlanCompareFiles.JSON + ", " + PlanCompareFiles.HTML);
    o.println(
        "  open the comparison: "
            + out.resolve(PlanCompareFiles.HTML).toAbsolutePath().normalize());
    o.flush();
    return 0;
  }

  /** One headline line: label, A, B, B - A [interval] and the verdict. */
  static String line(KpiDelta d) {
    Kpi k = d.kpi();
    String s =
        String.format(
            Locale.ROOT,
            "%-36s A %s  B %s  B-A %s",
            k.label(),
            value(d.a(), k.unit()),
            value(d.b(), k.unit()),
            delta(d.delta(), k.unit()));
    if (d.paired() != null && d.paired().hasInterval()) {
      s +=
          "  ["
              + delta(d.paired().low(), k.unit())
              + ", "
              + delta(d.paired().high(), k.unit())
              + "] "
              + d.verdict().words();
    }
    return s;
  }

  private static String value(double v, Kpi.Unit unit) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return switch (unit) {
      case SHARE -> String.format(Locale.ROOT, "%.1f %%", v * 100);
      case SECONDS -> String.format(Locale.ROOT, "%.1f s", v);
      case COUNT -> String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v);
    };
  }

  private static String delta(double v, Kpi.Unit unit) {
    if (Double.isNaN(v)) {
      return "-";
    }
    String sign = v > 0 ? "+" : "";
    return switch (unit) {
      case SHARE -> sign + String.format(Locale.ROOT, "%.1f pts", v * 100);
      case SECONDS -> sign + String.format(Locale.ROOT, "%.1f s", v);
      case COUNT -> sign + String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v);
    };
  }
}
