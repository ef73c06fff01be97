// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * decisions.jsonl, written as the run goes: one JSON object per dispatch decision, in the order
 * they were taken. Keys are documented in docs/SCENARIO.md.
 */
public final class DecisionsLog implements RunObserver {
  private static final ObjectMapper LINE =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private final Writer w;

  /** Writes a line to {@code w} per decision; the writer's owner closes it. */
  public DecisionsLog(Writer w) {
    this.w = w;
  }

  @Override
  public void event(DispatchEvent e) {
    if (e instanceof DispatchEvent.Decided d) {
      try {
        LINE.writeValue(w, line(d));
        w.write('\n');
      } catch (IOException x) {
        throw new UncheckedIOException("cannot write " + ReportFiles.DECISIONS, x);
      }
    }
  }

  static Map<String, Object> line(DispatchEvent.Decided d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timeS", d.timeMs() / 1000.0);
    m.put("incident", d.incident());
    m.put("action", d.action().key());
    m.put("unit", d.unit() == null ? "" : d.unit().name());
    m.put("role", d.role().key());
    m.put(
        "from",
        Double.isNaN(d.fromLat()) ? null : List.of(round6(d.fromLat()), round6(d.fromLon())));
    m.put("roadSeconds", finiteOrNull(RunReport.round(d.roadSeconds())));
    m.put("preempted", d.preempted());
    m.put("reason", d.reason());
    List<Object> candidates = new ArrayList<>();
    for (DispatchEvent.Weighed c : d.candidates()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("unit", c.unit().name());
      cm.put("roadSeconds", finiteOrNull(RunReport.round(c.roadSeconds())));
      cm.put("state", c.state());
      candidates.add(cm);
    }
    m.put("candidates", candidates);
    return m;
  }

  private static Double finiteOrNull(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
