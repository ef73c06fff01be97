// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.BeatsGeoJson;
import org.patrolsim.dispatch.report.geojson.HexGrid;
import org.patrolsim.dispatch.report.geojson.JurisdictionsGeoJson;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.geojson.StationsGeoJson;

/**
 * report.html: one self-contained page per run that opens offline from {@code file://}: KPI cards,
 * a Leaflet map (GeoJSON layers, no tiles) of roads and their coverage, jurisdictions, beats,
 * stations and incidents, ECharts charts, and an incident explorer with every timeline and dispatch
 * decision. The libraries' JavaScript and CSS are inlined from their WebJars and the run's data
 * goes in as JSON, so the page asks for nothing; its bytes depend only on the run (no clock, no
 * random ids).
 */
public final class HtmlReport {
  public static final String FILE = "report.html";

  /**
   * From this many incidents on, the map opens with the incidents in hexagons, the dots switched
   * off.
   */
  static final int HEXAGONS_BY_DEFAULT_FROM = 5_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
  private static final ObjectWriter HTML_SAFE = JSON.writer().with(new HtmlSafe());

  /**
   * A placeholder of the template: a name in double braces, inside a comment in script and style
   * elements.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("/\\*\\{\\{([a-z.]+)}}\\*/|\\{\\{([a-z.]+)}}");

  private HtmlReport() {}

  /** The page of a run, from its report and what {@code page} folded as it went. */
  public static ReportFiles.Output of(PlanMap plan, RunReport report, PageFold page) {
    return of(plan, report, page, Map.of());
  }

  /**
   * The page with 95 % intervals on the KPI cards (from replications), keyed by KPI of the {@link
   * org.patrolsim.dispatch.kpi.KpiCatalogue}: each card shows the interval of its KPI, when given.
   */
  public static ReportFiles.Output of(
      PlanMap plan, RunReport report, PageFold page, Map<Kpi, KpiInterval> intervals) {
    return of(plan, report, page, intervals, List.of());
  }

  /**
   * The page of a replicated run: KPI cards lead with the replications' means and intervals (keyed
   * as above), the station table with each station's, in {@code stations} (the summary's order).
   */
  public static ReportFiles.Output of(
      PlanMap plan,
      RunReport report,
      PageFold page,
      Map<Kpi, KpiInterval> intervals,
      List<StationInterval> stations) {
    return w -> write(plan, report, page, intervals, stations, IncidentRecords.MAX_SHOWN, w);
  }

  static void write(
      PlanMap plan,
      RunReport report,
      PageFold page,
      Map<Kpi, KpiInterval> intervals,
      int maxShown,
      Writer w)
      throws IOException {
    write(plan, report, page, intervals, List.of(), maxShown, w);
  }

  static void write(
      PlanMap plan,
      RunReport report,
      PageFold page,
      Map<Kpi, KpiInterval> intervals,
      List<StationInterval> stations,
      int maxShown,
      Writer w)
      throws IOException {
    WebAssets assets = WebAssets.get();
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("title", escape("patrolsim report: " + plan.scenario()));
    parts.put("leaflet.css", assets.leafletCss);
    parts.put("report.css", assets.css);
    parts.put("leaflet.js", assets.leafletJs);
    parts.put("echarts.js", assets.echartsJs);
    parts.put("report.js", assets.js);
    Map<String, Object> data = data(plan, report, page, intervals, maxShown, assets);
    data.put("stationIntervals", stationRows(stations, report.run().days()));
    parts.put("data", json(data));
    Matcher m = PLACEHOLDER.matcher(assets.page);
    int done = 0;
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String part = parts.get(name);
      if (part == null) {
        throw new IllegalStateException("report.html template: unknown placeholder " + name);
      }
      w.write(assets.page, done, m.start() - done);
      w.write(part);
      done = m.end();
    }
    w.write(assets.page, done, assets.page.length() - done);
  }

  static Map<String, Object> data(
      PlanMap plan,
      RunReport report,
      PageFold page,
      Map<Kpi, KpiInterval> intervals,
      int maxShown,
      WebAssets assets) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("scenario", plan.scenario());
    run.put("policy", plan.policy());
    run.put("seed", report.run().seed());
    run.put("days", report.run().days());
    run.put("vehicles", report.run().vehicles());
    run.put("stations", report.run().stations().size());
    run.put("urgentTargetSeconds", report.run().urgentTargetSeconds());
    run.put("coverageTargetSeconds", report.run().coverageTargetSeconds());
    run.put(
        "replications",
        intervals.values().stream().mapToInt(KpiInterval::replications).max().orElse(1));
    run.put(
        "libraries",
        List.of("Leaflet " + assets.leafletVersion, "Apache ECharts " + assets.echartsVersion));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(
        "bounds",
        List.of(
            List.of(plan.bounds().minLat(), plan.bounds().minLon()),
            List.of(plan.bounds().maxLat(), plan.bounds().maxLon())));
    map.put("roads", RoadLayer.of(plan, report.segmentCoverage(), report.presence().orElse(null)));
    map.put("jurisdictions", JurisdictionsGeoJson.of(plan));
    map.put("beats", BeatsGeoJson.of(plan));
    map.put("stations", StationsGeoJson.of(plan, report));
    HexGrid grid = HexGrid.of(plan.bounds());
    map.put("hexagons", page.hexagons.of(grid, report.run().urgentTargetSeconds()));
    map.put("hexagonsByDefaultFrom", HEXAGONS_BY_DEFAULT_FROM);
    Map<String, Object> charts = new LinkedHashMap<>();
    charts.put("hourly", page.charts.hourly());
    charts.put("response", ChartData.response(report));
    charts.put("fleet", page.charts.fleet());
    charts.put("callOuts", ChartData.callOuts(report));
    report.presence().ifPresent(p -> charts.put("presence", ChartData.presence(p)));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("schema", 1);
    d.put("run", run);
    d.put("summary", report.summary());
    d.put("kpis", KpiCards.of(report, intervals));
    d.put("map", map);
    d.put("charts", charts);
    d.put("incidents", page.incidents.of(maxShown, page.hexagons.featureIndex(grid)));
    return d;
  }

  /** The station table's figures over replications, formatted: mean [low, high]. */
  static List<Map<String, Object>> stationRows(List<StationInterval> stations, int days) {
    return stations.stream()
        .map(
            st -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", st.id());
              m.put("callOuts", meanAndInterval(st.callOuts()));
              m.put(
                  "callOutsPerDay",
                  String.format(java.util.Locale.ROOT, "%.1f", st.callOuts().mean() / days));
              m.put("zeroCallOutDays", meanAndInterval(st.zeroCallOutDays()) + " of " + days);
              return m;
            })
        .toList();
  }

  private static String meanAndInterval(KpiInterval i) {
    return String.format(java.util.Locale.ROOT, "%.1f [%.1f, %.1f]", i.mean(), i.low(), i.high());
  }

  /**
   * JSON safe inside a script element: {@code <}, {@code >}, {@code &} and line separators escaped.
   */
  static String json(Object data) {
    try {
      return HTML_SAFE.writeValueAsString(ReportFiles.nullForNaN(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Escapes the characters that could end a script element or confuse an HTML parser. */
  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] table = standardAsciiEscapesForJSON();

    HtmlSafe() {
      table['<'] = ESCAPE_STANDARD;
      table['>'] = ESCAPE_STANDARD;
      table['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
