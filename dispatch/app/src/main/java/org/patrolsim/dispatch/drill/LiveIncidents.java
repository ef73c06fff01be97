// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * The incidents of a live drill and the counts the KPI panel shows, kept up to date from the
 * events. Every incident carries the version of its last change, so that a page can ask what
 * changed since the version it has seen.
 */
final class LiveIncidents {
  private final Map<Long, LiveIncident> byId = new HashMap<>();
  private final TreeMap<Long, LiveIncident> byVersion = new TreeMap<>();
  private final Map<Long, Long> injectedCalls = new HashMap<>();
  private final double urgentTargetSeconds;
  private long calls;
  private long injected;
  private long cleared;
  private long street;
  private long handedOver;
  private long stationDisposed;
  private long callOuts;
  private long preemptions;
  private long urgentReached;
  private long urgentWithinTarget;
  private double urgentSecondsSum;

  LiveIncidents(double urgentTargetSeconds) {
    this.urgentTargetSeconds = urgentTargetSeconds;
  }

  /** Injection {@code n} is about to become incident {@code incident}. */
  void injected(long incident, long n) {
    injectedCalls.put(incident, n);
    injected++;
  }

  /** Applies one event; returns whether an incident changed. */
  boolean apply(DispatchEvent e, long version) {
    LiveIncident changed = null;
    if (e instanceof DispatchEvent.CallReceived c) {
      changed = new LiveIncident(c, injectedCalls.getOrDefault(c.incident(), 0L));
      injectedCalls.remove(c.incident());
      byId.put(c.incident(), changed);
      calls++;
    } else if (e instanceof DispatchEvent.Decided d && byId.containsKey(d.incident())) {
      changed = byId.get(d.incident());
      changed.decided(d);
      if (d.action() == DispatchEvent.Action.STATION) {
        callOuts++;
      }
    } else if (e instanceof DispatchEvent.Arrived a && byId.containsKey(a.incident())) {
      changed = byId.get(a.incident());
      if (changed.arrived(a) && changed.urgent()) {
        double seconds = (a.timeMs() - changed.callMs()) / 1000.0;
        urgentReached++;
        urgentSecondsSum += seconds;
        urgentWithinTarget += seconds <= urgentTargetSeconds ? 1 : 0;
      }
    } else if (e instanceof DispatchEvent.Preempted p && byId.containsKey(p.incident())) {
      changed = byId.get(p.incident());
      changed.preempted(p);
      preemptions++;
    } else if (e instanceof DispatchEvent.Cleared c && byId.containsKey(c.incident())) {
      changed = byId.get(c.incident());
      changed.cleared(c);
      cleared++;
      switch (c.disposal()) {
        case STREET -> street++;
        case HANDED_OVER -> handedOver++;
        case STATION_CALLOUT -> stationDisposed++;
        default -> throw new IllegalStateException("unknown disposal " + c.disposal());
      }
    }
    if (changed == null) {
      return false;
    }
    byVersion.remove(changed.version);
    changed.version = version;
    byVersion.put(version, changed);
    return true;
  }

  /** The incidents changed after {@code version}, oldest change first. */
  List<Map<String, Object>> changedSince(long version) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LiveIncident i : byVersion.tailMap(version, false).values()) {
      out.add(i.toMap());
    }
    return out;
  }

  /**
   * What a page that connects now is shown: every open or injected incident, and those cleared in
   * the last {@code recentMs} of simulated time before {@code nowMs}.
   */
  List<Map<String, Object>> shown(long nowMs, long recentMs) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LiveIncident i : byVersion.values()) {
      if (i.open() || i.injected() || i.clearMs() >= nowMs - recentMs) {
        out.add(i.toMap());
      }
    }
    return out;
  }

  long open() {
    return calls - cleared;
  }

  /** The counts of the KPI panel; definitions in docs/SCENARIO.md ("The live drill"). */
  Map<String, Object> kpis() {
    Map<LiveIncident.Phase, Long> phases = new EnumMap<>(LiveIncident.Phase.class);
    for (LiveIncident i : byId.values()) {
      if (i.open()) {
        phases.merge(i.phase(), 1L, Long::sum);
      }
    }
    Map<String, Object> k = new LinkedHashMap<>();
    k.put("calls", calls);
    k.put("injected", injected);
    k.put("open", calls - cleared);
    k.put(
        "waiting",
        phases.getOrDefault(LiveIncident.Phase.HANDLING, 0L)
            + phases.getOrDefault(LiveIncident.Phase.WAITING, 0L));
    k.put("enRoute", phases.getOrDefault(LiveIncident.Phase.EN_ROUTE, 0L));
    k.put(
        "onScene",
        phases.getOrDefault(LiveIncident.Phase.ON_SCENE, 0L)
            + phases.getOrDefault(LiveIncident.Phase.WORKING, 0L));
    k.put("cleared", cleared);
    k.put("street", street);
    k.put("handedOver", handedOver);
    k.put("stationDisposed", stationDisposed);
    k.put("streetShareOfCleared", cleared == 0 ? null : (double) street / cleared);
    k.put("stationCallOuts", callOuts);
    k.put("preemptions", preemptions);
    k.put("urgentReached", urgentReached);
    k.put(
        "urgentFirstArrivalMeanSeconds",
        urgentReached == 0 ? null : urgentSecondsSum / urgentReached);
    k.put(
        "urgentWithinTargetShare",
        urgentReached == 0 ? null : (double) urgentWithinTarget / urgentReached);
    k.put("urgentTargetSeconds", urgentTargetSeconds);
    return k;
  }
}
