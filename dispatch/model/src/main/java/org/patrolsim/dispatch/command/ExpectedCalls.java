// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.TravelTimes.Demand;

/**
 * Where and when calls are expected, for demand-weighted coverage: the places of the incident place
 * pool with their probabilities and the arrival process's mean calls per hour of day; for a replay,
 * the replayed calls' places (each weighted by its calls) and their count per hour of day.
 *
 * @param perHour the expected calls in each hour of the day (any scale: only the hours' shares
 *     matter)
 */
record ExpectedCalls(Demand places, double[] perHour) {

  static ExpectedCalls of(CityModel model) {
    if (model.replay() != null) {
      return replayed(model);
    }
    Map<NetworkPosition, Double> p = model.places().probabilities();
    double[] weights = p.values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] perHour = new double[24];
    for (int h = 0; h < 24; h++) {
      perHour[h] = model.arrivals().perHour(h);
    }
    return new ExpectedCalls(new Demand(List.copyOf(p.keySet()), weights), perHour);
  }

  private static ExpectedCalls replayed(CityModel model) {
    Map<NetworkPosition, Double> calls = new LinkedHashMap<>();
    double[] perHour = new double[24];
    for (IncidentCall c : model.replay()) {
      Optional<NetworkPosition> place = model.network().snap(new LatLon(c.lat(), c.lon()));
      place.ifPresent(
          p -> calls.merge(p, 1.0, Double::sum)); // one place per address, weighted by its calls
      perHour[(int) ((c.timeMs() / 3_600_000L) % 24)]++;
    }
    double[] weights = calls.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new ExpectedCalls(new Demand(List.copyOf(calls.keySet()), weights), perHour);
  }

  /** The expected calls in the hour of day of {@code nowMs}. */
  double perHourAt(long nowMs) {
    return perHour[(int) Math.floorMod(nowMs / 3_600_000L, 24L)];
  }
}
