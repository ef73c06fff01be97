// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * A snapshot of a run, taken when the engine is idle (waiting for the wall clock, paused or
 * finished), or as a control took effect.
 *
 * @param time the simulated time of the last step, in ms
 * @param events events delivered so far
 * @param speed the pace (paced runs; 0 as fast as possible)
 * @param simulatedNow the simulated time the run stands at: in a paced run the time due at the
 *     wall-clock instant of the snapshot (at least {@code time}; while paused, the time it was
 *     paused at), else {@code time}
 */
public record RunStatus(
    long time, long events, boolean paused, boolean finished, double speed, long simulatedNow) {}
