// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.report.geojson.BeatsGeoJson;
import org.patrolsim.dispatch.report.geojson.JurisdictionsGeoJson;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.RoadLayer;
import org.patrolsim.dispatch.report.html.WebAssets;

/**
 * What a drill's page loads once ({@code GET /api/plan}): the plan, which the drill never changes.
 * The road network in the report's compact form, the jurisdictions and beats as the report draws
 * them, the stations, the cars' names, the incident types a trainer may inject, and the clock's
 * limits.
 */
final class PlanDocument {
  private PlanDocument() {}

  static String of(CityModel model, PlanMap plan, long frameMs) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("scenario", plan.scenario());
    d.put("policy", plan.policy());
    d.put("seed", model.scenario().seed());
    d.put("days", model.scenario().days());
    d.put("callHorizonMs", model.callHorizonMs());
    d.put("endCapMs", model.endCapMs());
    d.put("urgentTargetSeconds", model.scenario().dispatch().urgentTargetMinutes() * 60.0);
    d.put("frameMs", frameMs);
    d.put(
        "bounds",
        List.of(
            List.of(plan.bounds().minLat(), plan.bounds().minLon()),
            List.of(plan.bounds().maxLat(), plan.bounds().maxLon())));
    d.put("roads", RoadLayer.roads(plan));
    d.put("jurisdictions", JurisdictionsGeoJson.of(plan));
    d.put("beats", BeatsGeoJson.of(plan));
    List<Map<String, Object>> stations = new ArrayList<>();
    for (PlanMap.Station s : plan.stations()) {
      stations.add(
          Map.of(
              "id",
              s.id().value(),
              "lat",
              s.point().lat(),
              "lon",
              s.point().lon(),
              "teams",
              s.dutyTeams()));
    }
    d.put("stations", stations);
    d.put("cars", model.cars().stream().map(CarPlan::id).map(c -> c.name()).toList());
    List<String> states = new ArrayList<>();
    for (UnitState s : UnitState.values()) {
      states.add(s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    d.put("carStates", states);
    List<Map<String, Object>> types = new ArrayList<>();
    for (IncidentType t : model.mix().types()) {
      types.add(Map.of("name", t.name(), "priority", t.priority().key(), "units", t.unitsNeeded()));
    }
    d.put("types", types);
    List<String> priorities = new ArrayList<>();
    for (Priority p : Priority.values()) {
      priorities.add(p.key());
    }
    d.put("priorities", priorities);
    d.put("libraries", WebAssets.libraryVersions());
    return Replies.json(d);
  }
}
