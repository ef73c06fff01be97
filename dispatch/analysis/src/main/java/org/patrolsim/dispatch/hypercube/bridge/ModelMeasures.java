// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.LatLon;

/**
 * Measures one run of the full model as the hypercube would, from its domain events alone (never
 * from live state): the cars' states over time, the calls and where they fell, the dispatch
 * decisions. A car counts as taken from the moment the command centre decides to send it (its own
 * state change follows in the next delta cycle), as the command centre sees it.
 */
final class ModelMeasures {
  private final PlanHypercube plan;
  private final Window window;
  private final int units;
  private final Map<CarId, Integer> unitOf = new HashMap<>();
  private final UnitState[] state;
  private final long[] since;
  private final long[] busyMs;
  private int free;
  private long noneFreeMs;
  private long lastMs;
  private final Map<Long, Integer> atomOf = new HashMap<>();
  private final Map<Long, Long> firstDecisionMs = new HashMap<>();
  private final Set<Long> patrolSent = new HashSet<>();
  private final long[][] dispatches;
  private long patrolDispatches;
  private long interDistrict;
  private double travelSeconds;
  private long calls;
  private long callsNoneFree;
  private double waitMs;
  private long waitedForTeams;

  private ModelMeasures(PlanHypercube plan, Window window) {
    this.plan = plan;
    this.window = window;
    this.units = plan.units();
    for (int n = 0; n < units; n++) {
      unitOf.put(plan.cars().get(n), n);
    }
    state = new UnitState[units];
    since = new long[units];
    busyMs = new long[units];
    dispatches = new long[units][plan.atoms().size()];
  }

  /** The measures of one run's events (in the engine's total order) over {@code window}. */
  static ModelSample of(List<DispatchEvent> events, PlanHypercube plan, Window window) {
    return new ModelMeasures(plan, window).measure(events);
  }

  private ModelSample measure(List<DispatchEvent> events) {
    for (DispatchEvent e : events) {
      advance(e.timeMs());
      if (e instanceof DispatchEvent.UnitChanged u && u.unit() instanceof CarId car) {
        set(unitOf.get(car), u.state(), u.timeMs());
      } else if (e instanceof DispatchEvent.CallReceived c) {
        atomOf.put(c.incident(), plan.atomAt(new LatLon(c.lat(), c.lon())));
      } else if (e instanceof DispatchEvent.Decided d) {
        decided(d);
      }
    }
    advance(window.toMs());
    for (int n = 0; n < units; n++) {
      if (state[n] != null && busyWithCall(state[n])) {
        busyMs[n] += window.overlapMs(since[n], window.toMs());
      }
    }
    double length = window.lengthMs();
    double[] workloads = new double[units];
    for (int n = 0; n < units; n++) {
      workloads[n] = busyMs[n] / length;
    }
    double[][] f = new double[units][plan.atoms().size()];
    for (int n = 0; n < units; n++) {
      for (int j = 0; j < f[n].length; j++) {
        f[n][j] = patrolDispatches == 0 ? 0 : dispatches[n][j] / (double) patrolDispatches;
      }
    }
    return new ModelSample(
        workloads,
        noneFreeMs / length,
        calls == 0 ? 0 : callsNoneFree / (double) calls,
        f,
        patrolDispatches == 0 ? 0 : interDistrict / (double) patrolDispatches,
        patrolDispatches == 0 ? 0 : travelSeconds / patrolDispatches / 60,
        calls == 0 ? 0 : waitMs / calls / 60_000,
        calls,
        waitedForTeams);
  }

  private void decided(DispatchEvent.Decided d) {
    Long first = firstDecisionMs.putIfAbsent(d.incident(), d.timeMs());
    boolean measured = window.contains(first == null ? d.timeMs() : first);
    if (first == null && measured) {
      calls++;
      callsNoneFree += free == 0 ? 1 : 0;
      if (d.action() == Action.WAIT && plan.capacity() == LineCapacity.ZERO) {
        waitedForTeams++;
      }
    }
    if (d.action() != Action.PATROL || !(d.unit() instanceof CarId car)) {
      return;
    }
    int n = unitOf.get(car);
    set(n, UnitState.RESPONDING, d.timeMs()); // taken the moment it is sent
    boolean firstCar = patrolSent.add(d.incident());
    if (measured && first != null && firstCar && plan.capacity() == LineCapacity.INFINITE) {
      waitMs += d.timeMs() - first;
    }
    if (!window.contains(d.timeMs())) {
      return;
    }
    int atom = atomOf.getOrDefault(d.incident(), -1);
    if (atom < 0) {
      throw new IllegalStateException(
          "incident " + d.incident() + " fell at a place outside the plan's atoms");
    }
    dispatches[n][atom]++;
    patrolDispatches++;
    interDistrict += plan.atoms().get(atom).preference()[0] == n ? 0 : 1;
    travelSeconds += d.roadSeconds();
  }

  /** Integrates the car states up to {@code timeMs}. */
  private void advance(long timeMs) {
    if (timeMs <= lastMs) {
      return;
    }
    if (free == 0) {
      noneFreeMs += window.overlapMs(lastMs, timeMs);
    }
    lastMs = timeMs;
  }

  private void set(int n, UnitState next, long timeMs) {
    UnitState before = state[n];
    if (before != null && busyWithCall(before)) {
      busyMs[n] += window.overlapMs(since[n], timeMs);
    }
    free += (next == UnitState.FREE ? 1 : 0) - (before == UnitState.FREE ? 1 : 0);
    state[n] = next;
    since[n] = timeMs;
  }

  private static boolean busyWithCall(UnitState s) {
    return s == UnitState.RESPONDING || s == UnitState.ON_SCENE || s == UnitState.RETURNING;
  }
}
