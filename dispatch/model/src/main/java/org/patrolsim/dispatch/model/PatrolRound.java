// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * What one car does when free: its strategy and, for a round (hot spots, a street sweep), the stops
 * it drives between in turn, again and again, with a stop of {@code stopMs} at each.
 *
 * @param stops the round's stops in driving order; empty for roaming and a post (they use the
 *     beat's points)
 * @param stopMs how long the car stops at each stop of the round (0 for a sweep)
 */
public record PatrolRound(PatrolStrategy strategy, List<NetworkPosition> stops, long stopMs) {
  public PatrolRound {
    stops = List.copyOf(stops);
  }

  /** Roaming or a post: no round of stops. */
  public static PatrolRound of(PatrolStrategy strategy) {
    return new PatrolRound(strategy, List.of(), 0);
  }

  /** The car drives a round of at least two stops. */
  public boolean isRound() {
    return stops.size() >= 2;
  }
}
