// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario a run or a drill simulates and its overrides (a picocli mixin): the same options
 * mean the same in both, and a drill prints them back as the {@code run} command that replays it.
 */
final class ScenarioOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description =
          "Scenario file (YAML or JSON), or a bundled scenario: default (the default), large (500 cars,"
              + " 5,000 calls a day on the demo city at size 3).")
  Path scenario;

  @Option(names = "--seed", description = "Random seed (overrides the scenario's).")
  Long seed;

  @Option(names = "--days", description = "Simulated days of calls (overrides the scenario's).")
  Integer days;

  @Option(
      names = "--osm",
      description = "OpenStreetMap file (.osm, .osm.gz, .osm.pbf) instead of the scenario's map.")
  Path osm;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = "Override any scenario field, e.g. fleet.vehicles=24.")
  List<String> sets = new ArrayList<>();

  /** The scenario with its overrides applied (--seed, --days, --osm, then every --set in order). */
  LoadedScenario load() {
    return load(List.of());
  }

  /** The scenario with its overrides, then {@code more} (path=value, applied last). */
  LoadedScenario load(List<String> more) {
    List<String> all = new ArrayList<>(ScenarioLoader.overrides(seed, days, osm, sets));
    all.addAll(more);
    return ScenarioLoader.loadFileOrBundled(scenario == null ? null : scenario.toString(), all);
  }

  /** These options as command-line arguments, as given (for the drill's replay command). */
  List<String> asArguments() {
    List<String> args = new ArrayList<>();
    if (scenario != null) {
      args.add(scenario.toString());
    }
    if (seed != null) {
      args.addAll(List.of("--seed", seed.toString()));
    }
    if (days != null) {
      args.addAll(List.of("--days", days.toString()));
    }
    if (osm != null) {
      args.addAll(List.of("--osm", osm.toString()));
    }
    sets.forEach(s -> args.addAll(List.of("--set", s)));
    return args;
  }
}
