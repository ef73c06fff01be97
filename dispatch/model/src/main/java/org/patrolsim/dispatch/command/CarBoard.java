// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.SourceIndex;
import org.patrolsim.geo.network.TravelTimes;

/**
 * The command centre's picture of the patrol cars: each car's last reported state and the route it
 * is driving, from which its position is interpolated when needed (no per-second position reports).
 * Updated at once when the command centre sends a car, so two calls in one step never get the same
 * car.
 *
 * <p>Cars are numbered in name order (the order of equal road times); the same numbers key a {@link
 * SourceIndex} that follows where each car parks and what it drives, so that weighing cars for a
 * call looks only at the cars near it.
 */
final class CarBoard {
  private final CarId[] byNumber;

  /** A car's number, by {@link CarId#index()}. */
  private final int[] numberOf;

  private final CarView[] views;
  private final SourceIndex where;

  /** What the command centre knows of one car. */
  record CarView(UnitState state, Route route, long departedMs, NetworkPosition at, long incident) {
    NetworkPosition position(long nowMs) {
      return route == null ? at : route.positionAt((nowMs - departedMs) / 1000.0);
    }
  }

  CarBoard(List<CarId> fleet, TravelTimes oracle) {
    byNumber = fleet.stream().sorted().toArray(CarId[]::new);
    numberOf = new int[Arrays.stream(byNumber).mapToInt(CarId::index).max().orElse(-1) + 1];
    Arrays.fill(numberOf, -1);
    for (int n = 0; n < byNumber.length; n++) {
      numberOf[byNumber[n].index()] = n;
    }
    views = new CarView[byNumber.length];
    where = oracle.sourceIndex(Math.max(1, byNumber.length));
  }

  void report(ToCommand.CarStatus st) {
    int n = number(st.car());
    views[n] = new CarView(st.state(), st.route(), st.departedMs(), st.at(), st.incident());
    if (st.route() == null) {
      where.park(n, st.at());
    } else {
      where.drive(n, st.route(), st.departedMs());
    }
  }

  /** The command centre sent {@code car} from {@code at} to {@code incident}. */
  void sent(CarId car, NetworkPosition at, long incident, long nowMs) {
    int n = number(car);
    views[n] = new CarView(UnitState.RESPONDING, null, nowMs, at, incident);
    where.park(n, at);
  }

  /** How many cars the fleet has (numbers run from 0 to this, exclusive). */
  int count() {
    return byNumber.length;
  }

  /** Car number {@code n} (name order). */
  CarId car(int n) {
    return byNumber[n];
  }

  /** What is known of car number {@code n}, or null before its first report. */
  CarView view(int n) {
    return views[n];
  }

  CarView view(CarId car) {
    return views[number(car)];
  }

  /** Where the cars are, by number: for the oracle's nearest-cars query. */
  SourceIndex index() {
    return where;
  }

  private int number(CarId car) {
    int i = car.index();
    if (i >= numberOf.length || numberOf[i] < 0) {
      throw new IllegalStateException(car + " is not in the fleet the command centre was given");
    }
    return numberOf[i];
  }

  boolean anyFree() {
    for (CarView v : views) {
      if (v != null && v.state() == UnitState.FREE) {
        return true;
      }
    }
    return false;
  }

  /** Where the free cars are now, in car order. */
  List<NetworkPosition> freePositions(long nowMs) {
    List<NetworkPosition> out = new ArrayList<>();
    for (CarView v : views) {
      if (v != null && v.state() == UnitState.FREE) {
        out.add(v.position(nowMs));
      }
    }
    return out;
  }
}
