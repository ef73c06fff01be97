// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.LatLon;

/**
 * Where the patrol cars are and what they do, from the movements they report (a route and when they
 * left, or where they stand): positions are interpolated along the routes at any simulated time, as
 * the command centre does. Station duty teams are counted by state.
 */
final class LiveFleet {
  /** Positions go to the page as whole 1e-5 degrees (about 1 m). */
  static final int SCALE = 100_000;

  private final List<CarId> cars;
  private final Map<CarId, Integer> index = new HashMap<>();
  private final LiveRecord.CarMoved[] last;
  private final Map<TeamId, UnitState> teams = new HashMap<>();
  private final int teamCount;

  LiveFleet(List<CarId> cars, int teamCount) {
    this.cars = List.copyOf(cars);
    this.teamCount = teamCount;
    this.last = new LiveRecord.CarMoved[cars.size()];
    for (int i = 0; i < cars.size(); i++) {
      index.put(cars.get(i), i);
    }
  }

  void moved(LiveRecord.CarMoved m) {
    last[index.get(m.car())] = m;
  }

  void unitChanged(DispatchEvent.UnitChanged u) {
    if (u.unit() instanceof TeamId team) {
      teams.put(team, u.state());
    }
  }

  /**
   * Every car at {@code timeMs}, flat: latitude and longitude in 1e-5 degrees, the state's ordinal
   * and the incident it is busy with (0 for none), in car order; a car that has not reported yet is
   * left at 0, 0.
   */
  long[] positions(long timeMs) {
    long[] out = new long[cars.size() * 4];
    for (int i = 0; i < last.length; i++) {
      LiveRecord.CarMoved m = last[i];
      if (m == null) {
        continue;
      }
      LatLon p =
          m.route() == null
              ? m.at()
              : m.route().positionAt((timeMs - m.departedMs()) / 1000.0).point();
      out[4 * i] = Math.round(p.lat() * SCALE);
      out[4 * i + 1] = Math.round(p.lon() * SCALE);
      out[4 * i + 2] = m.state().ordinal();
      out[4 * i + 3] = m.incident();
    }
    return out;
  }

  /** Cars by state (every state, in order), and station duty teams out of their station. */
  Map<String, Object> counts() {
    Map<String, Object> k = new LinkedHashMap<>();
    k.put("carsByState", stateCounts());
    k.put("teamsOut", teams.values().stream().filter(s -> s != UnitState.FREE).count());
    k.put("teams", teamCount);
    return k;
  }

  /** The number of cars in each state, in the order of {@link UnitState}. */
  long[] stateCounts() {
    long[] n = new long[UnitState.values().length];
    for (LiveRecord.CarMoved m : last) {
      if (m != null) {
        n[m.state().ordinal()]++;
      }
    }
    return n;
  }
}
