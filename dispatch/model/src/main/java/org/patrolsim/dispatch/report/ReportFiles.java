// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
import java.util.zip.GZIPOutputStream;

/**
 * The output folder of a run. Files are written into a staging folder inside it ({@code
 * .partial-*}), some as the run goes (incidents.csv and decisions.jsonl through {@link #tables()},
 * the incidents' GeoJSON), the rest at its end (summary.json, the other layers, report.html), and
 * {@link #commit()} moves them all into place only when all are complete; {@link #close()} deletes
 * the staging folder, so a failed run leaves no half-written file. The staging folder is made when
 * the first file is opened (after the run has been set up), so bad input leaves no folder behind
 * either. The large files (one line per incident or decision) are gzipped, named {@code NAME.gz},
 * when asked; a committed file replaces the other form of itself left by an earlier run ({@code
 * incidents.csv} and {@code incidents.csv.gz}). Numbers are formatted with {@link Locale#ROOT}, so
 * the bytes depend only on the events.
 */
public final class ReportFiles implements AutoCloseable {
  public static final String SUMMARY = "summary.json";
  public static final String INCIDENTS = "incidents.csv";
  public static final String DECISIONS = "decisions.jsonl";

  /** The suffix of a gzipped large file. */
  public static final String GZ = ".gz";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();
  private static final int BUFFER = 1 << 16;

  private final Path outDir;
  private final boolean gzip;
  private final Map<String, Writer> files = new LinkedHashMap<>();
  private Path stage;

  private ReportFiles(Path outDir, boolean gzip) {
    this.outDir = outDir;
    this.gzip = gzip;
  }

  /** The output folder {@code outDir}, with the large files gzipped when {@code gzip}. */
  public static ReportFiles in(Path outDir, boolean gzip) {
    return new ReportFiles(outDir, gzip);
  }

  /** One more output file: writes its whole content (UTF-8). */
  @FunctionalInterface
  public interface Output {
    void writeTo(Writer w) throws IOException;
  }

  public Path outDir() {
    return outDir;
  }

  /**
   * The name a file is written under: {@code name}, or {@code name.gz} for a large file when
   * gzipping.
   */
  public String fileName(String name, boolean large) {
    return large && gzip ? name + GZ : name;
  }

  /**
   * Opens a file of the output for writing (UTF-8, buffered); {@code large} files (a line per
   * incident or decision) are gzipped when asked. The writer is closed by {@link #commit()}.
   */
  public Writer open(String name, boolean large) {
    String file = fileName(name, large);
    if (files.containsKey(file)) {
      throw new IllegalStateException(file + " is already open");
    }
    try {
      OutputStream out = Files.newOutputStream(stage().resolve(file));
      if (large && gzip) {
        out = new GZIPOutputStream(out, BUFFER);
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
      files.put(file, w);
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + outDir, e);
    }
  }

  /** Writes a whole (small) file of the output. */
  public void write(String name, Output output) {
    try {
      output.writeTo(open(name, false));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " to " + outDir, e);
    }
  }

  /** incidents.csv and decisions.jsonl, opened now and written as the run goes. */
  public List<RunObserver> tables() {
    return List.of(
        new IncidentsCsv(open(INCIDENTS, true)), new DecisionsLog(open(DECISIONS, true)));
  }

  /** Writes summary.json, the report's summary. */
  public void writeSummary(RunReport report) {
    write(
        SUMMARY,
        w -> {
          JSON.writeValue(w, nullForNaN(report.summary()));
          w.write('\n');
        });
  }

  /**
   * A scratch file in the staging folder for a fold that spills to disk: not part of the output,
   * deleted with the staging folder.
   */
  public Path scratch(String name) {
    return stage().resolve(".scratch-" + name);
  }

  /**
   * The files opened so far, as named in the folder: summary.json first, then in the order opened.
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (files.containsKey(SUMMARY)) {
      names.add(SUMMARY);
    }
    files.keySet().stream().filter(n -> !n.equals(SUMMARY)).forEach(names::add);
    return names;
  }

  /** Closes every file and moves them all into the output folder. */
  public void commit() {
    try {
      for (Writer w : files.values()) {
        w.close();
      }
      for (String name : names()) {
        Files.move(
            stage.resolve(name),
            outDir.resolve(name),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        String other =
            name.endsWith(GZ) ? name.substring(0, name.length() - GZ.length()) : name + GZ;
        if (!files.containsKey(other)) {
          Files.deleteIfExists(outDir.resolve(other));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + outDir, e);
    }
  }

  /** Deletes the staging folder: what was not committed, and the scratch files. */
  @Override
  public void close() {
    for (Writer w : files.values()) {
      try {
        w.close();
      } catch (IOException e) {
        // a failed run's file: deleted with the folder below
      }
    }
    if (stage == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(stage)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover hidden .partial folder is harmless
    }
  }

  private Path stage() {
    if (stage == null) {
      try {
        Files.createDirectories(outDir);
        stage = Files.createTempDirectory(outDir, ".partial-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the report to " + outDir, e);
      }
    }
    return stage;
  }

  /**
   * A copy of a summary-like value with every NaN or infinite double as null (JSON has neither).
   */
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
      return Double.isFinite(d) ? d : null;
    }
    return value;
  }
}
