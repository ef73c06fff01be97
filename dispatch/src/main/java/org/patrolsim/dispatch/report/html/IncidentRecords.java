// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunReport;

/**
 * The incidents for the map and the incident explorer, with their timelines and every dispatch decision
 * (reason and candidates weighed), in compact rows: names go into tables and rows hold their indices.
 * A run of more than {@link #maxShown} incidents shows every k-th (by id), the smallest k that fits;
 * the report says so, and KPIs and charts still count every incident.
 */
final class IncidentRecords {
  /** Incidents the page shows in full by default: a 30-day run of the default scenario fits. */
  static final int MAX_SHOWN = 30_000;
  /** The columns of a row, in order (times in ms since the start, -1 when it did not happen). */
  static final List<String> COLUMNS = List.of("id", "callMs", "lat", "lon", "type", "priority", "station",
      "disposal", "firstDispatchMs", "firstUnit", "fromLat", "fromLon", "lastDispatchMs", "lastUnit", "backupUnit",
      "firstArrivalMs", "coveredMs", "clearMs", "clearedBy", "handedOverTo", "preemptions", "openState", "decisions");
  /** The columns of a decision: candidates are flat triples (unit, road seconds or null, state). */
  static final List<String> DECISION_COLUMNS = List.of("timeMs", "action", "unit", "role", "roadSeconds",
      "preempted", "reason", "candidates");
  static final List<String> DISPOSALS = List.of("STREET", "STATION_CALLOUT", "HANDED_OVER", "OPEN");

  private IncidentRecords() {}

  static Map<String, Object> of(RunReport report, int maxShown) {
    List<IncidentTimeline> all = report.timelines();
    int every = Math.max(1, (all.size() + maxShown - 1) / maxShown);
    Names types = new Names();
    Names stations = new Names();
    Names units = new Names();
    Names words = new Names();
    report.run().stations().forEach(s -> stations.of(s.value()));
    Map<Long, List<Object>> decisions = decisions(report, units, words);
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i += every) {
      IncidentTimeline t = all.get(i);
      List<Object> r = new ArrayList<>(COLUMNS.size());
      r.add(t.id());
      r.add(t.callMs());
      r.add(round6(t.lat()));
      r.add(round6(t.lon()));
      r.add(types.of(t.type()));
      r.add(t.priority().ordinal());
      r.add(stations.of(t.station()));
      r.add(t.disposal() == null ? 3 : t.disposal().ordinal());
      r.add(t.firstDispatchMs());
      r.add(units.of(t.firstUnit()));
      r.add(Double.isNaN(t.fromLat()) ? null : round6(t.fromLat()));
      r.add(Double.isNaN(t.fromLon()) ? null : round6(t.fromLon()));
      r.add(t.lastDispatchMs());
      r.add(units.of(t.lastUnit()));
      r.add(units.of(t.backupUnit()));
      r.add(t.firstArrivalMs());
      r.add(t.coveredMs());
      r.add(t.clearMs());
      r.add(units.of(t.clearedBy()));
      r.add(stations.of(t.handedOverTo()));
      r.add(t.preemptions());
      r.add(t.openState() == null ? null : t.openState().key());
      r.add(decisions.getOrDefault(t.id(), List.of()));
      rows.add(r);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", all.size());
    m.put("shownEvery", every);
    m.put("columns", COLUMNS);
    m.put("decisionColumns", DECISION_COLUMNS);
    m.put("types", types.list());
    m.put("priorities", java.util.Arrays.stream(Priority.values()).map(Priority::key).toList());
    m.put("disposals", DISPOSALS);
    m.put("stations", stations.list());
    m.put("units", units.list());
    m.put("words", words.list());
    m.put("rows", rows);
    return m;
  }

  private static Map<Long, List<Object>> decisions(RunReport report, Names units, Names words) {
    Map<Long, List<Object>> out = new HashMap<>();
    for (DispatchEvent.Decided d : report.decisions()) {
      List<Object> candidates = new ArrayList<>();
      for (DispatchEvent.Weighed c : d.candidates()) {
        candidates.add(units.of(c.unit()));
        candidates.add(finite(c.roadSeconds()));
        candidates.add(words.of(c.state()));
      }
      List<Object> row = new ArrayList<>(DECISION_COLUMNS.size());
      row.add(d.timeMs());
      row.add(d.action().key());
      row.add(units.of(d.unit()));
      row.add(d.role().key());
      row.add(finite(d.roadSeconds()));
      row.add(d.preempted());
      row.add(d.reason());
      row.add(candidates);
      out.computeIfAbsent(d.incident(), k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  private static Double finite(double seconds) {
    return Double.isFinite(seconds) ? Math.round(seconds * 10) / 10.0 : null;
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** A table of names (first seen, first numbered); null names give -1. */
  private static final class Names {
    private final Map<String, Integer> index = new LinkedHashMap<>();

    int of(Object name) {
      return name == null ? -1 : index.computeIfAbsent(name.toString(), k -> index.size());
    }

    List<String> list() {
      return List.copyOf(index.keySet());
    }
  }
}
