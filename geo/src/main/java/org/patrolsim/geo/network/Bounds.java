// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import org.patrolsim.geo.LatLon;

/** The bounding box of a road network, in degrees. */
public record Bounds(double minLat, double minLon, double maxLat, double maxLon) {

  public boolean contains(LatLon p) {
    return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
  }

  public LatLon centre() {
    return new LatLon((minLat + maxLat) / 2, (minLon + maxLon) / 2);
  }
}
