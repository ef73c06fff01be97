// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * The results of a sweep keyed by (variant, replication). A replication finished twice (a worker
 * that died after finishing but before confirming, its task redelivered) is counted once; since a
 * replication is deterministic, the second result must equal the first, and a different one is a
 * bug that fails loudly. Thread-safe.
 */
public final class ResultBook {
  private final Map<TaskKey, ReplicationResult> results = new TreeMap<>();

  /** Files {@code result}; false if that replication was already filed (with the same values). */
  public synchronized boolean record(ReplicationResult result) {
    if (result.kpis().length != KpiCatalogue.size()) {
      throw new IllegalStateException(
          result.key() + " has " + result.kpis().length + " KPIs, expected " + KpiCatalogue.size());
    }
    ReplicationResult earlier = results.putIfAbsent(result.key(), result);
    if (earlier == null) {
      return true;
    }
    if (!earlier.sameValues(result)) {
      throw new IllegalStateException(
          result.key()
              + " gave different KPIs when run twice: replications must be"
              + " deterministic");
    }
    return false;
  }

  public synchronized boolean has(TaskKey key) {
    return results.containsKey(key);
  }

  /** How many distinct replications are filed. */
  public synchronized int size() {
    return results.size();
  }

  /** The values of replications {@code 0..n-1} of {@code variant} (all must be filed). */
  public synchronized double[][] of(int variant, int n) {
    double[][] out = new double[n][];
    for (int r = 0; r < n; r++) {
      ReplicationResult result = results.get(new TaskKey(variant, r));
      if (result == null) {
        throw new IllegalStateException("no result for " + new TaskKey(variant, r));
      }
      out[r] = result.kpis();
    }
    return out;
  }
}
