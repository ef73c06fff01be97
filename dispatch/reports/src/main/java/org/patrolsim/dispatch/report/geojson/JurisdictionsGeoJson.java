// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jurisdictions.geojson: the stations' jurisdictions the run used, one Feature per station in the
 * scenario's order, with {@code id} and {@code name} (the station id, which is what the scenario's
 * {@code jurisdictions} field reads back, so the file can be edited in QGIS and passed back),
 * {@code dutyTeams}, {@code station} ([lon, lat] of the station on the road) and {@code basis}
 * ({@code road time}, or {@code file} when the scenario's polygons gave it). A station that is
 * first nowhere has a null geometry. The one writer of this file.
 */
public final class JurisdictionsGeoJson {
  public static final String FILE = "jurisdictions.geojson";

  private JurisdictionsGeoJson() {}

  public static Map<String, Object> of(PlanMap plan) {
    List<Map<String, Object>> features = new ArrayList<>();
    for (int i = 0; i < plan.jurisdictions().size(); i++) {
      PlanMap.Jurisdiction j = plan.jurisdictions().get(i);
      PlanMap.Station st = plan.stations().get(i);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", j.station().value());
      p.put("name", j.station().value());
      p.put("dutyTeams", st.dutyTeams());
      p.put("station", List.of(GeoJson.round6(st.point().lon()), GeoJson.round6(st.point().lat())));
      p.put("basis", j.basis());
      features.add(
          GeoJson.feature(
              j.station().value(), j.area().isEmpty() ? null : GeoJson.of(j.area()), p));
    }
    return GeoJson.collection(features, Map.of());
  }
}
