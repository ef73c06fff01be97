// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.report.Presence;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.RoadSegment;

/**
 * The road network and its coverage per segment for the page's map, compact: each segment's points
 * as integers of 1e-5 degree (about 1 m), the first absolute and the others as differences ([lon0,
 * lat0, dLon1, dLat1, ...]), and beside it the segment's share of time within the coverage target
 * of a free car and (when measured) its patrol minutes per day. coverage.geojson and
 * presence.geojson have the same values in full GeoJSON.
 */
public final class RoadLayer {
  static final int SCALE = 100_000;

  private RoadLayer() {}

  /**
   * The road network alone, in the same compact form ({@code scale}, {@code lines}): the live
   * drill's map.
   */
  public static Map<String, Object> roads(PlanMap plan) {
    Map<String, Object> m = of(plan, null, null);
    m.keySet().retainAll(List.of("scale", "lines"));
    return m;
  }

  static Map<String, Object> of(
      PlanMap plan, DispatchEvent.SegmentCoverage coverage, Presence presence) {
    List<Object> lines = new ArrayList<>(plan.roads().size());
    List<Double> share = new ArrayList<>(plan.roads().size());
    List<Double> patrol = new ArrayList<>(plan.roads().size());
    for (RoadSegment s : plan.roads()) {
      List<Long> line = new ArrayList<>(2 * s.points().size());
      long lastLon = 0;
      long lastLat = 0;
      for (LatLon p : s.points()) {
        long lon = Math.round(p.lon() * SCALE);
        long lat = Math.round(p.lat() * SCALE);
        line.add(lon - lastLon);
        line.add(lat - lastLat);
        lastLon = lon;
        lastLat = lat;
      }
      lines.add(line);
      share.add(coverage == null ? 0 : Math.round(coverage.shareOfTime()[s.id()] * 1000) / 1000.0);
      if (presence != null) {
        patrol.add(
            s.id() >= presence.segments()
                ? 0
                : Math.round(presence.minutesPerDay()[s.id()] * 10) / 10.0);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scale", SCALE);
    m.put("lines", lines);
    m.put("coveredShare", share);
    m.put("samples", coverage == null ? 0 : coverage.samples());
    if (presence != null) {
      m.put("patrolMinutesPerDay", patrol);
    }
    return m;
  }
}
