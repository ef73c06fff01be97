// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * The log of dispatch decisions a drill's page shows, numbered in order; only the latest {@link
 * #KEPT} are kept (decisions.jsonl has them all when the drill ends).
 */
final class DecisionFeed {
  static final int KEPT = 500;

  private final Deque<Map<String, Object>> latest = new ArrayDeque<>();
  private long count;

  void decided(DispatchEvent.Decided d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", ++count);
    m.put("timeMs", d.timeMs());
    m.put("incident", d.incident());
    m.put("action", d.action().key());
    m.put("unit", d.unit() == null ? null : d.unit().name());
    m.put("role", d.role() == null ? null : d.role().name().toLowerCase(java.util.Locale.ROOT));
    m.put("roadSeconds", Double.isFinite(d.roadSeconds()) ? Math.round(d.roadSeconds()) : null);
    m.put("preempted", d.preempted());
    m.put("reason", d.reason());
    latest.addLast(m);
    if (latest.size() > KEPT) {
      latest.removeFirst();
    }
  }

  long count() {
    return count;
  }

  /** The decisions numbered after {@code seq} that are still kept, at most the last {@code max}. */
  List<Map<String, Object>> after(long seq, int max) {
    long from = Math.max(seq, count - max);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> m : latest) {
      if ((Long) m.get("seq") > from) {
        out.add(m);
      }
    }
    return out;
  }
}
