// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * The starting plan with another staffing: {@code fleet.vehicles} and {@code fleet.extraShifts} set
 * from it, everything else kept (hand-overs, meals, patrol; the part-day groups patrol as {@code
 * fleet.patrol} says when the plan gives a strategy per shift group), checked as any scenario is.
 */
final class StaffingPlan {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StaffingPlan() {}

  /** The starting plan with {@code staffing}, named {@code name} in messages. */
  static LoadedScenario of(LoadedScenario start, String name, Staffing staffing) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(ScenarioLoader.toJson(start.scenario()));
      ObjectNode fleet = (ObjectNode) root.get("fleet");
      fleet.put("vehicles", staffing.vehicles());
      ArrayNode shifts = fleet.putArray("extraShifts");
      for (Staffing.Shift s : staffing.shifts()) {
        shifts
            .addObject()
            .put("startHour", s.startHour())
            .put("hours", s.hours())
            .put("cars", s.cars());
      }
      JsonNode byGroup = fleet.get("patrolByShiftGroup");
      if (byGroup instanceof ArrayNode groups && !groups.isEmpty()) {
        int kept = start.scenario().fleet().shiftStartHours().size();
        ArrayNode out = fleet.putArray("patrolByShiftGroup");
        for (int g = 0; g < kept; g++) {
          out.add(groups.get(g));
        }
        for (int i = 0; i < staffing.shifts().size(); i++) {
          out.add(fleet.get("patrol"));
        }
      }
      return ScenarioLoader.fromJson(
          start.source() + " (" + name + ")", JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario's own JSON must read back", e);
    }
  }

  /**
   * The confirmation's plan: the starting plan with {@code staffing}, its cars where the starting
   * plan's wait ({@code sites} empty) or on the posts of a screened set.
   */
  static PostPlan plan(
      LoadedScenario start, String name, Staffing staffing, List<Site> sites, Score score) {
    LoadedScenario staffed = of(start, name, staffing);
    return sites.isEmpty()
        ? new PostPlan(name, List.of(), null, ScenarioLoader.toJson(staffed.scenario()))
        : PostPlan.of(staffed, name, sites, score);
  }
}
