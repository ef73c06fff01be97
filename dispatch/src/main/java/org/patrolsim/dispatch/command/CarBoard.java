// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;

/**
 * The command centre's picture of the patrol cars: each car's last reported state and the route it is
 * driving, from which its position is interpolated when needed (no per-second position reports).
 * Updated at once when the command centre sends a car, so two calls in one step never get the same car.
 */
final class CarBoard {
  private final Map<CarId, CarView> cars = new TreeMap<>();

  /** What the command centre knows of one car. */
  record CarView(UnitState state, Route route, long departedMs, NetworkPosition at, long incident) {
    NetworkPosition position(long nowMs) {
      return route == null ? at : route.positionAt((nowMs - departedMs) / 1000.0);
    }
  }

  void report(ToCommand.CarStatus st) {
    cars.put(st.car(), new CarView(st.state(), st.route(), st.departedMs(), st.at(), st.incident()));
  }

  /** The command centre sent {@code car} from {@code at} to {@code incident}. */
  void sent(CarId car, NetworkPosition at, long incident, long nowMs) {
    cars.put(car, new CarView(UnitState.RESPONDING, null, nowMs, at, incident));
  }

  Map<CarId, CarView> all() {
    return cars;
  }

  boolean anyFree() {
    for (CarView v : cars.values()) {
      if (v.state() == UnitState.FREE) {
        return true;
      }
    }
    return false;
  }

  /** Where the free cars are now, in car order. */
  List<NetworkPosition> freePositions(long nowMs) {
    List<NetworkPosition> out = new ArrayList<>();
    for (CarView v : cars.values()) {
      if (v.state() == UnitState.FREE) {
        out.add(v.position(nowMs));
      }
    }
    return out;
  }
}
