// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

/**
 * Whether two runs' replications pair up (common random numbers: replication r of A and of B ran on
 * the same seed), so that the difference of a KPI has a paired interval, and if not, why.
 *
 * @param pairs the replications paired (the first {@code pairs} of each); 0 when not paired
 * @param why in words: over what the pairs go, or why there is no paired interval
 */
public record CommonSeeds(int pairs, String why) {

  /** Whether the differences have a paired interval. */
  public boolean available() {
    return pairs >= 2;
  }

  /** How {@code a} and {@code b} pair. */
  public static CommonSeeds of(RunOutput a, RunOutput b) {
    if (!a.replicated() || !b.replicated()) {
      String single =
          !a.replicated() && !b.replicated()
              ? "A and B are single runs"
              : (a.replicated() ? "B" : "A") + " is a single run";
      return new CommonSeeds(
          0,
          single
              + ": a paired interval needs both run with --replications N (N >= 2) from the same"
              + " seed");
    }
    int n = Math.min(a.seeds().size(), b.seeds().size());
    for (int r = 0; r < n; r++) {
      if (!a.seeds().get(r).equals(b.seeds().get(r))) {
        return new CommonSeeds(
            0,
            "replication "
                + r
                + " ran on seed "
                + a.seeds().get(r)
                + " in A but "
                + b.seeds().get(r)
                + " in B: not common random numbers (run both from the same seed)");
      }
    }
    String over = "paired over " + n + " replications on the same seeds (common random numbers)";
    if (a.seeds().size() != b.seeds().size()) {
      over +=
          ", the first "
              + n
              + " of each (A has "
              + a.seeds().size()
              + ", B has "
              + b.seeds().size()
              + ")";
    }
    return new CommonSeeds(n, over);
  }
}
