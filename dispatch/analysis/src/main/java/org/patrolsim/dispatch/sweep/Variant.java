// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.List;

/**
 * One variant of a sweep, checked and ready to run: its place and name, the settings that make it
 * (for a grid, one per axis), and its complete scenario as JSON ({@code ScenarioLoader.toJson}),
 * which every replication, local or on a cluster worker, reads back the same way.
 *
 * @param index the variant's position in the plan (0-based)
 * @param name e.g. {@code fleet.vehicles=24}, or the name a list gives it
 * @param settings the settings that distinguish it (the grid's axis values; a list variant's own
 *     set)
 * @param source the scenario's name in messages (a file, or "default scenario")
 * @param scenarioJson the variant's complete scenario
 * @param seed the scenario seed: replication r runs on {@code ReplicationSeeds.of(seed, r)}
 */
public record Variant(
    int index, String name, List<Setting> settings, String source, String scenarioJson, long seed) {

  public Variant {
    settings = List.copyOf(settings);
  }
}
