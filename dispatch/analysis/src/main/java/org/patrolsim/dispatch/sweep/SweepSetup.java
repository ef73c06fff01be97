// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * A plan made concrete: every variant's scenario loaded and checked (a field that does not exist, a
 * value out of range: one line naming the plan, where in it, and the scenario's own message), the
 * replications per variant, the baseline and the KPIs to show. Nothing is simulated and no map is
 * read here.
 *
 * @param plan the plan as written
 * @param variants the variants in plan order (for a grid of two axes, the second axis varies
 *     fastest)
 * @param replications replications per variant (the most a goal search may use)
 * @param baseline the index of the variant the others are compared with
 * @param kpis the KPIs of the table and the chart
 */
public record SweepSetup(
    SweepPlan plan, List<Variant> variants, int replications, int baseline, List<Kpi> kpis) {

  public SweepSetup {
    variants = List.copyOf(variants);
    kpis = List.copyOf(kpis);
  }

  /** Checks the plan with the command line's options and builds every variant. */
  public static SweepSetup of(SweepPlan plan, SweepOptions options) {
    String where = plan.where();
    int replications =
        options.replications() != null
            ? options.replications()
            : plan.replications() != null ? plan.replications() : SweepOptions.DEFAULT_REPLICATIONS;
    if (replications < 1) {
      throw new SweepInputError("--replications: expected at least 1, got " + replications);
    }
    List<String> base = new ArrayList<>();
    plan.settings().forEach(s -> base.add(s.override()));
    List<String> command = options.overrides();
    for (Axis axis : plan.axes()) {
      for (String o : command) {
        if (o.substring(0, Math.max(0, o.indexOf('='))).trim().equals(axis.path())) {
          throw new SweepInputError(
              where
                  + ": grid."
                  + axis.path()
                  + " is swept by the plan; the command line"
                  + " cannot also set it ("
                  + o
                  + ")");
        }
      }
    }
    base.addAll(command);
    load(plan, base, List.of(), "base scenario");
    List<Variant> variants = new ArrayList<>();
    for (List<Setting> settings : combinations(plan)) {
      String name =
          plan.axes().isEmpty()
              ? plan.variants().get(variants.size()).name()
              : String.join(", ", settings.stream().map(Setting::toString).toList());
      String place =
          plan.axes().isEmpty()
              ? "variants[" + variants.size() + "] '" + name + "'"
              : "grid (" + name + ")";
      LoadedScenario loaded = load(plan, base, settings, place);
      variants.add(
          new Variant(
              variants.size(),
              name,
              settings,
              loaded.source(),
              ScenarioLoader.toJson(loaded.scenario()),
              loaded.scenario().seed()));
    }
    int baseline = 0;
    if (plan.baseline() != null) {
      baseline =
          variants.stream()
              .filter(v -> v.name().equals(plan.baseline()))
              .mapToInt(Variant::index)
              .findFirst()
              .orElseThrow(
                  () ->
                      new SweepInputError(
                          where
                              + ": baseline: no variant is named '"
                              + plan.baseline()
                              + "'; expected one of "
                              + variants.stream().map(Variant::name).toList()));
    }
    List<Kpi> kpis =
        plan.kpis().stream().map(k -> KpiCatalogue.require(k, where + ": kpis")).toList();
    return new SweepSetup(plan, variants, replications, baseline, kpis);
  }

  /**
   * Whether the variants lie along one axis (a grid of one field, or a list), as a goal search
   * needs.
   */
  public boolean oneAxis() {
    return plan.axes().size() <= 1;
  }

  private static LoadedScenario load(
      SweepPlan plan, List<String> base, List<Setting> settings, String place) {
    List<String> overrides = new ArrayList<>(base);
    settings.forEach(s -> overrides.add(s.override()));
    try {
      return ScenarioLoader.loadFileOrBundled(
          plan.scenario() == null ? null : plan.scenario().toString(), overrides);
    } catch (ScenarioError e) {
      // one line: the variant's problems (several when independent) joined
      throw new SweepInputError(plan.where() + ": " + place + ": " + String.join("; ", e.lines()));
    }
  }

  /**
   * Every variant's own settings: the grid's combinations (last axis fastest), or each list
   * entry's.
   */
  private static List<List<Setting>> combinations(SweepPlan plan) {
    if (plan.axes().isEmpty()) {
      return plan.variants().stream().map(SweepPlan.NamedVariant::settings).toList();
    }
    List<List<Setting>> out = new ArrayList<>();
    out.add(List.of());
    for (Axis axis : plan.axes()) {
      List<List<Setting>> next = new ArrayList<>();
      for (List<Setting> prefix : out) {
        for (var value : axis.values()) {
          List<Setting> s = new ArrayList<>(prefix);
          s.add(new Setting(axis.path(), value));
          next.add(s);
        }
      }
      out = next;
    }
    return out;
  }
}
