// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * The seeds of the replications of one run when a single replication must stay the run itself:
 * replication 0 runs on the run's own seed, replication r >= 1 on {@link Seeds#forReplication(long,
 * int) forReplication(seed, r)}. So R replications always begin with the run that one replication
 * of the same seed gives, byte for byte, and the first R of a longer plan are the plan of R (a
 * sequential procedure can add replications without changing those it has). {@link Replications}
 * keeps its own plan, where every replication, the first included, is derived.
 */
public final class ReplicationSeeds {

  private ReplicationSeeds() {}

  /** The seed of replication {@code index} (0-based) of a run of seed {@code runSeed}. */
  public static long of(long runSeed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("replication index must be >= 0, got " + index);
    }
    return index == 0 ? runSeed : Seeds.forReplication(runSeed, index);
  }
}
