// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.geo.network.NetworkPosition;

/** A police station's protocol: call-outs and work orders for its duty teams, and their timers. */
public sealed interface ToStation extends Msg {

  /** Send this duty team to this incident, after its turnout. */
  record CallOut(TeamId team, long incident, NetworkPosition scene, long turnoutMs)
      implements ToStation {}

  /** Every needed unit is on scene: the team works for this long. */
  record TeamWork(TeamId team, long incident, long durationMs) implements ToStation {}

  /** A duty team's own timer. */
  record TeamTimer(TeamId team, Kind kind) implements ToStation {}

  /** What a duty team's timer is for. */
  enum Kind {
    TURNED_OUT,
    ARRIVED,
    SCENE_DONE,
    BACK_AT_STATION
  }
}
