// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.report.Presence;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.geo.network.RoadSegment;

/**
 * presence.geojson: one LineString per road segment with where the run's patrol time went ({@link
 * Presence}): patrol minutes and passes per day, the revisit interval (median and 90th percentile,
 * minutes) over the run and by 4-hour block, and the segment's rank among the hot spots. The
 * collection's member {@code patrolsim} holds the block length and the hot spots. Segments shorter
 * than the coordinates' precision are left out, as in coverage.geojson.
 */
public final class PresenceGeoJson {
  public static final String FILE = "presence.geojson";

  private PresenceGeoJson() {}

  /** The layer of a run that measured presence ({@code report.presence}). */
  public static Map<String, Object> of(PlanMap plan, RunReport report) {
    Presence p = report.presence().orElseThrow();
    Map<Integer, Integer> hotRank = new LinkedHashMap<>();
    for (int i = 0; i < p.hotspots().size(); i++) {
      hotRank.putIfAbsent(p.hotspots().get(i).segment(), i + 1);
    }
    List<Map<String, Object>> features = new ArrayList<>(plan.roads().size());
    for (RoadSegment s : plan.roads()) {
      Map<String, Object> line = GeoJson.lineString(s.points());
      if (line == null) {
        continue;
      }
      int id = s.id();
      boolean passed = id < p.segments();
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("segment", id);
      props.put("metres", Math.round(s.metres() * 10) / 10.0);
      props.put("patrolMinutesPerDay", passed ? round2(p.minutesPerDay()[id]) : 0.0);
      props.put("passesPerDay", passed ? round2(p.passesPerDay()[id]) : 0.0);
      props.put("revisitP50Minutes", passed ? minutes(p.revisitP50()[id]) : null);
      props.put("revisitP90Minutes", passed ? minutes(p.revisitP90()[id]) : null);
      props.put("revisitP50MinutesByBlock", byBlock(passed ? p.revisitP50ByBlock()[id] : null));
      props.put("revisitP90MinutesByBlock", byBlock(passed ? p.revisitP90ByBlock()[id] : null));
      props.put("hotspotRank", hotRank.get(id));
      features.add(GeoJson.feature(id, line, props));
    }
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("blockHours", Presence.BLOCK_HOURS);
    about.put("days", report.run().days());
    return GeoJson.collection(features, Map.of("patrolsim", about));
  }

  private static Double minutes(int seconds) {
    return seconds < 0 ? null : Math.round(seconds / 60.0 * 100) / 100.0;
  }

  private static List<Double> byBlock(int[] seconds) {
    Double[] out = new Double[24 / Presence.BLOCK_HOURS];
    if (seconds != null) {
      for (int b = 0; b < out.length; b++) {
        out[b] = minutes(seconds[b]);
      }
    }
    return Arrays.asList(out);
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
