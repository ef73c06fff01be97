// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of model inputs: the one place that holds each input's range and its source, read
 * from {@code model-inputs.yaml} beside this class. The command varies them and docs/MODEL.md's
 * table of inputs is rendered from them ({@link #markdownTable}), so docs and command cannot
 * disagree.
 */
public final class ModelInputs {
  /** The registry's resource on the classpath. */
  public static final String RESOURCE = "org/patrolsim/dispatch/sensitivity/model-inputs.yaml";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final List<String> FIELDS =
      List.of("name", "path", "default", "low", "high", "unit", "source");

  private final List<ModelInput> inputs;

  private ModelInputs(List<ModelInput> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** The inputs of the bundled registry. */
  public static ModelInputs bundled() {
    try (InputStream in = ModelInputs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing on the classpath: " + RESOURCE);
      }
      return parse(RESOURCE, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The inputs of a registry written as {@code model-inputs.yaml} is ({@code where} names it in
   * messages).
   */
  public static ModelInputs parse(String where, byte[] yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new SensitivityInputError(
          where + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (root == null || !root.isArray()) {
      throw new SensitivityInputError(where + ": expected a list of inputs");
    }
    List<ModelInput> inputs = new ArrayList<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    for (JsonNode entry : root) {
      String place = where + ": inputs[" + inputs.size() + "]";
      for (String field : FIELDS) {
        if (!entry.hasNonNull(field)) {
          throw new SensitivityInputError(place + ": missing '" + field + "'");
        }
      }
      String name = entry.get("name").asText();
      if (names.putIfAbsent(name, inputs.size()) != null) {
        throw new SensitivityInputError(
            place + ": the name '" + name + "' is taken by inputs[" + names.get(name) + "]");
      }
      inputs.add(
          new ModelInput(
              name,
              entry.get("path").asText(),
              entry.get("default"),
              entry.get("low"),
              entry.get("high"),
              entry.get("unit").asText(),
              entry.get("source").asText()));
    }
    return new ModelInputs(inputs);
  }

  /** Every input, in the registry's order. */
  public List<ModelInput> all() {
    return inputs;
  }

  /**
   * The inputs named in {@code names}, in the registry's order; an unknown name is a user's
   * mistake.
   */
  public List<ModelInput> select(List<String> names) {
    List<String> known = inputs.stream().map(ModelInput::name).toList();
    for (String n : names) {
      if (!known.contains(n)) {
        throw new SensitivityInputError(
            "--inputs: unknown input '" + n + "'; expected some of " + known);
      }
    }
    return inputs.stream().filter(i -> names.contains(i.name())).toList();
  }

  /** The table of docs/MODEL.md, section 7: one row per input. */
  public String markdownTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| input | scenario field | default | low | high | unit | source of the range |\n");
    sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (ModelInput i : inputs) {
      sb.append("| ")
          .append(
              String.join(
                  " | ",
                  List.of(
                      i.name(),
                      "`" + i.path() + "`",
                      ModelInput.words(i.defaultValue()),
                      ModelInput.words(i.low()),
                      ModelInput.words(i.high()),
                      i.unit(),
                      i.source().replace("|", "\\|"))))
          .append(" |\n");
    }
    return sb.toString();
  }
}
