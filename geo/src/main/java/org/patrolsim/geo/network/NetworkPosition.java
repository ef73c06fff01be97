// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import org.patrolsim.geo.LatLon;

/**
 * A point on the road network: on a directed edge, at a fraction of its length.
 *
 * <p>{@code edgeKey} is GraphHopper's directed edge key (edge id * 2, plus 1 when against the
 * stored direction); {@code fraction} runs from 0 at the start to 1 at the end of that directed
 * edge, by distance along its geometry. A {@linkplain #moving() moving} position (a car driving)
 * may only go on in that direction, so its travel time counts the rest of the edge first. A
 * stationary position (a parked car, an incident) may leave in either direction where the street
 * allows it.
 *
 * <p>Positions come from {@link RoadNetwork#snap}, {@link Route#positionAt} and {@link
 * RoadNetwork#roadPointsIn}; they are only meaningful for the network that made them.
 */
public record NetworkPosition(int edgeKey, double fraction, LatLon point, boolean moving) {

  public NetworkPosition {
    if (edgeKey < 0) {
      throw new IllegalArgumentException("edge key must be >= 0, was " + edgeKey);
    }
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in [0, 1], was " + fraction);
    }
  }

  /** The undirected edge id. */
  public int edge() {
    return edgeKey >>> 1;
  }

  /** The same point, free to leave in either direction (the car stopped). */
  public NetworkPosition stationary() {
    return moving ? new NetworkPosition(edgeKey, fraction, point, false) : this;
  }

  /** The same point, bound to go on in its current direction of travel. */
  public NetworkPosition movingOn() {
    return moving ? this : new NetworkPosition(edgeKey, fraction, point, true);
  }
}
