// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.sweep.SweepFiles;

/**
 * The files of a calibration: {@code scenario.yaml} (the base scenario with every fitted value, its
 * map and a replay of the records; it runs as it is), {@code calibration.json} (every fit: value,
 * method, n, goodness, what was left out by reason; what was not fitted and why; the records'
 * problems), {@code calibration.html} (each fit against its data) and, with a hold-out, {@code
 * records-holdout.yaml} (the records from the hold-out's first day, for the back-test). Written all
 * or nothing.
 */
public final class CalibrationFiles {
  public static final String SCENARIO = "scenario.yaml";
  public static final String JSON_FILE = "calibration.json";
  public static final String PAGE = "calibration.html";
  public static final String HOLDOUT = "records-holdout.yaml";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .build();

  private CalibrationFiles() {}

  /**
   * Writes the files into {@code outDir}; returns their names and why any fit was not written to
   * the scenario.
   */
  public static Written write(Path outDir, CalibrationInputs in, Calibration c) {
    ObjectNode scenario = scenario(in);
    ScenarioPatch patch = new ScenarioPatch(scenario, typesNamedBy(in.replay()));
    patch.apply(c);
    dropNulls(scenario);
    Map<String, Object> json = json(in, c, patch.notes());
    Map<String, SweepFiles.Writing> files = new LinkedHashMap<>();
    files.put(
        SCENARIO,
        w -> {
          w.write(
              "# patrolsim calibrate: "
                  + in.base().source()
                  + " with the values fitted to "
                  + in.records()
                  + "\n# (calibration.json says how each was fitted; docs/MODEL.md section 8)\n");
          w.write(YAML.writeValueAsString(scenario));
        });
    files.put(
        JSON_FILE,
        w -> {
          w.write(JSON.writeValueAsString(json));
          w.write('\n');
        });
    files.put(PAGE, w -> w.write(CalibrationPage.html(json, c)));
    if (c.holdoutFrom() != null) {
      ObjectNode holdout = in.replay().deepCopy();
      holdout.put("from", c.holdoutFrom().toString());
      files.put(
          HOLDOUT,
          w -> {
            w.write(
                "# the records of the hold-out (not fitted), for the back-test: from "
                    + c.holdoutFrom()
                    + "\n");
            w.write(YAML.writeValueAsString(holdout));
          });
    }
    SweepFiles.writeAll(files, outDir);
    return new Written(List.copyOf(files.keySet()), patch.notes());
  }

  /** The files written and, by fit name, why a fit was not written into the scenario. */
  public record Written(List<String> files, Map<String, String> notes) {}

  private static ObjectNode scenario(CalibrationInputs in) {
    ObjectNode s;
    try {
      s = (ObjectNode) JSON.readTree(ScenarioLoader.toJson(in.base().scenario()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a bound scenario's JSON must read back", e);
    }
    ObjectNode map = (ObjectNode) s.path("map");
    if (in.map() == null) {
      map.putNull("osm");
    } else {
      map.put("osm", in.map().toAbsolutePath().normalize().toString());
      map.putNull("demoCitySize");
    }
    s.putNull("days"); // the replay's span
    ((ObjectNode) s.path("incidents")).set("replay", in.replay());
    return s;
  }

  /**
   * The incident types a replay mapping names (its {@code types} values and {@code defaultType}).
   */
  static Set<String> typesNamedBy(JsonNode replay) {
    Set<String> named = new LinkedHashSet<>();
    replay.path("types").forEach(t -> named.add(t.asText()));
    if (replay.path("defaultType").isTextual()) {
      named.add(replay.path("defaultType").asText());
    }
    return named;
  }

  private static void dropNulls(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getValue().isNull()) {
          it.remove();
        } else {
          dropNulls(f.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(CalibrationFiles::dropNulls);
    }
  }

  static Map<String, Object> json(CalibrationInputs in, Calibration c, Map<String, String> notes) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", in.records());
    out.put("rows", in.rows());
    out.put("problems", in.problems().toJson());
    out.put("baseScenario", in.base().source());
    out.put("map", in.map() == null ? "demo-city" : in.map().toString());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("from", c.window().start().toString());
    window.put("to", c.window().end().toString());
    window.put("days", ArrivalFit.round(c.window().days(), 3));
    window.put("calls", c.calls());
    out.put("window", window);
    if (c.holdoutFrom() != null) {
      Map<String, Object> holdout = new LinkedHashMap<>();
      holdout.put("days", in.holdoutDays());
      holdout.put("from", c.holdoutFrom().toString());
      holdout.put("calls", c.heldOut());
      holdout.put("records", HOLDOUT);
      out.put("holdout", holdout);
    }
    List<Object> fits = new ArrayList<>();
    for (Fit f : c.fits()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", f.name());
      one.put("target", f.target());
      one.put(
          "written",
          f.target() != null
              && (!notes.containsKey(f.name()) || !notes.get(f.name()).startsWith("not")));
      if (notes.containsKey(f.name())) {
        one.put("note", notes.get(f.name()));
      }
      one.put("value", f.value());
      one.put("method", f.method());
      one.put("n", f.n());
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("measure", f.goodness().measure());
      g.put("value", Double.isNaN(f.goodness().value()) ? null : f.goodness().value());
      g.put("reading", f.goodness().reading());
      one.put("goodness", g);
      one.put("leftOut", f.leftOut());
      one.put("details", f.details());
      fits.add(one);
    }
    out.put("fits", fits);
    List<Object> not = new ArrayList<>();
    for (NotFitted n : c.notFitted()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", n.name());
      one.put("target", n.target());
      one.put("why", n.why());
      not.add(one);
    }
    out.put("notFitted", not);
    return out;
  }
}
