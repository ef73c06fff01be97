// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.SweepFiles;

/**
 * Writes a sensitivity analysis' files into an output folder: sensitivity.json, sensitivity.csv and
 * sensitivity.html (docs/SENSITIVITY.md). All are written into a temporary folder inside it and
 * moved into place only when all are complete, so a failure leaves none half-written. Numbers are
 * rounded to 6 decimals, and nothing depends on where or when the replications ran: the same
 * analysis gives the same bytes.
 */
public final class SensitivityFiles {
  public static final String JSON = "sensitivity.json";
  public static final String CSV = "sensitivity.csv";
  public static final String HTML = "sensitivity.html";

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private SensitivityFiles() {}

  /** Writes every file of {@code result} into {@code outDir}. */
  public static void write(SensitivityResult result, Path outDir) {
    Map<String, Object> json = json(result);
    Map<String, SweepFiles.Writing> files = new LinkedHashMap<>();
    files.put(
        JSON,
        w -> {
          MAPPER.writeValue(w, json);
          w.write('\n');
        });
    files.put(CSV, w -> csv(result, w));
    files.put(HTML, w -> w.write(TornadoPage.html(json)));
    SweepFiles.writeAll(files, outDir);
  }

  /** The content of sensitivity.json. */
  static Map<String, Object> json(SensitivityResult result) {
    SensitivitySetup setup = result.setup();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", setup.base().source());
    root.put("seed", setup.base().scenario().seed());
    root.put("days", setup.base().scenario().days());
    root.put(
        "method",
        "one-at-a-time ranges: each input at its low and high end, everything else at the plan's"
            + " values, every variant on the same replication seeds (common random numbers)");
    root.put("replications", setup.replications());
    root.put("confidenceLevel", 0.95);
    List<Object> inputs = new ArrayList<>();
    for (int i = 0; i < setup.inputs().size(); i++) {
      ModelInput in = setup.inputs().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", in.name());
      m.put("path", in.path());
      m.put("unit", in.unit());
      m.put("low", in.low());
      m.put("base", setup.baseValues().get(i));
      m.put("high", in.high());
      m.put("source", in.source());
      inputs.add(m);
    }
    root.put("inputs", inputs);
    List<Object> kpis = new ArrayList<>();
    for (KpiSensitivity k : result.kpis()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kpi", k.kpi().key());
      m.put("label", k.kpi().label());
      m.put("unit", k.kpi().unit().words());
      m.put("base", estimate(k.base()));
      List<Object> ranking = new ArrayList<>();
      for (InputEffect e : k.ranking()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rank", e.rank());
        r.put("input", e.input().name());
        r.put("span", number(e.span()));
        r.put("clear", e.clear());
        r.put("low", estimate(e.low()));
        r.put("high", estimate(e.high()));
        r.put("effect", estimate(e.effect()));
        r.put("lowVsBase", estimate(e.lowVsBase()));
        r.put("highVsBase", estimate(e.highVsBase()));
        ranking.add(r);
      }
      m.put("ranking", ranking);
      kpis.add(m);
    }
    root.put("kpis", kpis);
    return root;
  }

  private static void csv(SensitivityResult result, Writer w) throws IOException {
    line(
        w,
        List.of(
            "kpi",
            "rank",
            "input",
            "path",
            "lowValue",
            "baseValue",
            "highValue",
            "n",
            "lowMean",
            "baseMean",
            "highMean",
            "effect",
            "effectLow",
            "effectHigh",
            "lowVsBase",
            "lowVsBaseLow",
            "lowVsBaseHigh",
            "highVsBase",
            "highVsBaseLow",
            "highVsBaseHigh",
            "span",
            "clear"));
    SensitivitySetup setup = result.setup();
    for (KpiSensitivity k : result.kpis()) {
      for (InputEffect e : k.ranking()) {
        ModelInput in = e.input();
        line(
            w,
            List.of(
                k.kpi().key(),
                Integer.toString(e.rank()),
                in.name(),
                in.path(),
                ModelInput.words(in.low()),
                ModelInput.words(setup.baseValues().get(setup.inputs().indexOf(in))),
                ModelInput.words(in.high()),
                Integer.toString(e.effect().n()),
                cell(e.low().mean()),
                cell(k.base().mean()),
                cell(e.high().mean()),
                cell(e.effect().mean()),
                cell(e.effect().low()),
                cell(e.effect().high()),
                cell(e.lowVsBase().mean()),
                cell(e.lowVsBase().low()),
                cell(e.lowVsBase().high()),
                cell(e.highVsBase().mean()),
                cell(e.highVsBase().low()),
                cell(e.highVsBase().high()),
                cell(e.span()),
                Boolean.toString(e.clear())));
      }
    }
  }

  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", number(e.mean()));
    m.put("ciLow", number(e.low()));
    m.put("ciHigh", number(e.high()));
    m.put("n", e.n());
    return m;
  }

  /** Rounded to 6 decimals, as every sweep file; null when not finite. */
  static Double number(double v) {
    return SweepFiles.number(v);
  }

  private static String cell(double v) {
    return SweepFiles.cell(v);
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    SweepFiles.line(w, cells);
  }
}
