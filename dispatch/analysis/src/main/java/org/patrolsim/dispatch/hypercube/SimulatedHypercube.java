// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/**
 * The hypercube measures estimated by simulating the system on the actor engine, each over
 * independent replications with a 95 % confidence interval. Indexes as in {@link
 * HypercubeSolution}.
 *
 * @param replications number of independent replications
 * @param seed the base seed (replication r uses sim-core's Seeds.forReplication(seed, r))
 * @param horizon simulated length of each replication, in the rates' time unit, warm-up included
 * @param warmup time dropped at the start of each replication (the system starts empty)
 * @param workloads per unit: fraction of time busy
 * @param probAllBusy fraction of time all units are busy
 * @param interDistrictFraction fraction of dispatches not to the atom's home unit
 * @param dispatchFractions [n][j]: fraction of dispatches sending unit n to atom j
 * @param meanQueueWait mean wait of calls in queue (0 with zero line capacity)
 */
public record SimulatedHypercube(
    int replications,
    long seed,
    double horizon,
    double warmup,
    Estimate[] workloads,
    Estimate probAllBusy,
    Estimate interDistrictFraction,
    Estimate[][] dispatchFractions,
    Estimate meanQueueWait) {}
