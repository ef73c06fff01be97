// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import org.patrolsim.sim.ReplicationSeeds;

/**
 * One replication to run, self-contained so that any worker can run it: the variant's complete
 * scenario and the replication's seed.
 *
 * @param variant the variant's index in the plan
 * @param replication the replication's index (0-based)
 * @param seed the replication seed ({@link ReplicationSeeds#of})
 * @param source the scenario's name, for messages
 * @param scenarioJson the variant's complete scenario ({@code ScenarioLoader.toJson})
 */
public record ReplicationTask(
    int variant, int replication, long seed, String source, String scenarioJson) {

  /** Replication {@code replication} of {@code v}. */
  public static ReplicationTask of(Variant v, int replication) {
    return new ReplicationTask(
        v.index(),
        replication,
        ReplicationSeeds.of(v.seed(), replication),
        v.source(),
        v.scenarioJson());
  }

  public TaskKey key() {
    return new TaskKey(variant, replication);
  }
}
