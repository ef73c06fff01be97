// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.Optional;
import java.util.OptionalDouble;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelConditions;

/**
 * Routes on the road network, as the simulation drives a car: the first unit's position at dispatch
 * and the call's place are snapped to the nearest car road (as the model snaps cars and calls), and
 * the fastest route between them is timed at free flow ({@link TravelConditions#FREE_FLOW}: the
 * network's own car speed, speed factor 1, no congestion), the route a patrol car takes in the
 * simulation before its speed factor and the congestion at departure multiply it. A position or
 * place that snaps to no road, or no way between them, is infinite (the fit counts it as
 * unroutable).
 */
public final class NetworkRoutes implements Routes {
  private final RoadNetwork network;

  /** Routes on {@code network}, which must stay open while they are used. */
  public NetworkRoutes(RoadNetwork network) {
    this.network = network;
  }

  @Override
  public OptionalDouble seconds(RecordedCall call) {
    LatLon from = call.firstUnit().map(UnitVisit::from).orElse(null);
    if (from == null) {
      return OptionalDouble.empty();
    }
    Optional<NetworkPosition> start = network.snap(from);
    Optional<NetworkPosition> scene =
        call.point() == null ? Optional.empty() : network.snap(call.point());
    if (start.isEmpty() || scene.isEmpty()) {
      return OptionalDouble.of(Double.POSITIVE_INFINITY);
    }
    return OptionalDouble.of(
        network
            .travelTimes()
            .route(start.get(), scene.get(), TravelConditions.FREE_FLOW)
            .seconds());
  }
}
