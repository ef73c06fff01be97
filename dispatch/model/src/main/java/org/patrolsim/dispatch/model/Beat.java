// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * The area one patrol car covers when free, as a few road points it drives between (a walk over the
 * street network). Points near hotspots carry more weight, so the walk leans towards them; a car on
 * a fixed post holds the first point.
 *
 * @param area the beat's polygon (lon/lat), for maps: the scenario's beat polygon, or the cell of
 *     road points nearest the beat's centre; null for a fixed post
 */
public record Beat(List<NetworkPosition> waypoints, double[] weights, Geometry area) {

  /** The mean of its points: where the beat is, for neighbours and the home station. */
  public LatLon centre() {
    double lat = 0;
    double lon = 0;
    for (NetworkPosition p : waypoints) {
      lat += p.point().lat();
      lon += p.point().lon();
    }
    return new LatLon(lat / waypoints.size(), lon / waypoints.size());
  }
}
