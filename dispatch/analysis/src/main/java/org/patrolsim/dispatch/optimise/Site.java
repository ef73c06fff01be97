// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * A candidate site for a post: a place on the road network where a car can wait.
 *
 * @param kind why it is a candidate
 * @param name e.g. {@code station-2} or {@code beat-car-7}, for the outputs
 * @param position where it is on the network
 */
public record Site(Kind kind, String name, NetworkPosition position) {

  /** Why a place is a candidate. */
  public enum Kind {
    /** A post of the starting plan. */
    START_POST,
    /** The centre of a car's beat in the starting plan. */
    BEAT_CENTRE,
    /** A police station. */
    STATION,
    /** One of the places calls fall at most often. */
    BUSY_PLACE
  }

  public LatLon point() {
    return position.point();
  }
}
