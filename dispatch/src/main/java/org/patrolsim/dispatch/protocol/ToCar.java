// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.network.NetworkPosition;

/** A patrol car's protocol: orders from the command centre, and its own timers. */
public sealed interface ToCar extends Msg {

  /** Drive to this incident now (dropping anything else: pre-emption, or a break it was on). */
  record Assign(long incident, NetworkPosition scene, Priority priority) implements ToCar {}

  /** Every needed unit is on scene: work for this long, then report done. */
  record WorkOnScene(long incident, long durationMs) implements ToCar {}

  /**
   * The car's own timers; {@code tag} guards against timers of an abandoned plan (or, for meals, of
   * an earlier crew).
   */
  record CarTimer(Kind kind, long tag) implements ToCar {}

  /**
   * What a patrol car's timer is for; {@code BACK_AT_POST}: the end of an exponential busy time
   * ({@code fleet.busyTime: exponential}), the car back at its post.
   */
  enum Kind { LEG_DONE, ARRIVED, SCENE_DONE, SHIFT_CHANGE, MEAL_DUE, AT_STATION, BREAK_OVER, BACK_AT_POST, DUTY_END }
}
