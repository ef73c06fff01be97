// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.Arrays;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * The KPIs of one finished replication, in {@link KpiCatalogue} order (NaN where a run has no
 * value).
 *
 * @param variant the variant's index
 * @param replication the replication's index
 * @param kpis the values
 */
public record ReplicationResult(int variant, int replication, double[] kpis) {

  public TaskKey key() {
    return new TaskKey(variant, replication);
  }

  /** Whether {@code other} holds exactly the same values (bit for bit, NaN equal to NaN). */
  public boolean sameValues(ReplicationResult other) {
    return Arrays.equals(kpis, other.kpis);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplicationResult r
        && r.variant == variant
        && r.replication == replication
        && Arrays.equals(r.kpis, kpis);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * variant + replication) + Arrays.hashCode(kpis);
  }

  @Override
  public String toString() {
    return "ReplicationResult[" + key() + ", " + kpis.length + " KPIs]";
  }
}
