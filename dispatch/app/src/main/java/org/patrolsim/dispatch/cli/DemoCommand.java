// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim demo}: one simulated day of the bundled default scenario (the demo city, 48
 * patrol cars, its stations), KPIs on the console and the files in ./out/demo. The first run
 * generates and imports the demo city (under a minute) and caches it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run one day of the default scenario on the bundled demo city; output in ./out/demo.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "where prepared graphs are cached; default: $PATROLSIM_CACHE or ~/.cache/patrolsim")
  Path cacheDir;

  @Option(
      names = "--out",
      defaultValue = "out/demo",
      description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description =
          "Threads for the entity actors (default ${DEFAULT-VALUE}: one simulated day is fastest on one"
              + " thread, see BENCHMARKS.md; outputs are identical whatever the count).")
  int threads;

  @Override
  public Integer call() {
    OutputFolder.check("--out", out);
    spec.commandLine()
        .getErr()
        .println(
            "patrolsim: demo city (generated and imported on first use, under a minute; then cached)");
    spec.commandLine().getErr().flush();
    RunCommand run = new RunCommand();
    run.spec = spec;
    run.threads = threads;
    if (cacheDir != null) {
      run.scenario.overrides.sets.add("map.cacheDir=" + cacheDir.toAbsolutePath());
    }
    return run.execute(out);
  }
}
