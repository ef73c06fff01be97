// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.report.RunReport;

/**
 * stations.geojson: one Point per police station (where it stands on the road network) with its
 * duty teams and what the run asked of it: call-outs (teams sent, in total and per day), zero
 * call-out days, incidents its teams disposed of and cases patrols handed over to it.
 */
public final class StationsGeoJson {
  public static final String FILE = "stations.geojson";

  private StationsGeoJson() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> of(PlanMap plan, RunReport report) {
    Map<String, Map<String, Object>> kpis = new LinkedHashMap<>();
    for (Object o : (List<Object>) report.summary().get("stations")) {
      Map<String, Object> m = (Map<String, Object>) o;
      kpis.put((String) m.get("id"), m);
    }
    List<Map<String, Object>> features = new ArrayList<>();
    for (PlanMap.Station s : plan.stations()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", s.id().value());
      p.put("dutyTeams", s.dutyTeams());
      Map<String, Object> k = kpis.getOrDefault(s.id().value(), Map.of());
      for (String key :
          List.of(
              "callOuts", "callOutsPerDay", "zeroCallOutDays", "stationDisposed", "handOvers")) {
        p.put(key, k.get(key));
      }
      features.add(GeoJson.feature(s.id().value(), GeoJson.point(s.point()), p));
    }
    return GeoJson.collection(features, Map.of());
  }
}
