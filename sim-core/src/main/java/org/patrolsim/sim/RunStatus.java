// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * A snapshot of a run, taken when the engine is idle (waiting for the wall clock, paused or finished).
 *
 * @param time the simulated time of the last step, in ms
 * @param events events delivered so far
 */
public record RunStatus(long time, long events, boolean paused, boolean finished, double speed) {
}
