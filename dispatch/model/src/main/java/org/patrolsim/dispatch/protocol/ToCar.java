// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.network.NetworkPosition;

/** A patrol car's protocol: orders from the command centre, and its own timers. */
public sealed interface ToCar extends Msg {

  /**
   * Go to this incident (dropping anything else: pre-emption, or a break it was on): move off after
   * {@code turnoutMs} (the car's turnout; 0: at once), then drive there.
   */
  record Assign(long incident, NetworkPosition scene, Priority priority, long turnoutMs)
      implements ToCar {
    /** Go at once (no turnout). */
    public Assign(long incident, NetworkPosition scene, Priority priority) {
      this(incident, scene, priority, 0);
    }
  }

  /** Every needed unit is on scene: work for this long, then report done. */
  record WorkOnScene(long incident, long durationMs) implements ToCar {}

  /**
   * The car's own timers; {@code tag} guards against timers of an abandoned plan (or, for meals, of
   * an earlier crew).
   */
  record CarTimer(Kind kind, long tag) implements ToCar {}

  /**
   * What a patrol car's timer is for; {@code BACK_AT_POST}: the end of an exponential busy time
   * ({@code fleet.busyTime: exponential}), the car back at its post; {@code TURNED_OUT}: the end of
   * its turnout, it moves off to the incident; {@code SELF_START}: the crew starts work of its own
   * if still free ({@code fleet.selfInitiated}; tagged with the car's free spell).
   */
  enum Kind {
    LEG_DONE,
    ARRIVED,
    SCENE_DONE,
    SHIFT_CHANGE,
    MEAL_DUE,
    AT_STATION,
    BREAK_OVER,
    BACK_AT_POST,
    DUTY_END,
    TURNED_OUT,
    SELF_START
  }
}
