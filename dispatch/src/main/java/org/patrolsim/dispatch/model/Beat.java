// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;

/**
 * The area one patrol car covers when free, as a few road points it drives between (a walk over the
 * street network). Points near hotspots carry more weight, so the walk leans towards them; a car on a
 * fixed post holds the first point.
 */
public record Beat(List<org.patrolsim.geo.network.NetworkPosition> waypoints, double[] weights) {}
