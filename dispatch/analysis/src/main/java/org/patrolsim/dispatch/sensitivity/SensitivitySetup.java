// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.sweep.Setting;
import org.patrolsim.dispatch.sweep.SweepPlan;
import org.patrolsim.dispatch.sweep.SweepSetup;
import org.patrolsim.dispatch.sweep.Variant;

/**
 * A sensitivity analysis made concrete, as a sweep of variants: the plan itself (variant 0, the
 * base), then each input at its low end and at its high end with everything else at the plan's
 * values (variants {@code 2i + 1} and {@code 2i + 2}). Every variant is loaded and checked here (an
 * end the validator refuses is one line naming the input), and all share the plan's seed, so that
 * replication r of every variant sees the same calls (common random numbers). Nothing is simulated
 * here.
 *
 * @param base the plan with the command line's overrides
 * @param inputs the inputs varied, in the registry's order
 * @param baseValues each input's value in the plan (null where the plan has none)
 * @param sweep the variants as a sweep, run by the sweep machinery
 */
public record SensitivitySetup(
    LoadedScenario base, List<ModelInput> inputs, List<JsonNode> baseValues, SweepSetup sweep) {
  /** Replications per variant when the command line does not say. */
  public static final int DEFAULT_REPLICATIONS = 5;

  private static final JsonMapper JSON = new JsonMapper();

  public SensitivitySetup {
    inputs = List.copyOf(inputs);
    baseValues = java.util.Collections.unmodifiableList(new ArrayList<>(baseValues));
  }

  /**
   * Loads the plan {@code scenario} (a file, a bundled scenario's name, or null for the default)
   * with {@code overrides}, and each input's two ends on top of it.
   */
  public static SensitivitySetup of(
      String scenario,
      List<String> overrides,
      List<ModelInput> inputs,
      int replications,
      List<Kpi> kpis) {
    if (replications < 2) {
      throw new SensitivityInputError(
          "--replications: expected at least 2 (the effects need intervals), got " + replications);
    }
    if (inputs.isEmpty()) {
      throw new SensitivityInputError("--inputs: expected at least one input");
    }
    LoadedScenario base = ScenarioLoader.loadFileOrBundled(scenario, overrides);
    JsonNode baseTree = tree(ScenarioLoader.toJson(base.scenario()));
    List<Variant> variants = new ArrayList<>();
    variants.add(variant(0, "base", List.of(), base));
    List<JsonNode> baseValues = new ArrayList<>();
    for (ModelInput input : inputs) {
      baseValues.add(valueAt(baseTree, input.path()));
      for (ModelInput.End end : ModelInput.End.values()) {
        LoadedScenario loaded = load(scenario, overrides, input, end);
        variants.add(
            variant(
                variants.size(), input.name() + " " + end.words(), List.of(input.at(end)), loaded));
      }
    }
    SweepPlan plan =
        new SweepPlan(
            Path.of(base.source()),
            "sensitivity of " + base.source(),
            null,
            List.of(),
            replications,
            List.of(),
            variants.stream().map(v -> new SweepPlan.NamedVariant(v.name(), v.settings())).toList(),
            "base",
            kpis.stream().map(Kpi::key).toList());
    return new SensitivitySetup(
        base, inputs, baseValues, new SweepSetup(plan, variants, replications, 0, kpis));
  }

  /** The index of the variant with input number {@code input} at {@code end}. */
  public int variant(int input, ModelInput.End end) {
    return 2 * input + 1 + end.ordinal();
  }

  public int replications() {
    return sweep.replications();
  }

  public List<Kpi> kpis() {
    return sweep.kpis();
  }

  private static LoadedScenario load(
      String scenario, List<String> overrides, ModelInput input, ModelInput.End end) {
    List<String> all = new ArrayList<>(overrides);
    all.add(input.at(end).override());
    try {
      return ScenarioLoader.loadFileOrBundled(scenario, all);
    } catch (ScenarioError e) {
      throw new SensitivityInputError(
          "input "
              + input.name()
              + ": its "
              + end.words()
              + " end "
              + input.at(end)
              + " is refused: "
              + String.join("; ", e.lines()));
    }
  }

  private static Variant variant(
      int index, String name, List<Setting> settings, LoadedScenario loaded) {
    return new Variant(
        index,
        name,
        settings,
        loaded.source(),
        ScenarioLoader.toJson(loaded.scenario()),
        loaded.scenario().seed());
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a scenario's JSON must read back", e);
    }
  }

  /**
   * The value at a {@code --set} path ({@code a.b[2].c} or {@code a.b.2.c}) of a scenario tree, or
   * null.
   */
  static JsonNode valueAt(JsonNode tree, String path) {
    JsonNode node = tree;
    // limit 0: a trailing empty segment is dropped, as --set (Overrides) drops it
    for (String part : path.replace("[", ".").replace("]", "").split("\\.", 0)) {
      if (node == null) {
        return null;
      }
      node =
          node.isArray() && !part.isEmpty() && part.chars().allMatch(Character::isDigit)
              ? node.get(Integer.parseInt(part))
              : node.get(part);
    }
    return node == null || node.isMissingNode() ? null : node;
  }
}
