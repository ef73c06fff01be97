// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.SweepFiles;

/**
 * The files of {@code patrolsim compare A B}: compare.json (every KPI's A, B, B - A and paired
 * interval) and compare.html (the same numbers, the two maps side by side and the charts overlaid).
 * Numbers are rounded to 6 decimals, as summary.json's, so B - A of two summaries is exact; the
 * bytes depend only on the two folders and how they were named.
 */
public final class PlanCompareFiles {
  public static final String JSON = "compare.json";
  public static final String HTML = "compare.html";

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private PlanCompareFiles() {}

  /** Writes compare.json and compare.html into {@code files} and commits them. */
  public static void write(PlanComparison comparison, ReportFiles files) {
    Map<String, Object> json = json(comparison);
    files.write(
        JSON,
        w -> {
          MAPPER.writeValue(w, json);
          w.write('\n');
        });
    Map<String, Object> maps = new LinkedHashMap<>();
    maps.put("a", MapLayers.of("A", comparison.a().folder()));
    maps.put("b", MapLayers.of("B", comparison.b().folder()));
    files.write(HTML, w -> w.write(ComparePage.html(json, maps)));
    files.commit();
  }

  /** The content of compare.json. */
  public static Map<String, Object> json(PlanComparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", run(c.a()));
    m.put("b", run(c.b()));
    m.put("days", c.a().days());
    m.put("confidenceLevel", 0.95);
    Map<String, Object> paired = new LinkedHashMap<>();
    paired.put("available", c.pairing().available());
    paired.put("pairs", c.pairing().pairs());
    paired.put("why", c.pairing().why());
    m.put("paired", paired);
    List<Object> kpis = new ArrayList<>();
    for (KpiDelta d : c.deltas()) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("key", d.kpi().key());
      k.put("label", d.kpi().label());
      k.put("unit", d.kpi().unit().words());
      k.put("better", d.kpi().better().name().toLowerCase(java.util.Locale.ROOT));
      k.put("a", SweepFiles.number(d.a()));
      k.put("b", SweepFiles.number(d.b()));
      k.put("delta", SweepFiles.number(d.delta()));
      k.put("paired", d.paired() == null ? null : estimate(d.paired()));
      k.put("verdict", d.verdict().words());
      kpis.add(k);
    }
    m.put("kpis", kpis);
    m.put("headline", KpiCatalogue.MAIN.stream().map(Kpi::key).toList());
    Set<String> stations = new LinkedHashSet<>(c.a().stationCallOuts().keySet());
    stations.addAll(c.b().stationCallOuts().keySet());
    List<Object> rows = new ArrayList<>();
    for (String id : stations) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", id);
      s.put("a", SweepFiles.number(c.a().stationCallOuts().getOrDefault(id, Double.NaN)));
      s.put("b", SweepFiles.number(c.b().stationCallOuts().getOrDefault(id, Double.NaN)));
      rows.add(s);
    }
    m.put("stationCallOuts", rows);
    return m;
  }

  private static Map<String, Object> run(RunOutput r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("folder", r.folder().toString());
    m.put("seed", r.seed());
    m.put("days", r.days());
    m.put("replications", r.seeds().size());
    m.put("seeds", r.seeds());
    return m;
  }

  private static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", SweepFiles.number(e.mean()));
    m.put("ciLow", SweepFiles.number(e.low()));
    m.put("ciHigh", SweepFiles.number(e.high()));
    m.put("halfWidth", SweepFiles.number(e.halfWidth()));
    m.put("n", e.n());
    return m;
  }
}
