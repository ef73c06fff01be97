// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * Writes summary.json, incidents.csv and decisions.jsonl, and any further outputs given (the GeoJSON
 * layers, report.html), into an output folder. All are written into a temporary folder inside it first
 * and moved into place only when complete, so a failed run leaves no half-written file. Numbers are
 * formatted with {@link Locale#ROOT}, so the bytes depend only on the events.
 */
public final class ReportFiles {
  public static final String SUMMARY = "summary.json";
  public static final String INCIDENTS = "incidents.csv";
  public static final String DECISIONS = "decisions.jsonl";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();
  private static final ObjectMapper LINE = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private ReportFiles() {}

  /** One more output file: writes its whole content (UTF-8). */
  @FunctionalInterface
  public interface Output {
    void writeTo(Writer w) throws IOException;
  }

  public static void write(RunReport report, Path outDir) {
    write(report, outDir, Map.of());
  }

  /** Writes the three files and {@code more} (file name to its writer, in the map's order). */
  public static void write(RunReport report, Path outDir, Map<String, Output> more) {
    Path tmp = null;
    try {
      Files.createDirectories(outDir);
      tmp = Files.createTempDirectory(outDir, ".partial-");
      try (Writer w = Files.newBufferedWriter(tmp.resolve(SUMMARY), StandardCharsets.UTF_8)) {
        JSON.writeValue(w, nullForNaN(report.summary()));
        w.write('\n');
      }
      try (Writer w = Files.newBufferedWriter(tmp.resolve(INCIDENTS), StandardCharsets.UTF_8)) {
        writeIncidents(report.timelines(), w);
      }
      try (Writer w = Files.newBufferedWriter(tmp.resolve(DECISIONS), StandardCharsets.UTF_8)) {
        for (DispatchEvent.Decided d : report.decisions()) {
          LINE.writeValue(w, decisionLine(d));
          w.write('\n');
        }
      }
      for (Map.Entry<String, Output> file : more.entrySet()) {
        try (Writer w = Files.newBufferedWriter(tmp.resolve(file.getKey()), StandardCharsets.UTF_8)) {
          file.getValue().writeTo(w);
        }
      }
      List<String> names = new ArrayList<>(List.of(SUMMARY, INCIDENTS, DECISIONS));
      names.addAll(more.keySet());
      for (String name : names) {
        Files.move(tmp.resolve(name), outDir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + outDir, e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** The incidents.csv header: one column per timeline field, documented in docs/SCENARIO.md. */
  static final String INCIDENT_COLUMNS = "id,callS,lat,lon,type,priority,station,firstDispatchS,firstUnit,fromLat,"
      + "fromLon,lastDispatchS,lastUnit,backupUnit,firstArrivalS,coveredS,clearS,disposal,clearedBy,handedOverTo,"
      + "preemptions,openState";

  static void writeIncidents(List<IncidentTimeline> timelines, Writer w) throws IOException {
    w.write(INCIDENT_COLUMNS);
    w.write('\n');
    for (IncidentTimeline t : timelines) {
      w.write(String.join(",", Long.toString(t.id()), secs(t.callMs()), coord(t.lat()), coord(t.lon()),
          t.type(), t.priority().key(), name(t.station()), secs(t.firstDispatchMs()), name(t.firstUnit()),
          coord(t.fromLat()), coord(t.fromLon()), secs(t.lastDispatchMs()), name(t.lastUnit()),
          name(t.backupUnit()), secs(t.firstArrivalMs()), secs(t.coveredMs()), secs(t.clearMs()),
          t.disposal() == null ? "OPEN" : t.disposal().name(), name(t.clearedBy()), name(t.handedOverTo()),
          Integer.toString(t.preemptions()), t.openState() == null ? "" : t.openState().key()));
      w.write('\n');
    }
  }

  /** A name as a CSV field: empty when none, quoted when it holds a comma or a quote. */
  private static String name(Object id) {
    if (id == null) {
      return "";
    }
    String s = id.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static Map<String, Object> decisionLine(DispatchEvent.Decided d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timeS", d.timeMs() / 1000.0);
    m.put("incident", d.incident());
    m.put("action", d.action().key());
    m.put("unit", d.unit() == null ? "" : d.unit().name());
    m.put("role", d.role().key());
    m.put("from", Double.isNaN(d.fromLat()) ? null : List.of(round6(d.fromLat()), round6(d.fromLon())));
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

  @SuppressWarnings("unchecked")
  public static Object nullForNaN(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> out.put(k, nullForNaN(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ReportFiles::nullForNaN).toList();
    }
    if (value instanceof Double d) {
      return finiteOrNull(d);
    }
    return value;
  }

  private static Double finiteOrNull(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static String secs(long ms) {
    return ms < 0 ? "" : String.format(Locale.ROOT, "%.3f", ms / 1000.0);
  }

  private static String coord(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover hidden .partial folder is harmless
    }
  }
}
