// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import org.patrolsim.geo.network.NetworkPosition;

/** A police station placed on the road network, with its number of duty teams. */
public record StationSite(String id, NetworkPosition position, int teams) {}
