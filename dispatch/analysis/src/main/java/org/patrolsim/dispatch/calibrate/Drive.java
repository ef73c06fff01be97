// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import org.patrolsim.dispatch.incident.Priority;

/**
 * A recorded drive with the time the map routes it in: the first unit's drive to a call (en route,
 * or dispatched, to on scene) beside the congestion-free car time from where it was at dispatch.
 *
 * @param priority the call's priority
 * @param hour the hour of day the drive started (0-23)
 * @param recordedSeconds the recorded drive
 * @param routedSeconds the routed drive at speed factor 1 without congestion (infinite:
 *     unreachable)
 */
public record Drive(Priority priority, int hour, double recordedSeconds, double routedSeconds) {
  /** Recorded over routed time. */
  double ratio() {
    return recordedSeconds / routedSeconds;
  }
}
