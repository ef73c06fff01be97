// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.geo.LatLon;

/**
 * incidents.geojson, written as the run goes: one Point per incident, where the call came from,
 * with its whole timeline (the columns of incidents.csv; times in seconds since the start, null
 * when it did not happen), each as soon as the timeline is final (so in incident id order), and the
 * collection closed when the run ends.
 */
public final class IncidentsGeoJson implements RunObserver {
  public static final String FILE = "incidents.geojson";

  private final GeoJson.FeatureLines lines;

  /**
   * Writes the collection's head to {@code w} now, a feature per timeline, its end at the finish.
   */
  public IncidentsGeoJson(Writer w) {
    try {
      this.lines = GeoJson.FeatureLines.start(w, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  @Override
  public void timeline(IncidentTimeline t) {
    try {
      lines.add(feature(t));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  @Override
  public void finish(RunReport report) {
    try {
      lines.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  /** The feature of one incident. */
  public static Map<String, Object> feature(IncidentTimeline t) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", t.id());
    p.put("callS", seconds(t.callMs()));
    p.put("type", t.type());
    p.put("priority", t.priority().key());
    p.put("station", name(t.station()));
    p.put("disposal", t.disposal() == null ? "OPEN" : t.disposal().name());
    p.put("firstDispatchS", seconds(t.firstDispatchMs()));
    p.put("firstUnit", name(t.firstUnit()));
    p.put("lastDispatchS", seconds(t.lastDispatchMs()));
    p.put("lastUnit", name(t.lastUnit()));
    p.put("backupUnit", name(t.backupUnit()));
    p.put("firstArrivalS", seconds(t.firstArrivalMs()));
    p.put("coveredS", seconds(t.coveredMs()));
    p.put("clearS", seconds(t.clearMs()));
    p.put(
        "firstArrivalAfterS",
        Double.isNaN(t.firstArrivalSeconds()) ? null : t.firstArrivalSeconds());
    p.put("clearedBy", name(t.clearedBy()));
    p.put("handedOverTo", name(t.handedOverTo()));
    p.put("preemptions", t.preemptions());
    p.put("openState", t.openState() == null ? null : t.openState().key());
    if (t.source() != null) { // a replayed call: its row of the file (generated calls have none)
      p.put("sourceLine", t.source().line());
      p.put("sourceId", t.source().id());
      p.put("sourceCategory", t.source().category());
    }
    return GeoJson.feature(t.id(), GeoJson.point(new LatLon(t.lat(), t.lon())), p);
  }

  /**
   * Seconds since the start with millisecond precision, as in incidents.csv; null when it did not
   * happen.
   */
  static Double seconds(long ms) {
    return ms < 0 ? null : ms / 1000.0;
  }

  static String name(Object id) {
    return id == null ? null : id.toString();
  }
}
