// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.incident.Priority;

/** Folds the event stream into one {@link IncidentTimeline} per incident, in incident id order. */
final class Timelines {
  private Timelines() {}

  private static final class Draft {
    long id;
    long callMs;
    double lat;
    double lon;
    String type;
    Priority priority;
    String station;
    long dispatchMs = -1;
    String unit = "";
    double fromLat = Double.NaN;
    double fromLon = Double.NaN;
    String backupUnit = "";
    long arrivalMs = -1;
    long coveredMs = -1;
    long clearMs = -1;
    Disposal disposal;
    String clearedBy = "";
    String handedOverTo = "";
    int preemptions;

    IncidentTimeline done() {
      return new IncidentTimeline(id, callMs, lat, lon, type, priority, station, dispatchMs, unit, fromLat,
          fromLon, backupUnit, arrivalMs, coveredMs, clearMs, disposal, clearedBy, handedOverTo, preemptions);
    }
  }

  static List<IncidentTimeline> of(List<DispatchEvent> events) {
    Map<Long, Draft> drafts = new TreeMap<>();
    for (DispatchEvent e : events) {
      if (e instanceof DispatchEvent.CallReceived c) {
        Draft d = new Draft();
        d.id = c.incident();
        d.callMs = c.timeMs();
        d.lat = c.lat();
        d.lon = c.lon();
        d.type = c.type();
        d.priority = c.priority();
        d.station = c.station();
        drafts.put(c.incident(), d);
      } else if (e instanceof DispatchEvent.Decided x) {
        Draft d = drafts.get(x.incident());
        if (d != null && !x.action().equals("wait")) {
          if (x.role().equals("backup")) {
            d.backupUnit = x.unit();
          } else {
            d.dispatchMs = x.timeMs();
            d.unit = x.unit();
            d.fromLat = x.fromLat();
            d.fromLon = x.fromLon();
          }
        }
      } else if (e instanceof DispatchEvent.Arrived a) {
        Draft d = drafts.get(a.incident());
        if (d != null) {
          if (d.arrivalMs < 0) {
            d.arrivalMs = a.timeMs();
          }
          if (a.covered() && d.coveredMs < 0) {
            d.coveredMs = a.timeMs();
          }
        }
      } else if (e instanceof DispatchEvent.Preempted p) {
        Draft d = drafts.get(p.incident());
        if (d != null) {
          d.preemptions++; // the response time stays the first cover: the citizen saw a unit arrive
        }
      } else if (e instanceof DispatchEvent.Cleared c) {
        Draft d = drafts.get(c.incident());
        if (d != null) {
          d.clearMs = c.timeMs();
          d.disposal = c.disposal();
          d.clearedBy = c.unit();
          d.handedOverTo = c.disposal() == Disposal.HANDED_OVER ? c.station() : "";
        }
      }
    }
    List<IncidentTimeline> out = new ArrayList<>(drafts.size());
    drafts.values().forEach(d -> out.add(d.done()));
    return out;
  }
}
