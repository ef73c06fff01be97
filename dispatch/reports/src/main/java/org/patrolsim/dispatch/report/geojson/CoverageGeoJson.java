// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.geo.network.RoadSegment;

/**
 * coverage.geojson: one LineString per road segment with {@code coveredShare}, the share of the
 * call period in which it was within the coverage target of a free patrol car (from the run's
 * {@link DispatchEvent.SegmentCoverage}); the collection says the target and the number of samples.
 * Segments shorter than the coordinates' precision (they round to one point) are left out.
 */
public final class CoverageGeoJson {
  public static final String FILE = "coverage.geojson";

  private CoverageGeoJson() {}

  public static Map<String, Object> of(PlanMap plan, RunReport report) {
    DispatchEvent.SegmentCoverage coverage = report.segmentCoverage();
    List<Map<String, Object>> features = new ArrayList<>(plan.roads().size());
    for (RoadSegment s : plan.roads()) {
      Map<String, Object> line = GeoJson.lineString(s.points());
      if (line == null) {
        continue; // shorter than the coordinates' precision (0.1 m): nothing to draw
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("segment", s.id());
      p.put("metres", Math.round(s.metres() * 10) / 10.0);
      p.put("coveredShare", Math.round(coverage.shareOfTime()[s.id()] * 10_000) / 10_000.0);
      features.add(GeoJson.feature(s.id(), line, p));
    }
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("coverageTargetSeconds", report.run().coverageTargetSeconds());
    about.put("samples", coverage.samples());
    return GeoJson.collection(features, Map.of("patrolsim", about));
  }
}
