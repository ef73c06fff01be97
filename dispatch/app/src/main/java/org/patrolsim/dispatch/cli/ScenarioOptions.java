// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The scenario a run, a drill or a sensitivity study simulates and its overrides (a picocli mixin
 * of {@link ScenarioSeed} and {@link ScenarioOverrides}, which {@code sweep} and {@code hypercube}
 * use alone): the same options mean the same everywhere, and a drill prints them back as the {@code
 * run} command that replays it.
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

  @Mixin ScenarioSeed seed = new ScenarioSeed();

  @Mixin ScenarioOverrides overrides = new ScenarioOverrides();

  /** The scenario with its overrides applied (--seed, --days, --osm, then every --set in order). */
  LoadedScenario load() {
    return load(List.of());
  }

  /** The scenario with its overrides, then {@code more} (path=value, applied last). */
  LoadedScenario load(List<String> more) {
    List<String> all = new ArrayList<>(overrides());
    all.addAll(more);
    return ScenarioLoader.loadFileOrBundled(name(), all);
  }

  /** The overrides as path=value, in the order they apply (--seed, --days, --osm, --set). */
  List<String> overrides() {
    return overrides.with(seed.seed);
  }

  /** The scenario file or bundled name, or null for the default scenario. */
  String name() {
    return scenario == null ? null : scenario.toString();
  }

  /** These options as command-line arguments, as given (for the drill's replay command). */
  List<String> asArguments() {
    List<String> args = new ArrayList<>();
    if (scenario != null) {
      args.add(scenario.toString());
    }
    if (seed.seed != null) {
      args.addAll(List.of("--seed", seed.seed.toString()));
    }
    if (overrides.days != null) {
      args.addAll(List.of("--days", overrides.days.toString()));
    }
    if (overrides.osm != null) {
      args.addAll(List.of("--osm", overrides.osm.toString()));
    }
    overrides.sets.forEach(s -> args.addAll(List.of("--set", s)));
    return args;
  }
}
