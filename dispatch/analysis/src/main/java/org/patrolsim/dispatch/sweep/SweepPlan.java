// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A plan file as written (docs/SWEEP.md): the base scenario, settings for every variant, and the
 * variants as a grid of one or two axes or as a list of named variants.
 *
 * @param file the plan file, for messages
 * @param title a title for the table and the chart
 * @param scenario the base scenario file, a bundled scenario's bare name ({@code large}), or null
 *     for the bundled default scenario
 * @param settings fields set in every variant (plan paths resolved against the plan's folder)
 * @param replications replications per variant, or null for the default
 * @param axes the grid's axes (empty for a list of variants)
 * @param variants the named variants (empty for a grid)
 * @param baseline the name of the variant every other is compared with, or null for the first
 * @param kpis the KPIs of the table and the chart, by summary.json path
 */
public record SweepPlan(
    Path file,
    String title,
    Path scenario,
    List<Setting> settings,
    Integer replications,
    List<Axis> axes,
    List<NamedVariant> variants,
    String baseline,
    List<String> kpis) {

  /** A variant of a list: its name and its own settings. */
  public record NamedVariant(String name, List<Setting> settings) {
    public NamedVariant {
      settings = List.copyOf(settings);
    }
  }

  public SweepPlan {
    settings = List.copyOf(settings);
    axes = List.copyOf(axes);
    variants = List.copyOf(variants);
    kpis = List.copyOf(kpis);
  }

  /** The plan file's name, as messages give it. */
  public String where() {
    return file.toString();
  }
}
