// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.SourceRow;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * Folds the event stream into one {@link IncidentTimeline} per incident and hands each over once it
 * is final, in incident id order: a cleared incident as soon as every incident called before it is
 * final too, the rest when the stream ends. Only the incidents in flight (and the cleared ones
 * waiting for an older one) are held, so memory does not grow with the run. Incident ids rise in
 * call order; an event for an incident already handed over, or never called, is a broken invariant.
 */
final class Timelines {
  private final Map<Long, Draft> drafts = new HashMap<>();
  private final ArrayDeque<Draft> inIdOrder = new ArrayDeque<>();
  private final Consumer<IncidentTimeline> released;
  private long lastCalled = Long.MIN_VALUE;

  Timelines(Consumer<IncidentTimeline> released) {
    this.released = released;
  }

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
    long firstEnRouteMs = -1;
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
    long repeatOf;
    SourceRow source;

    IncidentTimeline done() {
      return new IncidentTimeline(
          id,
          callMs,
          lat,
          lon,
          type,
          priority,
          station,
          settleable,
          firstDispatchMs,
          firstUnit,
          fromLat,
          fromLon,
          firstEnRouteMs,
          lastDispatchMs,
          lastUnit,
          backupUnit,
          firstArrivalMs,
          coveredMs,
          clearMs,
          disposal,
          clearedBy,
          handedOverTo,
          preemptions,
          openState,
          repeatOf,
          source);
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

  void accept(DispatchEvent e) {
    if (e instanceof DispatchEvent.CallReceived c) {
      if (c.incident() <= lastCalled) {
        throw new IllegalStateException(
            "broken invariant: incident "
                + c.incident()
                + " called after incident "
                + lastCalled
                + ": incident ids must rise in call order");
      }
      lastCalled = c.incident();
      Draft d = new Draft();
      d.id = c.incident();
      d.callMs = c.timeMs();
      d.lat = c.lat();
      d.lon = c.lon();
      d.type = c.type();
      d.priority = c.priority();
      d.station = c.station();
      d.settleable = c.settleable();
      d.repeatOf = c.repeatOf();
      d.source = c.source();
      drafts.put(c.incident(), d);
      inIdOrder.addLast(d);
    } else if (e instanceof DispatchEvent.Decided x && x.action() != Action.WAIT) {
      draft(x.incident(), e).dispatched(x);
    } else if (e instanceof DispatchEvent.EnRoute r) {
      Draft d = draft(r.incident(), e);
      if (d.firstEnRouteMs < 0) {
        d.firstEnRouteMs = r.timeMs();
      }
    } else if (e instanceof DispatchEvent.Arrived a) {
      Draft d = draft(a.incident(), e);
      if (d.firstArrivalMs < 0) {
        d.firstArrivalMs = a.timeMs();
      }
      if (a.covered() && d.coveredMs < 0) {
        d.coveredMs =
            a.timeMs(); // the first cover: the citizen saw the units there, whatever came after
      }
    } else if (e instanceof DispatchEvent.Preempted p) {
      draft(p.incident(), e).preemptions++;
    } else if (e instanceof DispatchEvent.Cleared c) {
      Draft d = draft(c.incident(), e);
      d.clearMs = c.timeMs();
      d.disposal = c.disposal();
      d.clearedBy = c.unit();
      d.handedOverTo = c.disposal() == Disposal.HANDED_OVER ? c.station() : null;
      releaseFinal();
    } else if (e instanceof DispatchEvent.StillOpen s) {
      draft(s.incident(), e).openState = s.state();
    }
  }

  /** The stream has ended: every incident still held is final. */
  void finish() {
    while (!inIdOrder.isEmpty()) {
      release(inIdOrder.pollFirst());
    }
  }

  private void releaseFinal() {
    while (!inIdOrder.isEmpty() && inIdOrder.peekFirst().disposal != null) {
      release(inIdOrder.pollFirst());
    }
  }

  private void release(Draft d) {
    drafts.remove(d.id);
    released.accept(d.done());
  }

  private Draft draft(long incident, DispatchEvent e) {
    Draft d = drafts.get(incident);
    if (d == null) {
      throw new IllegalStateException(
          "broken invariant: incident "
              + incident
              + ": "
              + e
              + ", but the incident is not open (never called, or already cleared)");
    }
    return d;
  }
}
