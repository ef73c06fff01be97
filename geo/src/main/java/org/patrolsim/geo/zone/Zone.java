// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.zone;

import org.locationtech.jts.geom.Geometry;

/**
 * A named area (a patrol beat, a station's jurisdiction): its id and its polygon or multipolygon in
 * lon/lat (JTS x = longitude, y = latitude).
 */
public record Zone(String id, Geometry area) {}
