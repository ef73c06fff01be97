// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * Writes a sweep's files into an output folder: sweep.json, sweep.csv, replications.csv and
 * sweep.html (docs/SWEEP.md). All are written into a temporary folder inside it and moved into
 * place only when all are complete. Numbers are rounded to 6 decimals and written with {@code
 * Locale.ROOT}, and nothing depends on where or when the replications ran, so a sweep's files are
 * the same bytes locally and on a cluster.
 */
public final class SweepFiles {
  public static final String JSON = "sweep.json";
  public static final String CSV = "sweep.csv";
  public static final String REPLICATIONS = "replications.csv";
  public static final String CHART = "sweep.html";

  private static final String PARTIAL = ".partial-";

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private SweepFiles() {}

  /** Writes every file of {@code result} into {@code outDir}. */
  public static void write(SweepResult result, Path outDir) {
    Map<String, Writing> files = new LinkedHashMap<>();
    files.put(
        JSON,
        w -> {
          MAPPER.writeValue(w, json(result));
          w.write('\n');
        });
    files.put(CSV, w -> csv(result, w));
    files.put(REPLICATIONS, w -> replications(result, w));
    files.put(CHART, w -> w.write(SweepChart.html(result)));
    writeAll(files, outDir);
  }

  /** Writes one file's content. */
  public interface Writing {
    void to(Writer w) throws IOException;
  }

  /**
   * Writes {@code files} into a temporary folder in {@code outDir} and, once every one is complete,
   * moves them into place one after the other, each with an atomic rename: a reader sees each file
   * whole, old or new, and a run killed before the moves leaves the old set. Temporary folders a
   * killed run left behind are removed first.
   */
  public static void writeAll(Map<String, Writing> files, Path outDir) {
    Path tmp = null;
    try {
      Files.createDirectories(outDir);
      deleteLeftovers(outDir);
      tmp = Files.createTempDirectory(outDir, PARTIAL);
      for (Map.Entry<String, Writing> f : files.entrySet()) {
        try (Writer w = Files.newBufferedWriter(tmp.resolve(f.getKey()), StandardCharsets.UTF_8)) {
          f.getValue().to(w);
        }
      }
      for (String name : files.keySet()) {
        Files.move(
            tmp.resolve(name),
            outDir.resolve(name),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + outDir, e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  static Map<String, Object> json(SweepResult result) {
    SweepSetup setup = result.setup();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("plan", setup.plan().file().getFileName().toString());
    root.put("title", setup.plan().title());
    root.put("scenario", setup.variants().get(0).source());
    root.put("replications", setup.replications());
    root.put("confidenceLevel", 0.95);
    root.put("axes", setup.plan().axes().stream().map(Axis::path).toList());
    root.put("baseline", result.baseline().variant().name());
    root.put("kpis", setup.kpis().stream().map(Kpi::key).toList());
    List<Object> variants = new ArrayList<>();
    for (VariantEstimates v : result.variants()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", v.variant().name());
      Map<String, Object> settings = new LinkedHashMap<>();
      v.variant().settings().forEach(s -> settings.put(s.path(), s.value()));
      m.put("settings", settings);
      m.put("seed", v.variant().seed());
      m.put("replications", v.replications());
      Map<String, Object> kpis = new LinkedHashMap<>();
      for (Kpi k : KpiCatalogue.all()) {
        Map<String, Object> e = estimate(v.kpi(k));
        e.put("vsBaseline", estimate(v.vsBaseline(k)));
        kpis.put(k.key(), e);
      }
      m.put("kpis", kpis);
      variants.add(m);
    }
    root.put("variants", variants);
    if (result.goal() != null) {
      GoalAnswer g = result.goal();
      Map<String, Object> goal = new LinkedHashMap<>();
      goal.put("targets", g.targets().stream().map(Target::toString).toList());
      goal.put("answer", g.found() ? result.variants().get(g.answer()).variant().name() : null);
      goal.put("certain", g.certain());
      goal.put(
          "undecided",
          g.undecided().stream().map(i -> result.variants().get(i).variant().name()).toList());
      goal.put("binding", g.binding().stream().map(b -> b.target().toString()).toList());
      goal.put("looks", g.looks());
      goal.put("replicationsUsed", g.replicationsUsed());
      goal.put("summary", GoalWords.of(result));
      root.put("goal", goal);
    }
    return root;
  }

  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", number(e.mean()));
    m.put("ciLow", number(e.low()));
    m.put("ciHigh", number(e.high()));
    m.put("halfWidth", number(e.halfWidth()));
    m.put("n", e.n());
    return m;
  }

  /** Rounded to 6 decimals; null when not finite. */
  public static Double number(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
  }

  /** As {@link #number}, for CSV: plain digits, empty when not finite. */
  public static String cell(double v) {
    Double d = number(v);
    return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void csv(SweepResult result, Writer w) throws IOException {
    List<Axis> axes = result.setup().plan().axes();
    List<String> header = new ArrayList<>(List.of("variant"));
    axes.forEach(a -> header.add(a.path()));
    header.addAll(
        List.of(
            "kpi",
            "n",
            "mean",
            "ciLow",
            "ciHigh",
            "halfWidth",
            "vsBaselineN",
            "vsBaseline",
            "vsBaselineLow",
            "vsBaselineHigh"));
    line(w, header);
    for (VariantEstimates v : result.variants()) {
      for (Kpi k : KpiCatalogue.all()) {
        Estimate e = v.kpi(k);
        Estimate d = v.vsBaseline(k);
        List<String> row = new ArrayList<>(List.of(v.variant().name()));
        v.variant().settings().forEach(s -> row.add(s.valueText()));
        row.addAll(
            List.of(
                k.key(),
                Integer.toString(e.n()),
                cell(e.mean()),
                cell(e.low()),
                cell(e.high()),
                cell(e.halfWidth()),
                Integer.toString(d.n()),
                cell(d.mean()),
                cell(d.low()),
                cell(d.high())));
        line(w, row);
      }
    }
  }

  private static void replications(SweepResult result, Writer w) throws IOException {
    List<String> header = new ArrayList<>(List.of("variant", "replication", "seed"));
    KpiCatalogue.all().forEach(k -> header.add(k.key()));
    line(w, header);
    for (VariantEstimates v : result.variants()) {
      double[][] rows = result.book().of(v.variant().index(), v.replications());
      for (int r = 0; r < rows.length; r++) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    v.variant().name(),
                    Integer.toString(r),
                    Long.toString(ReplicationTask.of(v.variant(), r).seed())));
        for (double value : rows[r]) {
          row.add(cell(value));
        }
        line(w, row);
      }
    }
  }

  public static void line(Writer w, List<String> cells) throws IOException {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add(
          c.contains(",") || c.contains("\"") || c.contains("\n")
              ? '"' + c.replace("\"", "\"\"") + '"'
              : c);
    }
    w.write(String.join(",", quoted));
    w.write('\n');
  }

  private static void deleteLeftovers(Path outDir) throws IOException {
    try (Stream<Path> entries = Files.list(outDir)) {
      entries
          .filter(p -> p.getFileName().toString().startsWith(PARTIAL) && Files.isDirectory(p))
          .forEach(SweepFiles::deleteQuietly);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover hidden .partial folder is harmless
    }
  }
}
