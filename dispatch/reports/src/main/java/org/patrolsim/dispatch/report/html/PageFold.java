// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.nio.file.Path;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.HexagonsGeoJson;

/**
 * What report.html needs of a run beyond its {@link RunReport}, folded as the run goes: the charts'
 * series by hour and over time, and the incidents with their decisions (spilled to a scratch file,
 * so memory stays flat however long the run). Hand it to the run's fold, then to {@link
 * HtmlReport#of}.
 */
public final class PageFold implements RunObserver {
  final ChartData charts = new ChartData();
  final IncidentRecords incidents;
  final HexagonsGeoJson hexagons = new HexagonsGeoJson();

  /**
   * A fold whose incident rows spill to {@code scratch} (created, or emptied; the caller deletes
   * it).
   */
  public PageFold(Path scratch) {
    this.incidents = new IncidentRecords(scratch);
  }

  @Override
  public void start(DispatchEvent.RunStarted run) {
    charts.start(run);
    incidents.start(run);
  }

  @Override
  public void event(DispatchEvent event) {
    charts.event(event);
    incidents.event(event);
  }

  @Override
  public void timeline(IncidentTimeline timeline) {
    charts.timeline(timeline);
    incidents.timeline(timeline);
    hexagons.timeline(timeline);
  }

  /** The incidents binned in hexagons, for the page's aggregated layer and hexagons.geojson. */
  public HexagonsGeoJson hexagons() {
    return hexagons;
  }

  @Override
  public void finish(RunReport report) {
    charts.finish(report);
    incidents.finish(report);
  }
}
