// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.cluster.PatrolsimVersion;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.Sweep;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.sweep.SweepJournal;
import org.patrolsim.dispatch.sweep.SweepOptions;
import org.patrolsim.dispatch.sweep.SweepPlanReader;
import org.patrolsim.dispatch.sweep.SweepResult;
import org.patrolsim.dispatch.sweep.SweepSetup;
import org.patrolsim.dispatch.sweep.SweepTable;
import org.patrolsim.dispatch.sweep.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patrolsim sweep PLAN}: every variant of a plan with the same replications, compared. */
@Command(
    name = "sweep",
    resourceBundle = "org.patrolsim.dispatch.cli.SweepCommand",
    mixinStandardHelpOptions = true,
    description =
        "Run every variant of a plan with the same R replications (common random numbers) and compare"
            + " them with 95 %% intervals; with --target, find the smallest variant that meets the targets.")
public final class SweepCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      description = "Plan file (YAML or JSON), see docs/SWEEP.md.")
  Path plan;

  @Option(
      names = "--replications",
      description =
          "Replications per variant (default: the plan's, else 10);"
              + " with --target, the most a variant may get.")
  Integer replications;

  @Mixin ScenarioSeed seed = new ScenarioSeed();

  @Mixin ScenarioOverrides scenario = new ScenarioOverrides();

  @Option(
      names = "--out",
      defaultValue = "out/sweep",
      description =
          "Output folder (default ${DEFAULT-VALUE});"
              + " a sweep journal there of the same plan is resumed.")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description =
          "Resume the sweep whose journal is in DIR (its"
              + " --out): run only the replications it lacks. The plan and options must be those it was started with.")
  Path resume;

  @Option(
      names = "--target",
      paramLabel = "KPI>=VALUE,...",
      description =
          "Goal search: the smallest variant meeting every target with 95 %% confidence, e.g."
              + " 'streetDisposalShare>=0.70,urgentFirstArrivalWithinTargetShare>=0.90'.")
  String target;

  @Mixin ClusterRunOptions replicationsRun = new ClusterRunOptions();

  @Override
  public Integer call() {
    replicationsRun.check();
    Path folder = folder();
    List<Target> targets = target == null ? List.of() : Target.parseAll(target);
    SweepSetup setup =
        SweepSetup.of(
            SweepPlanReader.read(plan),
            new SweepOptions(replications, scenario.days, seed.seed, scenario.osm, scenario.sets));
    SweepJournal journal =
        SweepJournal.read(folder, setup, PatrolsimVersion.current(), resume != null);
    if (resume != null && !journal.resumable()) {
      throw new CliInputError(
          "--resume "
              + resume
              + ": no sweep journal there ("
              + journal.file()
              + "); start the"
              + " sweep with --out "
              + resume);
    }
    PrintWriter o = spec.commandLine().getOut();
    SweepResult result;
    try (ReplicationExecutor executor = replicationsRun.executor(spec.commandLine().getErr());
        ReplicationProgress progress = new ReplicationProgress();
        SweepJournal appending = journal) {
      appending.open();
      say(o, journal);
      result = Sweep.run(setup, targets, executor, progress, journal.finished(), appending::append);
      SweepFiles.write(result, folder);
      appending.finish();
    }
    o.println(
        "patrolsim sweep "
            + plan
            + ": "
            + setup.variants().get(0).source()
            + ", "
            + setup.variants().size()
            + " variant(s), "
            + (targets.isEmpty()
                ? setup.replications() + " replications each"
                : "up to " + setup.replications() + " replications each")
            + ", baseline "
            + result.baseline().variant().name());
    o.print(SweepTable.of(result));
    o.println(
        "  written to "
            + folder
            + ": "
            + SweepFiles.JSON
            + ", "
            + SweepFiles.CSV
            + ", "
            + SweepFiles.REPLICATIONS
            + ", "
            + SweepFiles.CHART
            + "; "
            + SweepJournal.FILE
            + ": "
            + journal.appended()
            + " replication(s) run now, "
            + journal.finished().size()
            + " taken from it");
    o.flush();
    return 0;
  }

  /**
   * Says what the journal brings: replications to resume from, or the finished sweep it replaces.
   */
  private static void say(PrintWriter o, SweepJournal journal) {
    if (journal.resumable()) {
      o.println(
          "patrolsim sweep: resuming from "
              + journal.file()
              + ": "
              + journal.finished().size()
              + " finished replication(s) taken from it"
              + (journal.droppedHalfLine()
                  ? " (its half-written last line, from a run that was killed, dropped)"
                  : ""));
    } else if (journal.replaced() != null) {
      o.println(
          "patrolsim sweep: "
              + journal.file()
              + " held the finished sweep of another plan ("
              + journal.replaced()
              + "); replacing it");
    }
    o.flush();
  }

  /**
   * The output folder: {@code --resume}'s, or {@code --out}; checked to be a folder before any
   * work.
   */
  private Path folder() {
    Path folder = out;
    if (resume != null) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--out") && !resume.equals(out)) {
        throw new CliInputError(
            "--resume "
                + resume
                + " and --out "
                + out
                + " name different folders; --resume"
                + " alone names the output folder");
      }
      folder = resume;
    }
    OutputFolder.check(resume != null ? "--resume" : "--out", folder);
    return folder;
  }
}
