// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * beats.geojson: one feature per patrol car: its beat's Polygon (the scenario's beat polygon, or
 * the area nearest the beat's centre), or a Point for a car on a fixed post, with the car, its
 * shift group, its home station and the number of points it patrols between.
 */
public final class BeatsGeoJson {
  public static final String FILE = "beats.geojson";

  private BeatsGeoJson() {}

  public static Map<String, Object> of(PlanMap plan) {
    List<Map<String, Object>> features = new ArrayList<>();
    for (PlanMap.BeatArea b : plan.beats()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("car", b.car().name());
      p.put("shiftGroup", b.shiftGroup());
      p.put("homeStation", b.home().value());
      p.put("patrolPoints", b.waypoints().size());
      Map<String, Object> geometry =
          b.area() == null || b.area().isEmpty()
              ? GeoJson.point(b.waypoints().get(0))
              : GeoJson.of(b.area());
      features.add(GeoJson.feature(b.car().name(), geometry, p));
    }
    return GeoJson.collection(features, Map.of());
  }
}
