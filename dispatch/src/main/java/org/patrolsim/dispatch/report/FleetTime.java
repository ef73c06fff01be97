// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * How the patrol cars spent the call period: the time in each state, summed over the fleet, folded from
 * the cars' state changes as they come (holding only each car's last change). The drain after the call
 * period is left out: it is not a normal operating day.
 */
final class FleetTime {
  private final Map<UnitState, Long> carMs = new EnumMap<>(UnitState.class);
  private final Map<UnitId, DispatchEvent.UnitChanged> last = new HashMap<>();
  private final long horizonMs;
  private final int cars;

  FleetTime(long horizonMs, int cars) {
    this.horizonMs = horizonMs;
    this.cars = cars;
  }

  /** A patrol car's state change. */
  void changed(DispatchEvent.UnitChanged u) {
    DispatchEvent.UnitChanged before = last.put(u.unit(), u);
    if (before != null) {
      add(before.state(), before.timeMs(), u.timeMs());
    }
  }

  /** The stream has ended: each car's last state lasts to the end of the call period. */
  void finish() {
    last.values().forEach(u -> add(u.state(), u.timeMs(), horizonMs));
    last.clear();
  }

  private void add(UnitState state, long from, long to) {
    long ms = Math.min(to, horizonMs) - Math.min(from, horizonMs);
    if (ms > 0) {
      carMs.merge(state, ms, Long::sum);
    }
  }

  /** The share of all car time (cars x call period) spent in {@code state}. */
  double share(UnitState state) {
    return cars == 0 || horizonMs == 0 ? 0 : carMs.getOrDefault(state, 0L) / ((double) cars * horizonMs);
  }

  /** Driving to or working at incidents, or driving back to the post after one (an exponential busy time). */
  double utilization() {
    return share(UnitState.RESPONDING) + share(UnitState.ON_SCENE) + share(UnitState.RETURNING);
  }
}
