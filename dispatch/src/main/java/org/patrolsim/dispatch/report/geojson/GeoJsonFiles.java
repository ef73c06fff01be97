// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;

/**
 * The GeoJSON layers of a run, for GIS: incidents, stations, jurisdictions, beats and coverage per road
 * segment, each a FeatureCollection (RFC 7946, WGS 84, [lon, lat]). Documented in docs/SCENARIO.md.
 */
public final class GeoJsonFiles {
  private GeoJsonFiles() {}

  /** File name to writer, in a fixed order, for {@link ReportFiles#write(RunReport, java.nio.file.Path, Map)}. */
  public static Map<String, ReportFiles.Output> of(PlanMap plan, RunReport report) {
    Map<String, ReportFiles.Output> files = new LinkedHashMap<>();
    files.put(IncidentsGeoJson.FILE, writer(() -> IncidentsGeoJson.of(report)));
    files.put(StationsGeoJson.FILE, writer(() -> StationsGeoJson.of(plan, report)));
    files.put(JurisdictionsGeoJson.FILE, writer(() -> JurisdictionsGeoJson.of(plan)));
    files.put(BeatsGeoJson.FILE, writer(() -> BeatsGeoJson.of(plan)));
    files.put(CoverageGeoJson.FILE, writer(() -> CoverageGeoJson.of(plan, report)));
    return files;
  }

  private static ReportFiles.Output writer(Supplier<Map<String, Object>> collection) {
    return w -> GeoJson.write(collection.get(), w);
  }
}
