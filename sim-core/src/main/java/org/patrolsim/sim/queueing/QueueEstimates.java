// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

/**
 * What one replication of a {@link MultiServerQueue} measured after its warm-up, or (from {@link
 * MultiServerQueue#theory()}) what queueing theory says.
 *
 * @param arrivals customers that arrived in the measured window (0 for theory)
 * @param probabilityOfWaiting share of arrivals that found every server busy and queued (delay
 *     system)
 * @param meanWaitMillis mean time in queue of the arrivals whose service started (delay system)
 * @param utilisation time-average share of busy servers
 * @param probabilityOfLoss share of arrivals lost because every server was busy (loss system)
 */
public record QueueEstimates(
    long arrivals,
    double probabilityOfWaiting,
    double meanWaitMillis,
    double utilisation,
    double probabilityOfLoss) {}
