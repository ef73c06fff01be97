// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.patrolsim.dispatch.DuplicateKeys;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.ScenarioChoice;

/**
 * Reads a scenario from YAML or JSON (or the bundled default), applies {@code --set path=value}
 * overrides to the document tree before binding, binds it strictly (an unknown field or a key given
 * twice is an error) and validates it. Every error is a {@link ScenarioError} naming the file and
 * the field path: the first error of parsing or binding alone (Jackson stops there), else every
 * independent problem the validator finds, one line each.
 */
public final class ScenarioLoader {
  /** The name used in messages for the bundled default scenario. */
  public static final String DEFAULT_SOURCE = "default scenario";

  /**
   * The bundled scenarios by name (docs/SCENARIO.md): {@code default}, the demo city with 48 cars,
   * and {@code large}, the demo city at size 3 with 500 cars and 5,000 calls a day.
   */
  public static final java.util.Map<String, String> BUNDLED =
      java.util.Map.of("default", "default-scenario.yaml", "large", "large-scenario.yaml");

  /**
   * Fields holding file paths, resolved against the scenario file's folder (and a plan file's, for
   * its settings).
   */
  public static final List<String> PATH_FIELDS =
      List.of(
          "map.osm",
          "map.cacheDir",
          "fleet.beats",
          "fleet.hotspotsFile",
          "jurisdictions",
          "incidents.replay",
          "incidents.replay.file");

  private static final ObjectMapper YAML = configure(YAMLMapper.builder()).build();
  private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();

  private ScenarioLoader() {}

  private static <
          M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
      B configure(B builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  /** Loads the bundled default scenario with overrides. */
  public static LoadedScenario loadDefault(List<String> overrides) {
    return loadBundled("default", overrides);
  }

  /**
   * Loads a bundled scenario ({@link #BUNDLED}) with overrides; messages name it "NAME scenario".
   *
   * @throws IllegalArgumentException when no scenario of that name is bundled
   */
  public static LoadedScenario loadBundled(String name, List<String> overrides) {
    String resource = BUNDLED.get(name);
    if (resource == null) {
      throw new IllegalArgumentException(
          "no bundled scenario named " + name + "; bundled: " + BUNDLED.keySet());
    }
    String source = name + " scenario";
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + resource + " is missing");
      }
      JsonNode tree = parse(YAML, in.readAllBytes(), source);
      return bind(tree, source, null, overrides);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code fileOrName} names a bundled scenario (a bare name such as {@code large}, no
   * folder).
   */
  public static boolean isBundled(String fileOrName) {
    return fileOrName != null && BUNDLED.containsKey(fileOrName);
  }

  /**
   * The {@code path=value} overrides that the command line's {@code --seed}, {@code --days} and
   * {@code --osm} stand for (each when given, not null), followed by every {@code --set} in order.
   */
  public static List<String> overrides(Long seed, Integer days, Path osm, List<String> sets) {
    List<String> out = new java.util.ArrayList<>();
    if (seed != null) {
      out.add("seed=" + seed);
    }
    if (days != null) {
      out.add("days=" + days);
    }
    if (osm != null) {
      out.add("map.osm=" + osm.toAbsolutePath());
    }
    out.addAll(sets);
    return out;
  }

  /**
   * Loads a scenario file, or the bundled scenario of that name when {@code fileOrName} is one of
   * {@link #BUNDLED}'s names (a file of the same name is read when given with its folder, e.g.
   * {@code ./large}); null is the default scenario.
   */
  public static LoadedScenario loadFileOrBundled(String fileOrName, List<String> overrides) {
    if (fileOrName == null) {
      return loadDefault(overrides);
    }
    return isBundled(fileOrName)
        ? loadBundled(fileOrName, overrides)
        : load(Path.of(fileOrName), overrides);
  }

  /**
   * Loads scenario YAML given as text (a plan bundled with the program), named {@code source} in
   * messages, with overrides; relative file paths in it are left as they are.
   */
  public static LoadedScenario loadText(String source, String yaml, List<String> overrides) {
    JsonNode tree = parse(YAML, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
    return bind(tree, source, null, overrides);
  }

  /** Loads a scenario file (.json as JSON, anything else as YAML) with overrides. */
  public static LoadedScenario load(Path file, List<String> overrides) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioError(
          source
              + ": no such scenario file"
              + (file.getParent() == null
                  ? " (nor a bundled scenario: "
                      + String.join(", ", new java.util.TreeSet<>(BUNDLED.keySet()))
                      + ")"
                  : ""));
    } catch (IOException e) {
      throw new ScenarioError(source + ": cannot read the scenario file (" + e.getMessage() + ")");
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    JsonNode tree = parse(json ? JSON : YAML, bytes, source);
    Path base = file.toAbsolutePath().getParent();
    return bind(tree, source, base, overrides);
  }

  private static JsonNode parse(ObjectMapper mapper, byte[] bytes, String source) {
    try {
      JsonNode tree = mapper.readTree(bytes);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return mapper.createObjectNode();
      }
      if (!tree.isObject()) {
        throw new ScenarioError(
            source + ": expected a mapping of scenario fields at the top level");
      }
      return tree;
    } catch (JsonProcessingException e) {
      String duplicate = DuplicateKeys.message(source, e);
      if (duplicate != null) {
        throw new ScenarioError(duplicate);
      }
      var loc = e.getLocation();
      String where = loc == null ? "" : " line " + loc.getLineNr();
      throw new ScenarioError(
          source
              + where
              + ": not valid "
              + (mapper == JSON ? "JSON" : "YAML")
              + " ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The scenario as a complete JSON document (every field, paths already absolute): with {@link
   * #fromJson} it carries a checked scenario to another thread or machine unchanged.
   */
  public static String toJson(Scenario scenario) {
    try {
      return JSON.writeValueAsString(scenario);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a bound scenario must write as JSON", e);
    }
  }

  /**
   * Reads a scenario written by {@link #toJson}, named {@code source} in messages, and checks it
   * again.
   */
  public static LoadedScenario fromJson(String source, String json) {
    return bind(
        parse(JSON, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), source),
        source,
        null,
        List.of());
  }

  private static LoadedScenario bind(
      JsonNode tree, String source, Path base, List<String> overrides) {
    if (base != null) {
      resolvePaths((ObjectNode) tree, base);
    }
    // Start from the defaults, so that --set can reach a field the file leaves out (even a list
    // entry).
    ObjectNode root =
        YAML.valueToTree(
            new Scenario(null, null, null, null, null, null, null, null, null, null, null, null));
    merge(root, (ObjectNode) tree);
    replayAsMapping(root);
    for (String override : overrides) {
      Overrides.apply(root, override);
      replayAsMapping(root);
    }
    Scenario scenario;
    try {
      scenario = YAML.treeToValue(root, Scenario.class);
    } catch (UnrecognizedPropertyException e) {
      String renamed = RenamedFields.replacement(path(e), root.at("/" + path(e).replace('.', '/')));
      throw new ScenarioError(
          source
              + ": unknown field '"
              + path(e)
              + "'; "
              + (renamed != null ? renamed : "expected one of " + e.getKnownPropertyIds()));
    } catch (InvalidFormatException e) {
      if (e.getTargetType() != null && ScenarioChoice.class.isAssignableFrom(e.getTargetType())) {
        // worded as the validator's checks: the field, its choices and the value given
        throw new ScenarioError(
            source
                + ": "
                + path(e)
                + ": expected "
                + ScenarioChoice.expected(e.getTargetType())
                + ", got "
                + ErrorText.value(e.getValue()));
      }
      throw new ScenarioError(
          source
              + ": field '"
              + path(e)
              + "' expected "
              + expected(e.getTargetType())
              + ", got '"
              + ErrorText.value(e.getValue())
              + "'");
    } catch (MismatchedInputException e) {
      throw new ScenarioError(
          source + ": field '" + path(e) + "' expected " + expected(e.getTargetType()));
    } catch (JsonProcessingException e) {
      throw new ScenarioError(
          source + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    LoadedScenario loaded = new LoadedScenario(source, scenario);
    List<String> fileOrder = new java.util.ArrayList<>();
    tree.properties().forEach(e -> fileOrder.add(e.getKey()));
    ScenarioValidator.validate(loaded, fileOrder);
    return loaded;
  }

  /**
   * The short form {@code replay: calls.csv} as {@code replay: {file: calls.csv}}, so --set reaches
   * its fields.
   */
  private static void replayAsMapping(ObjectNode root) {
    if (root.get("incidents") instanceof ObjectNode incidents
        && incidents.get("replay") instanceof TextNode file) {
      incidents.putObject("replay").set("file", file);
    }
  }

  /**
   * Copies {@code file} over {@code defaults}: mappings merge field by field, anything else
   * replaces.
   */
  private static void merge(ObjectNode defaults, ObjectNode file) {
    file.properties()
        .forEach(
            e -> {
              JsonNode current = defaults.get(e.getKey());
              if (current instanceof ObjectNode currentObject
                  && e.getValue() instanceof ObjectNode fileObject) {
                merge(currentObject, fileObject);
              } else {
                defaults.set(e.getKey(), e.getValue());
              }
            });
  }

  private static void resolvePaths(ObjectNode root, Path base) {
    for (String field : PATH_FIELDS) {
      String[] parts = field.split("\\.", -1);
      JsonNode parent = root;
      for (int i = 0; i < parts.length - 1 && parent != null; i++) {
        parent = parent.get(parts[i]);
      }
      if (parent instanceof ObjectNode obj
          && obj.get(parts[parts.length - 1]) instanceof TextNode text) {
        String value = text.asText();
        if (!value.isEmpty() && !value.startsWith("~")) {
          obj.put(parts[parts.length - 1], base.resolve(value).normalize().toString());
        }
      }
    }
  }

  static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text value";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (ScenarioChoice.class.isAssignableFrom(type)) {
      return ScenarioChoice.expected(type);
    }
    if (type == OnSceneMinutes.class) {
      return "minutes (the mean) or {median: minutes, p90: minutes}";
    }
    return "a mapping of fields (" + type.getSimpleName() + ")";
  }
}
