// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;

/**
 * The GeoJSON layers of a run, for GIS: incidents, stations, jurisdictions, beats, and coverage and
 * patrol presence per road segment (when measured), each a FeatureCollection (RFC 7946, WGS 84,
 * [lon, lat]). Documented in docs/SCENARIO.md. The incidents are written as the run goes ({@link
 * IncidentsGeoJson}); the other layers, which hold a feature per station, beat or road segment,
 * when it ends.
 */
public final class GeoJsonFiles {
  private GeoJsonFiles() {}

  /** The layers written at the end of the run: file name to writer, in a fixed order. */
  public static Map<String, ReportFiles.Output> layers(PlanMap plan, RunReport report) {
    Map<String, ReportFiles.Output> files = new LinkedHashMap<>();
    files.put(StationsGeoJson.FILE, writer(() -> StationsGeoJson.of(plan, report)));
    files.put(JurisdictionsGeoJson.FILE, writer(() -> JurisdictionsGeoJson.of(plan)));
    files.put(BeatsGeoJson.FILE, writer(() -> BeatsGeoJson.of(plan)));
    files.put(CoverageGeoJson.FILE, writer(() -> CoverageGeoJson.of(plan, report)));
    if (report.presence().isPresent()) {
      files.put(PresenceGeoJson.FILE, writer(() -> PresenceGeoJson.of(plan, report)));
    }
    return files;
  }

  /** hexagons.geojson: the incidents {@code fold} saw, binned in the map's {@link HexGrid}. */
  public static ReportFiles.Output hexagons(PlanMap plan, RunReport report, HexagonsGeoJson fold) {
    return writer(() -> fold.of(HexGrid.of(plan.bounds()), report.run().urgentTargetSeconds()));
  }

  private static ReportFiles.Output writer(Supplier<Map<String, Object>> collection) {
    return w -> GeoJson.write(collection.get(), w);
  }
}
