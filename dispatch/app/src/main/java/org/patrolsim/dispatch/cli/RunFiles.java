// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.GeoJsonFiles;
import org.patrolsim.dispatch.report.geojson.HexagonsGeoJson;
import org.patrolsim.dispatch.report.geojson.IncidentsGeoJson;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.report.html.KpiInterval;
import org.patrolsim.dispatch.report.html.PageFold;
import org.patrolsim.dispatch.report.html.StationInterval;

/**
 * The files of one run (of {@code run}, or replication 0 of {@code run --replications}) in its
 * staged output folder: incidents.csv, decisions.jsonl and incidents.geojson written as the run
 * goes (gzipped with {@code --gzip}), what report.html needs folded as it goes, and at the end
 * summary.json, the other GeoJSON layers and report.html; then all are moved into place together.
 */
final class RunFiles {
  private final ReportFiles files;
  private final PageFold page;
  private final List<RunObserver> observers = new ArrayList<>();

  private RunFiles(ReportFiles files) {
    this.files = files;
    observers.addAll(files.tables());
    observers.add(new IncidentsGeoJson(files.open(IncidentsGeoJson.FILE, true)));
    this.page = new PageFold(files.scratch("report-incidents.bin"));
    observers.add(page);
  }

  /** Opens the files written as the run goes (this makes the staging folder). */
  static RunFiles open(ReportFiles files) {
    return new RunFiles(files);
  }

  /** What follows the run: the files written as it goes, and the report page's folds. */
  List<RunObserver> observers() {
    return observers;
  }

  /** A fold of the run into these files. */
  RunFold fold() {
    return RunFold.of(observers);
  }

  /**
   * After the run: summary.json (unless {@code summary} is false: replications write their own),
   * the other GeoJSON layers and report.html (KPI cards with {@code intervals}); then moves every
   * file into place.
   */
  void complete(RunReport report, PlanMap plan, Map<Kpi, KpiInterval> intervals, boolean summary) {
    complete(report, plan, intervals, List.of(), summary);
  }

  /**
   * As above, with each station's call-outs and zero call-out days over replications for the
   * station table.
   */
  void complete(
      RunReport report,
      PlanMap plan,
      Map<Kpi, KpiInterval> intervals,
      List<StationInterval> stations,
      boolean summary) {
    if (summary) {
      files.writeSummary(report);
    }
    GeoJsonFiles.layers(plan, report).forEach(files::write);
    files.write(HexagonsGeoJson.FILE, GeoJsonFiles.hexagons(plan, report, page.hexagons()));
    files.write(HtmlReport.FILE, HtmlReport.of(plan, report, page, intervals, stations));
    files.commit();
  }
}
