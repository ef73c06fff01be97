// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import picocli.CommandLine;

/**
 * {@code patrolsim compare A B} of two plans (scenario files or bundled names): both run as {@code
 * run --replications N} does, from one seed (common random numbers), into DIR/a and DIR/b, which
 * {@link CompareCommand} then compares as folders.
 */
final class ComparePlans {
  /** The folders under --out the two plans' runs are written to. */
  static final String A = "a";

  static final String B = "b";

  private ComparePlans() {}

  /** What an input names. */
  enum Input {
    /** A folder: a run's output. */
    FOLDER,
    /** A scenario file or a bundled scenario's name. */
    PLAN;

    static Input of(String label, Path p) {
      if (Files.isDirectory(p)) {
        return FOLDER;
      }
      if (Files.exists(p) || ScenarioLoader.isBundled(p.toString())) {
        return PLAN;
      }
      throw new CliInputError(
          label
              + " "
              + p
              + ": no such folder or scenario file, expected a run's output folder, a scenario file"
              + " or a bundled scenario ("
              + String.join(", ", new java.util.TreeSet<>(ScenarioLoader.BUNDLED.keySet()))
              + ")");
    }
  }

  /**
   * Runs both plans with common random numbers.
   *
   * @param seed --seed, or null for A's seed (B runs from it too)
   * @param overrides --days (else the plans' own, which must then agree), --osm and --set, applied
   *     to both plans
   * @return the two run folders, DIR/a and DIR/b
   */
  static Path[] run(
      Path a,
      Path b,
      Long seed,
      ScenarioOverrides overrides,
      int replications,
      Integer threads,
      Path out,
      CommandLine cli) {
    if (replications < 2) {
      throw new CliInputError(
          "--replications: expected at least 2 (a paired interval needs two pairs), got "
              + replications);
    }
    if (threads != null && threads < 1) {
      throw new CliInputError("--threads: expected at least 1, got " + threads);
    }
    LoadedScenario planA = load(a, overrides.with(seed));
    long common = planA.scenario().seed();
    LoadedScenario ownB = load(b, overrides.with(null));
    if (!java.util.Objects.equals(ownB.scenario().days(), planA.scenario().days())) {
      throw new CliInputError(
          "B "
              + b
              + ": days "
              + ownB.scenario().days()
              + ", but A "
              + a
              + " has "
              + planA.scenario().days()
              + "; expected two plans of the same days (or give --days)");
    }
    LoadedScenario planB = load(b, overrides.with(common));
    Path dirA = out.resolve(A);
    Path dirB = out.resolve(B);
    OutputFolder.check("--out", dirA);
    OutputFolder.check("--out", dirB);
    PrintWriter o = cli.getOut();
    o.println(
        "patrolsim compare: running A "
            + a
            + " and B "
            + b
            + ", "
            + replications
            + " replications each from seed "
            + common
            + (seed != null
                ? " (--seed)"
                : ownB.scenario().seed().equals(common)
                    ? ""
                    : " (A's; B's own is " + ownB.scenario().seed() + ")")
            + ": common random numbers");
    o.flush();
    RunReplications.execute(planA, replications, threads, dirA, false, cli);
    RunReplications.execute(planB, replications, threads, dirB, false, cli);
    return new Path[] {dirA, dirB};
  }

  private static LoadedScenario load(Path plan, List<String> overrides) {
    return ScenarioLoader.loadFileOrBundled(plan.toString(), overrides);
  }
}
