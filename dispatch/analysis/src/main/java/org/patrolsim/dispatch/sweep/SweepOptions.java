// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.nio.file.Path;
import java.util.List;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * What the command line adds to a plan.
 *
 * @param replications replications per variant, or null for the plan's (default 10)
 * @param days simulated days, or null for the scenario's
 * @param seed the scenario seed, or null for the scenario's
 * @param osm a map file instead of the scenario's, or null
 * @param sets {@code path=value} settings for every variant (after the plan's own)
 */
public record SweepOptions(
    Integer replications, Integer days, Long seed, Path osm, List<String> sets) {

  /** Replications per variant when neither the plan nor the command line says. */
  public static final int DEFAULT_REPLICATIONS = 10;

  public SweepOptions {
    sets = List.copyOf(sets);
  }

  /** Nothing added. */
  public static SweepOptions none() {
    return new SweepOptions(null, null, null, null, List.of());
  }

  /** The {@code path=value} overrides these options stand for, in the order they apply. */
  List<String> overrides() {
    return ScenarioLoader.overrides(seed, days, osm, sets);
  }
}
