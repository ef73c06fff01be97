// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.List;
import org.patrolsim.geo.LatLon;

/**
 * A road segment between two junctions (a GraphHopper edge) that can be driven in at least one
 * direction and belongs to the main network.
 *
 * @param id the segment's index, below {@link RoadNetwork#edgeCount()}, for per-segment values
 * @param metres its length
 * @param points its geometry, at least two points, from one end to the other
 */
public record RoadSegment(int id, double metres, List<LatLon> points) {}
