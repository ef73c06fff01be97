// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.patrolsim.dispatch.cluster.ClusterAddress;
import org.patrolsim.dispatch.cluster.ClusterReplications;
import org.patrolsim.dispatch.cluster.NodeOptions;
import org.patrolsim.dispatch.cluster.PatrolsimVersion;
import org.patrolsim.dispatch.sweep.LocalReplications;
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
      names = "--threads",
      description = "Replications run at once on this machine (default: one per core).")
  Integer threads;

  @Option(
      names = "--target",
      paramLabel = "KPI>=VALUE,...",
      description =
          "Goal search: the smallest variant meeting every target with 95 %% confidence, e.g."
              + " 'streetDisposalShare>=0.70,urgentFirstArrivalWithinTargetShare>=0.90'.")
  String target;

  @Option(
      names = "--cluster",
      paramLabel = "HOST:PORT[,HOST:PORT...]",
      description =
          "Run the replications on the workers of the cluster at HOST:PORT (any of several seeds)"
              + " instead of this machine.")
  String cluster;

  @Option(
      names = "--min-workers",
      defaultValue = "1",
      description =
          "With --cluster: worker nodes to wait for before starting (default ${DEFAULT-VALUE}).")
  int minWorkers;

  @Mixin ClusterNodeOptions node = new ClusterNodeOptions();

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "With --cluster: this node's port, for a firewall (default: any free port).")
  int port;

  @Option(
      names = "--cluster-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description =
          "With --cluster: the longest wait to join, for the workers, or for a worker when none is left"
              + " (default ${DEFAULT-VALUE} s).")
  int clusterTimeout;

  @Option(names = "--verbose", description = "With --cluster: show Akka's own log.")
  boolean verbose;

  @Override
  public Integer call() {
    if (cluster == null && (minWorkers != 1 || port != 0 || node.given())) {
      throw new CliInputError(
          "--min-workers, --host, --bind, --port, --secret-file and --keystore go with --cluster"
              + " HOST:PORT");
    }
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
    try (ReplicationExecutor executor = executor();
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

  private ReplicationExecutor executor() {
    if (cluster != null) {
      List<ClusterAddress> seeds = ClusterAddress.parseAll(cluster, "--cluster");
      if (clusterTimeout < 1) {
        throw new CliInputError(
            "--cluster-timeout: expected at least 1 second, got " + clusterTimeout);
      }
      ClusterLogging.configure(verbose);
      PrintWriter err = spec.commandLine().getErr();
      Consumer<String> notices =
          line -> {
            synchronized (err) {
              err.println("patrolsim: " + line);
              err.flush();
            }
          };
      NodeOptions options = node.resolve(seeds, port, verbose, "the producer's port is --port's");
      ClusterNodeOptions.warnIfOpen(options, notices);
      return ClusterReplications.join(
          options, minWorkers, Duration.ofSeconds(clusterTimeout), notices);
    }
    int lanes = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (lanes < 1) {
      throw new CliInputError("--threads: expected at least 1, got " + lanes);
    }
    return LocalReplications.start(lanes);
  }
}
