// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;

/**
 * How many units the records show busy at an instant: those dispatched at or before it and not yet
 * cleared ({@code [dispatched, cleared)} of every unit visit with both times, self-initiated work
 * included: it ties a unit up too).
 */
final class BusyUnits {
  private final long[] starts;
  private final long[] ends;

  private BusyUnits(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  static BusyUnits of(List<RecordedCall> calls) {
    List<long[]> spans = new ArrayList<>();
    for (RecordedCall c : calls) {
      for (UnitVisit u : c.units()) {
        if (u.dispatched() != null && u.cleared() != null && u.cleared().isAfter(u.dispatched())) {
          spans.add(new long[] {seconds(u.dispatched()), seconds(u.cleared())});
        }
      }
    }
    long[] s = spans.stream().mapToLong(x -> x[0]).sorted().toArray();
    long[] e = spans.stream().mapToLong(x -> x[1]).sorted().toArray();
    return new BusyUnits(s, e);
  }

  /** Whether any unit visit has both a dispatch and a clear time. */
  boolean known() {
    return starts.length > 0;
  }

  /** The units busy at {@code t}. */
  int at(LocalDateTime t) {
    long x = seconds(t);
    return upTo(starts, x) - upTo(ends, x);
  }

  /** How many of the sorted values are at most {@code x}. */
  private static int upTo(long[] sorted, long x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }
}
