// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

/**
 * The overrides of a scenario's fields every command that simulates a scenario takes (a picocli
 * mixin): {@code --days}, {@code --osm}, {@code --set}. A command words their help for its own
 * context in its resource bundle (keys {@code scenario.days}, {@code scenario.osm}, {@code
 * scenario.set}, and {@code scenario.days.label}, {@code scenario.osm.label} for the value's
 * label); they parse and apply the same everywhere.
 */
final class ScenarioOverrides {
  @Option(
      names = "--days",
      descriptionKey = "scenario.days",
      paramLabel = "${bundle:scenario.days.label:-<days>}",
      description = "Simulated days of calls (overrides the scenario's).")
  Integer days;

  @Option(
      names = "--osm",
      descriptionKey = "scenario.osm",
      paramLabel = "${bundle:scenario.osm.label:-<osm>}",
      description = "OpenStreetMap file (.osm, .osm.gz, .osm.pbf) instead of the scenario's map.")
  Path osm;

  @Option(
      names = "--set",
      descriptionKey = "scenario.set",
      paramLabel = "PATH=VALUE",
      description = "Override any scenario field, e.g. fleet.vehicles=24.")
  List<String> sets = new ArrayList<>();

  /** The overrides as path=value in the order they apply: {@code seed}, --days, --osm, --set. */
  List<String> with(Long seed) {
    return ScenarioLoader.overrides(seed, days, osm, sets);
  }
}
