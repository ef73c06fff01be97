// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * A plan the confirmation simulates: the starting plan, or the starting plan with its cars on the
 * posts of a screened set (car i on the i-th site, sites in candidate order).
 *
 * @param name {@code start}, or {@code screen-1} for the screen's best set and so on
 * @param sites the candidate sites holding the cars (empty for the starting plan)
 * @param score the screen's score of the sites, null for the starting plan
 * @param scenarioJson the complete scenario ({@link ScenarioLoader#toJson})
 */
public record PostPlan(String name, List<Site> sites, Score score, String scenarioJson) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public PostPlan {
    sites = List.copyOf(sites);
  }

  /** The starting plan as it is. */
  public static PostPlan start(LoadedScenario start) {
    return new PostPlan("start", List.of(), null, ScenarioLoader.toJson(start.scenario()));
  }

  /** The starting plan with its cars on {@code sites}, checked as any scenario is. */
  public static PostPlan of(LoadedScenario start, String name, List<Site> sites, Score score) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(ScenarioLoader.toJson(start.scenario()));
      ArrayNode posts = ((ObjectNode) root.get("fleet")).putArray("posts");
      for (Site site : sites) {
        posts.addObject().put("lat", site.point().lat()).put("lon", site.point().lon());
      }
      LoadedScenario checked =
          ScenarioLoader.fromJson(
              start.source() + " (" + name + ")", JSON.writeValueAsString(root));
      return new PostPlan(name, sites, score, ScenarioLoader.toJson(checked.scenario()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario's own JSON must read back", e);
    }
  }
}
