// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.ScenarioChoice;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.Scenario;

/**
 * The patrol strategy of each car, most specific first: its beat's (the {@code patrol} property of
 * its polygon in {@code fleet.beats}, or its number in {@code fleet.patrolByBeat}), else its shift
 * group's ({@code fleet.patrolByShiftGroup}), else {@code fleet.patrol}.
 */
final class BeatPatrols {
  private final Scenario.Fleet fleet;

  /** Per polygon of the beats file, in its order: the strategy it sets, or null; empty: no file. */
  private final List<PatrolStrategy> polygons;

  private BeatPatrols(Scenario.Fleet fleet, List<PatrolStrategy> polygons) {
    this.fleet = fleet;
    this.polygons = polygons;
  }

  /**
   * Reads the {@code patrol} property of the beats file's polygons (when the beats come from it); a
   * value that is not a strategy is one line naming the file, the feature and the choices.
   */
  static BeatPatrols of(LoadedScenario loaded) {
    Scenario.Fleet fleet = loaded.scenario().fleet();
    if (fleet.beats() == null || !fleet.posts().isEmpty()) {
      return new BeatPatrols(fleet, List.of());
    }
    JsonNode features;
    try {
      features = new ObjectMapper().readTree(Path.of(fleet.beats()).toFile()).path("features");
    } catch (IOException e) {
      // the beats were read just before: the file went away or changed meanwhile
      throw loaded.error("fleet.beats", fleet.beats() + " cannot be read (" + e.getMessage() + ")");
    }
    List<PatrolStrategy> out = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      String type = f.path("geometry").path("type").asText();
      if (type.equals("Polygon") || type.equals("MultiPolygon")) {
        out.add(strategy(loaded, i, f.path("properties").path("patrol")));
      }
    }
    return new BeatPatrols(fleet, Collections.unmodifiableList(out));
  }

  private static PatrolStrategy strategy(LoadedScenario loaded, int feature, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    for (PatrolStrategy p : PatrolStrategy.values()) {
      if (value.isTextual() && p.key().equals(value.asText())) {
        return p;
      }
    }
    throw loaded.error(
        "fleet.beats",
        loaded.scenario().fleet().beats()
            + " feature "
            + (feature + 1)
            + " property 'patrol': expected "
            + ScenarioChoice.expected(PatrolStrategy.class)
            + ", got "
            + ErrorText.value(value.isTextual() ? value.asText() : value.toString()));
  }

  /** The strategy of car {@code car} (0-based, as {@link CarPlan} numbers), in shift group. */
  PatrolStrategy of(int car, int group) {
    PatrolStrategy beat =
        polygons.isEmpty()
            ? fleet.patrolByBeat().get(car + 1)
            : polygons.get(car % polygons.size());
    return beat != null ? beat : fleet.patrolOf(group);
  }
}
