// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.DuplicateKeys;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * Reads a plan file (YAML, or JSON when its name ends in .json) strictly: unknown or duplicate
 * fields, wrong types, an empty grid, a grid and a list at once, duplicate variant names and
 * unknown KPIs are each one {@link SweepInputError} naming the file and the field. Scenario field
 * paths are only checked when the variants are built ({@link SweepVariants}), against the scenario
 * itself.
 */
public final class SweepPlanReader {
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> FIELDS =
      List.of("title", "scenario", "set", "replications", "grid", "variants", "baseline", "kpis");
  private static final int MAX_VARIANTS = 10_000;

  private SweepPlanReader() {}

  /** Reads and checks the plan in {@code file}. */
  public static SweepPlan read(Path file) {
    String where = file.toString();
    JsonNode root = parse(file, where);
    Path folder = file.toAbsolutePath().getParent();
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new SweepInputError(
            where + ": unknown field '" + name + "'; expected one of " + FIELDS);
      }
    }
    String title = text(root, "title", where, null);
    String scenarioText = text(root, "scenario", where, null);
    Path scenario =
        scenarioText == null || scenarioText.equals("default")
            ? null
            : ScenarioLoader.isBundled(scenarioText)
                ? Path.of(scenarioText)
                : folder.resolve(scenarioText).normalize();
    List<Setting> settings = settings(root.get("set"), where, "set", folder);
    Integer replications = null;
    if (root.hasNonNull("replications")) {
      JsonNode r = root.get("replications");
      if (!r.isIntegralNumber() || r.asInt() < 2) {
        throw new SweepInputError(
            where + ": replications: expected a whole number of at least 2, got " + r);
      }
      replications = r.asInt();
    }
    boolean hasGrid = root.hasNonNull("grid");
    boolean hasList = root.hasNonNull("variants");
    if (hasGrid == hasList) {
      throw new SweepInputError(
          where
              + ": expected either 'grid' (one or two swept fields) or 'variants'"
              + " (a list of named variants), "
              + (hasGrid ? "got both" : "got neither"));
    }
    List<Axis> axes = hasGrid ? axes(root.get("grid"), where) : List.of();
    List<SweepPlan.NamedVariant> variants =
        hasList ? variants(root.get("variants"), where, folder) : List.of();
    String baseline = text(root, "baseline", where, null);
    List<String> kpis = kpis(root.get("kpis"), where);
    return new SweepPlan(
        file, title, scenario, settings, replications, axes, variants, baseline, kpis);
  }

  private static JsonNode parse(Path file, String where) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SweepInputError(where + ": no such plan file");
    } catch (IOException e) {
      throw new SweepInputError(where + ": cannot read the plan file (" + e.getMessage() + ")");
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      JsonNode root = (json ? JSON : YAML).readTree(bytes);
      if (root == null || !root.isObject()) {
        throw new SweepInputError(where + ": expected a mapping of plan fields (" + FIELDS + ")");
      }
      return root;
    } catch (JsonProcessingException e) {
      String duplicate = DuplicateKeys.message(where, e);
      if (duplicate != null) {
        throw new SweepInputError(duplicate);
      }
      var loc = e.getLocation();
      throw new SweepInputError(
          where
              + (loc == null ? "" : " line " + loc.getLineNr())
              + ": not valid "
              + (json ? "JSON" : "YAML")
              + " ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    } catch (IOException e) {
      throw new SweepInputError(where + ": cannot read the plan file (" + e.getMessage() + ")");
    }
  }

  private static String text(JsonNode root, String field, String where, String fallback) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new SweepInputError(where + ": " + field + ": expected a text value, got " + node);
    }
    return node.asText();
  }

  /**
   * A mapping of scenario field paths to values; paths that name files are resolved against the
   * plan's folder.
   */
  private static List<Setting> settings(JsonNode node, String where, String field, Path folder) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isObject()) {
      throw new SweepInputError(
          where
              + ": "
              + field
              + ": expected a mapping of scenario field paths to values,"
              + " e.g. {fleet.vehicles: 24}");
    }
    List<Setting> settings = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      settings.add(new Setting(e.getKey(), resolved(e.getKey(), e.getValue(), folder)));
    }
    return settings;
  }

  private static JsonNode resolved(String path, JsonNode value, Path folder) {
    if (ScenarioLoader.PATH_FIELDS.contains(path)
        && value.isTextual()
        && !value.asText().isEmpty()
        && !value.asText().startsWith("~")) {
      return TextNode.valueOf(folder.resolve(value.asText()).normalize().toString());
    }
    return value;
  }

  private static List<Axis> axes(JsonNode grid, String where) {
    if (!grid.isObject() || grid.isEmpty()) {
      throw new SweepInputError(
          where
              + ": grid: expected one or two scenario field paths, each with its values,"
              + " e.g. {fleet.vehicles: [24, 48, 96]}");
    }
    if (grid.size() > 2) {
      throw new SweepInputError(
          where
              + ": grid: expected one or two swept fields, got "
              + grid.size()
              + " (use 'variants' for more specific combinations)");
    }
    List<Axis> axes = new ArrayList<>();
    long variants = 1;
    for (Map.Entry<String, JsonNode> e : grid.properties()) {
      List<JsonNode> values = values(e.getValue(), where + ": grid." + e.getKey());
      Set<String> seen = new HashSet<>();
      for (JsonNode v : values) {
        if (!seen.add(v.toString())) {
          throw new SweepInputError(
              where + ": grid." + e.getKey() + ": the value " + v + " is listed twice");
        }
      }
      axes.add(new Axis(e.getKey(), values));
      variants *= values.size();
    }
    if (variants > MAX_VARIANTS) {
      throw new SweepInputError(
          where + ": grid: " + variants + " variants; expected at most " + MAX_VARIANTS);
    }
    return axes;
  }

  /** A non-empty list of values, or a range {from, to, step}. */
  private static List<JsonNode> values(JsonNode node, String where) {
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw new SweepInputError(where + ": expected a non-empty list of values, got []");
      }
      List<JsonNode> values = new ArrayList<>();
      node.forEach(values::add);
      return values;
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!List.of("from", "to", "step").contains(name)) {
          throw new SweepInputError(
              where + ": unknown field '" + name + "'; expected from, to, step");
        }
      }
      for (String f : List.of("from", "to", "step")) {
        if (!node.hasNonNull(f) || !node.get(f).isNumber()) {
          throw new SweepInputError(
              where + "." + f + ": expected a number (a range is {from, to, step})");
        }
      }
      BigDecimal from = node.get("from").decimalValue();
      BigDecimal to = node.get("to").decimalValue();
      BigDecimal step = node.get("step").decimalValue();
      if (step.signum() <= 0 || from.compareTo(to) > 0) {
        throw new SweepInputError(
            where
                + ": expected from <= to and a positive step, got from "
                + from
                + ", to "
                + to
                + ", step "
                + step);
      }
      boolean whole =
          node.get("from").isIntegralNumber()
              && node.get("to").isIntegralNumber()
              && node.get("step").isIntegralNumber();
      List<JsonNode> values = new ArrayList<>();
      for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
        if (values.size() >= MAX_VARIANTS) {
          throw new SweepInputError(
              where + ": the range has more than " + MAX_VARIANTS + " values");
        }
        values.add(
            whole ? IntNode.valueOf(v.intValueExact()) : DoubleNode.valueOf(v.doubleValue()));
      }
      return values;
    }
    throw new SweepInputError(
        where + ": expected a list of values or a range {from, to, step}, got " + node);
  }

  private static List<SweepPlan.NamedVariant> variants(JsonNode node, String where, Path folder) {
    if (!node.isArray() || node.isEmpty()) {
      throw new SweepInputError(where + ": variants: expected a non-empty list of {name, set}");
    }
    List<SweepPlan.NamedVariant> variants = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode v = node.get(i);
      String at = where + ": variants[" + i + "]";
      if (!v.isObject()) {
        throw new SweepInputError(at + ": expected {name, set}, got " + v);
      }
      for (Iterator<String> fields = v.fieldNames(); fields.hasNext(); ) {
        String f = fields.next();
        if (!List.of("name", "set").contains(f)) {
          throw new SweepInputError(at + ": unknown field '" + f + "'; expected name, set");
        }
      }
      if (!v.hasNonNull("name") || !v.get("name").isTextual() || v.get("name").asText().isBlank()) {
        throw new SweepInputError(at + ".name: expected the variant's name");
      }
      String name = v.get("name").asText();
      if (!names.add(name)) {
        throw new SweepInputError(at + ".name: '" + name + "' is used twice");
      }
      variants.add(
          new SweepPlan.NamedVariant(
              name, settings(v.get("set"), where, "variants[" + i + "].set", folder)));
    }
    return variants;
  }

  private static List<String> kpis(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return KpiCatalogue.MAIN.stream().map(Kpi::key).toList();
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new SweepInputError(
          where
              + ": kpis: expected a non-empty list of summary.json paths, e.g."
              + " [streetDisposalShare, firstArrivalSeconds.urgent.mean]");
    }
    List<String> kpis = new ArrayList<>();
    for (JsonNode k : node) {
      KpiCatalogue.require(k.asText(), where + ": kpis");
      kpis.add(k.asText());
    }
    return kpis;
  }
}
