// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import java.util.stream.IntStream;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.network.NetworkPosition;

/** A police station placed on the road network, with its number of duty teams. */
public record StationSite(StationId id, NetworkPosition position, int teams) {

  /** Its duty teams, team 1 first. */
  public List<TeamId> teamIds() {
    return IntStream.rangeClosed(1, teams).mapToObj(n -> new TeamId(id, n)).toList();
  }
}
