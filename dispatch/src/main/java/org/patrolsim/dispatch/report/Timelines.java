// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.UnitId;

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
    StationId station;
    boolean settleable;
    long firstDispatchMs = -1;
    UnitId firstUnit;
    double fromLat = Double.NaN;
    double fromLon = Double.NaN;
    long lastDispatchMs = -1;
    UnitId lastUnit;
    UnitId backupUnit;
    long firstArrivalMs = -1;
    long coveredMs = -1;
    long clearMs = -1;
    Disposal disposal;
    UnitId clearedBy;
    StationId handedOverTo;
    int preemptions;
    OpenState openState;

    IncidentTimeline done() {
      return new IncidentTimeline(id, callMs, lat, lon, type, priority, station, settleable, firstDispatchMs,
          firstUnit, fromLat, fromLon, lastDispatchMs, lastUnit, backupUnit, firstArrivalMs, coveredMs, clearMs,
          disposal, clearedBy, handedOverTo, preemptions, openState);
    }

    void dispatched(DispatchEvent.Decided x) {
      if (x.role() == Role.BACKUP) {
        backupUnit = x.unit();
      }
      if (firstDispatchMs < 0) {
        firstDispatchMs = x.timeMs();
        firstUnit = x.unit();
        fromLat = x.fromLat();
        fromLon = x.fromLon();
      }
      lastDispatchMs = x.timeMs();
      lastUnit = x.unit();
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
        d.settleable = c.settleable();
        drafts.put(c.incident(), d);
      } else if (e instanceof DispatchEvent.Decided x && x.action() != Action.WAIT) {
        drafts.get(x.incident()).dispatched(x);
      } else if (e instanceof DispatchEvent.Arrived a) {
        Draft d = drafts.get(a.incident());
        if (d.firstArrivalMs < 0) {
          d.firstArrivalMs = a.timeMs();
        }
        if (a.covered() && d.coveredMs < 0) {
          d.coveredMs = a.timeMs(); // the first cover: the citizen saw the units there, whatever came after
        }
      } else if (e instanceof DispatchEvent.Preempted p) {
        drafts.get(p.incident()).preemptions++;
      } else if (e instanceof DispatchEvent.Cleared c) {
        Draft d = drafts.get(c.incident());
        d.clearMs = c.timeMs();
        d.disposal = c.disposal();
        d.clearedBy = c.unit();
        d.handedOverTo = c.disposal() == Disposal.HANDED_OVER ? c.station() : null;
      } else if (e instanceof DispatchEvent.StillOpen s) {
        drafts.get(s.incident()).openState = s.state();
      }
    }
    List<IncidentTimeline> out = new ArrayList<>(drafts.size());
    drafts.values().forEach(d -> out.add(d.done()));
    return out;
  }
}
