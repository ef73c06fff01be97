// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed} as an override of the scenario's seed (a picocli mixin), apart from {@link
 * ScenarioOverrides} because {@code hypercube}'s {@code --seed} means the base seed of its
 * replications. Help worded per command under the bundle key {@code scenario.seed}.
 */
final class ScenarioSeed {
  @Option(
      names = "--seed",
      descriptionKey = "scenario.seed",
      description = "Random seed (overrides the scenario's).")
  Long seed;
}
