// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import org.patrolsim.dispatch.UserInputError;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.model.ScenarioMap;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.sweep.Variant;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * Names the input behind a run that failed on a user's mistake found only when a model is built (a
 * meal plan that cannot seat every crew, say): the sweep's failure does not say which variant it
 * came from, so the variants' models are built again, the plan's first, until one is refused. Only
 * on that failure path.
 */
final class RefusedEnd {
  private RefusedEnd() {}

  /**
   * The failure as one line naming the input and its end, or {@code failure} itself if none is to
   * blame.
   */
  static RuntimeException explain(SensitivitySetup setup, RuntimeException failure) {
    if (!(failure instanceof UserInputError)) {
      return failure;
    }
    try (RoadNetwork network = ScenarioMap.open(setup.base().scenario().map())) {
      if (refusal(setup.sweep().variants().get(0), network) != null) {
        return failure;
      }
      for (int i = 0; i < setup.inputs().size(); i++) {
        for (ModelInput.End end : ModelInput.End.values()) {
          RuntimeException refused =
              refusal(setup.sweep().variants().get(setup.variant(i, end)), network);
          if (refused != null) {
            ModelInput input = setup.inputs().get(i);
            return new SensitivityInputError(
                "input "
                    + input.name()
                    + ": its "
                    + end.words()
                    + " end "
                    + input.at(end)
                    + " is refused: "
                    + refused.getMessage());
          }
        }
      }
    } catch (GeoInputException e) {
      return failure;
    }
    return failure;
  }

  private static RuntimeException refusal(Variant v, RoadNetwork network) {
    LoadedScenario loaded = ScenarioLoader.fromJson(v.source(), v.scenarioJson());
    try {
      CityModelBuilder.build(loaded, network);
      return null;
    } catch (RuntimeException e) {
      return e instanceof UserInputError ? e : null;
    }
  }
}
