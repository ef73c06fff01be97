// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jurisdictions.geojson: one Polygon (or MultiPolygon) per station's jurisdiction, with the station's
 * id and the rule that drew it ({@code scenario}: the scenario's polygons; {@code nearest-station}: the
 * points nearest the station in a straight line). The one writer of this file.
 */
public final class JurisdictionsGeoJson {
  public static final String FILE = "jurisdictions.geojson";

  private JurisdictionsGeoJson() {}

  public static Map<String, Object> of(PlanMap plan) {
    List<Map<String, Object>> features = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (PlanMap.Jurisdiction j : plan.jurisdictions()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("station", j.station().value());
      p.put("rule", j.rule());
      int n = seen.merge(j.station().value(), 1, Integer::sum);
      String id = n == 1 ? j.station().value() : j.station().value() + "#" + n; // a station of several polygons
      features.add(GeoJson.feature(id, GeoJson.of(j.area()), p));
    }
    return GeoJson.collection(features, Map.of());
  }
}
