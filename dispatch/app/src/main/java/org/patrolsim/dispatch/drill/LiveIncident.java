// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.TeamId;

/**
 * One incident as the live view shows it: where, what, and how far the response has got (its phase,
 * the units sent, the times so far), rebuilt from the events.
 */
final class LiveIncident {
  /** How far the response has got, in the words of the page. */
  enum Phase {
    HANDLING("handling"),
    WAITING("waiting"),
    EN_ROUTE("en-route"),
    ON_SCENE("on-scene"),
    WORKING("working"),
    CLEARED("cleared");

    final String key;

    Phase(String key) {
      this.key = key;
    }
  }

  final long id;
  private final DispatchEvent.CallReceived call;
  private final long injection;
  private final List<String> units = new ArrayList<>();

  /** The stations of the duty teams sent, for the line from station to scene. */
  private final List<String> teamsFrom = new ArrayList<>();

  private Phase phase = Phase.HANDLING;
  private long firstDispatchMs = -1;
  private long firstArrivalMs = -1;
  private long clearMs = -1;
  private String disposal;
  long version;

  LiveIncident(DispatchEvent.CallReceived call, long injection) {
    this.id = call.incident();
    this.call = call;
    this.injection = injection;
  }

  Phase phase() {
    return phase;
  }

  boolean open() {
    return phase != Phase.CLEARED;
  }

  long callMs() {
    return call.timeMs();
  }

  long clearMs() {
    return clearMs;
  }

  boolean urgent() {
    return call.priority() == Priority.URGENT;
  }

  boolean injected() {
    return injection > 0;
  }

  /** A dispatch decision: a unit is on its way, or the call waits. */
  void decided(DispatchEvent.Decided d) {
    if (d.action() == DispatchEvent.Action.WAIT) {
      if (phase == Phase.HANDLING) {
        phase = Phase.WAITING;
      }
      return;
    }
    units.add(d.unit().name());
    if (d.unit() instanceof TeamId team) {
      teamsFrom.add(team.station().value());
    }
    if (firstDispatchMs < 0) {
      firstDispatchMs = d.timeMs();
    }
    if (phase == Phase.HANDLING || phase == Phase.WAITING) {
      phase = Phase.EN_ROUTE;
    }
  }

  /** Whether this arrival is the incident's first. */
  boolean arrived(DispatchEvent.Arrived a) {
    boolean first = firstArrivalMs < 0;
    if (first) {
      firstArrivalMs = a.timeMs();
    }
    phase = a.covered() ? Phase.WORKING : Phase.ON_SCENE;
    return first;
  }

  void preempted(DispatchEvent.Preempted p) {
    units.remove(p.car().name());
    if (units.isEmpty()) {
      phase = Phase.WAITING;
    }
  }

  void cleared(DispatchEvent.Cleared c) {
    phase = Phase.CLEARED;
    clearMs = c.timeMs();
    disposal = c.disposal().name();
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("lat", call.lat());
    m.put("lon", call.lon());
    m.put("type", call.type());
    m.put("priority", call.priority().key());
    m.put("station", call.station().value());
    m.put("callMs", call.timeMs());
    m.put("phase", phase.key);
    m.put("units", List.copyOf(units));
    m.put("teamsFrom", List.copyOf(teamsFrom));
    m.put("firstDispatchMs", firstDispatchMs);
    m.put("firstArrivalMs", firstArrivalMs);
    m.put("clearMs", clearMs);
    m.put("disposal", disposal);
    m.put("injection", injection);
    return m;
  }
}
