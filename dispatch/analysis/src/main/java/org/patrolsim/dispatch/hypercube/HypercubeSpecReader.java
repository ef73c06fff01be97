// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a hypercube SPEC from YAML or JSON (chosen by the file name: {@code .json} is JSON,
 * anything else YAML) and validates it strictly: unknown fields, wrong types, negative rates,
 * preference lists that are not an ordering of every unit, and an unstable infinite queue are all
 * rejected with one line naming the file and the field.
 */
public final class HypercubeSpecReader {
  /** Largest N accepted at all (the exact solver has its own, lower limit). */
  public static final int MAX_UNITS = 10_000;

  private static final Set<String> TOP_FIELDS =
      Set.of("units", "serviceRates", "queue", "atoms", "travelTimes");
  private static final Set<String> ATOM_FIELDS = Set.of("rate", "preference");

  private final String source;

  private HypercubeSpecReader(String source) {
    this.source = source;
  }

  /** Reads and validates the SPEC file at {@code path}. */
  public static HypercubeSpec read(Path path) {
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw new InvalidHypercubeSpecException(path + ": no such file");
    } catch (IOException e) {
      throw new InvalidHypercubeSpecException(path + ": cannot read (" + e.getMessage() + ")", e);
    }
    boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(text, path.toString(), json);
  }

  /** Parses and validates SPEC text; {@code source} names it in error messages. */
  public static HypercubeSpec parse(String text, String source, boolean json) {
    ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new InvalidHypercubeSpecException(
          source
              + ": not valid "
              + (json ? "JSON" : "YAML")
              + where
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    return new HypercubeSpecReader(source).spec(root);
  }

  private HypercubeSpec spec(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw error("", "expected a mapping with units, serviceRates, queue and atoms");
    }
    rejectUnknown(root, TOP_FIELDS, "");
    int units = units(require(root, "units", ""));
    double[] serviceRates = serviceRates(require(root, "serviceRates", ""), units);
    LineCapacity capacity = lineCapacity(require(root, "queue", ""));
    List<HypercubeSpec.Atom> atoms = atoms(require(root, "atoms", ""), units);
    Optional<double[][]> travel =
        root.has("travelTimes")
            ? Optional.of(travelTimes(root.get("travelTimes"), units, atoms.size()))
            : Optional.empty();
    HypercubeSpec spec = new HypercubeSpec(serviceRates, capacity, atoms, travel);
    if (spec.totalArrivalRate() <= 0) {
      throw error("atoms", "the total arrival rate must be positive, but every atom has rate 0");
    }
    if (capacity == LineCapacity.INFINITE && spec.totalArrivalRate() >= spec.totalServiceRate()) {
      throw error(
          "queue",
          String.format(
              Locale.ROOT,
              "an infinite queue needs total arrival rate %.6g below total service rate %.6g (else it grows"
                  + " without bound); lower the rates or use queue: zero",
              spec.totalArrivalRate(),
              spec.totalServiceRate()));
    }
    return spec;
  }

  private int units(JsonNode node) {
    if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > MAX_UNITS) {
      throw error(
          "units", "expected a whole number of units from 1 to " + MAX_UNITS + ", got " + node);
    }
    return node.asInt();
  }

  private double[] serviceRates(JsonNode node, int units) {
    double[] rates = new double[units];
    if (node.isNumber()) {
      java.util.Arrays.fill(rates, positive(node, "serviceRates"));
      return rates;
    }
    if (!node.isArray() || node.size() != units) {
      throw error(
          "serviceRates",
          "expected one positive number, or a list of "
              + units
              + " (one per unit), got "
              + describe(node));
    }
    for (int n = 0; n < units; n++) {
      rates[n] = positive(node.get(n), "serviceRates[" + n + "] (unit " + (n + 1) + ")");
    }
    return rates;
  }

  private LineCapacity lineCapacity(JsonNode node) {
    String text = node.isTextual() ? node.asText() : "";
    return switch (text) {
      case "infinite" -> LineCapacity.INFINITE;
      case "zero" -> LineCapacity.ZERO;
      default -> throw error("queue", "expected infinite or zero, got " + node);
    };
  }

  private List<HypercubeSpec.Atom> atoms(JsonNode node, int units) {
    if (!node.isArray() || node.isEmpty()) {
      throw error("atoms", "expected a non-empty list of atoms, each {rate, preference}");
    }
    List<HypercubeSpec.Atom> atoms = new ArrayList<>(node.size());
    for (int j = 0; j < node.size(); j++) {
      String field = "atoms[" + j + "] (atom " + (j + 1) + ")";
      JsonNode atom = node.get(j);
      if (!atom.isObject()) {
        throw error(field, "expected a mapping {rate, preference}, got " + describe(atom));
      }
      rejectUnknown(atom, ATOM_FIELDS, field + ".");
      double rate = nonNegative(require(atom, "rate", field + "."), field + ".rate");
      int[] preference =
          preference(require(atom, "preference", field + "."), units, field + ".preference");
      atoms.add(new HypercubeSpec.Atom(rate, preference));
    }
    return atoms;
  }

  private int[] preference(JsonNode node, int units, String field) {
    if (!node.isArray()) {
      throw error(field, "expected a list of unit numbers, got " + describe(node));
    }
    int[] order = new int[node.size()];
    boolean[] seen = new boolean[units];
    for (int k = 0; k < node.size(); k++) {
      JsonNode u = node.get(k);
      if (!u.isIntegralNumber()) {
        throw error(field, "expected unit numbers, got " + u);
      }
      long unit = u.asLong();
      if (unit < 1 || unit > units) {
        throw error(
            field, "unit " + unit + " does not exist (units are numbered 1.." + units + ")");
      }
      if (seen[(int) unit - 1]) {
        throw error(field, "unit " + unit + " is listed twice");
      }
      seen[(int) unit - 1] = true;
      order[k] = (int) unit - 1;
    }
    if (order.length != units) {
      throw error(
          field,
          "must list every unit 1.."
              + units
              + " once (a full preference order), got "
              + order.length
              + " unit(s)");
    }
    return order;
  }

  private double[][] travelTimes(JsonNode node, int units, int atoms) {
    if (!node.isArray() || node.size() != units) {
      throw error(
          "travelTimes",
          "expected "
              + units
              + " rows (one per unit) of "
              + atoms
              + " minutes (one per atom), got "
              + describe(node));
    }
    double[][] times = new double[units][atoms];
    for (int n = 0; n < units; n++) {
      JsonNode row = node.get(n);
      if (!row.isArray() || row.size() != atoms) {
        throw error(
            "travelTimes[" + n + "]",
            "expected "
                + atoms
                + " numbers (one per atom) for unit "
                + (n + 1)
                + ", got "
                + describe(row));
      }
      for (int j = 0; j < atoms; j++) {
        times[n][j] = nonNegative(row.get(j), "travelTimes[" + n + "][" + j + "]");
      }
    }
    return times;
  }

  private double positive(JsonNode node, String field) {
    double v = number(node, field);
    if (!(v > 0)) {
      throw error(field, "expected a positive number, got " + node);
    }
    return v;
  }

  private double nonNegative(JsonNode node, String field) {
    double v = number(node, field);
    if (v < 0) {
      throw error(field, "expected a number that is not negative, got " + node);
    }
    return v;
  }

  private double number(JsonNode node, String field) {
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      throw error(field, "expected a number, got " + describe(node));
    }
    return node.asDouble();
  }

  private JsonNode require(JsonNode object, String name, String prefix) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      throw error(prefix + name, "is missing");
    }
    return value;
  }

  private void rejectUnknown(JsonNode object, Set<String> known, String prefix) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw error(
            prefix + name,
            "unknown field (expected one of " + new java.util.TreeSet<>(known) + ")");
      }
    }
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list of " + node.size();
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return node.toString();
  }

  private InvalidHypercubeSpecException error(String field, String problem) {
    return new InvalidHypercubeSpecException(
        source + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
  }
}
