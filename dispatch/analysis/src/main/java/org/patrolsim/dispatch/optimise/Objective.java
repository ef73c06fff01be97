// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * What the search improves: one KPI of the catalogue, made as large ({@code max:KPI}) or as small
 * ({@code min:KPI}) as it can be.
 *
 * @param kpi the KPI
 * @param sense which way is better
 */
public record Objective(Kpi kpi, Sense sense) {
  static final String EXAMPLE = "max:streetDisposalShare";
  private static final Pattern FORM =
      Pattern.compile("\\s*(max|min)\\s*:\\s*([A-Za-z0-9_.\\-]+)\\s*");

  /** Which way the objective goes. */
  public enum Sense {
    MAX,
    MIN;

    /** The word written in {@code --objective}. */
    public String word() {
      return this == MAX ? "max" : "min";
    }
  }

  /**
   * Parses {@code max:KPI} or {@code min:KPI}; refuses a KPI that does not measure how well a plan
   * does, and a direction against the KPI's own.
   */
  public static Objective parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new OptimiseInputError(
          "--objective '" + text + "': expected max:KPI or min:KPI, e.g. " + EXAMPLE);
    }
    Kpi kpi = KpiCatalogue.require(m.group(2), "--objective");
    Sense sense = m.group(1).equals("max") ? Sense.MAX : Sense.MIN;
    if (kpi.better() == Kpi.Better.NEITHER) {
      throw new OptimiseInputError(
          "--objective '"
              + text
              + "': "
              + kpi.key()
              + " describes the run (neither higher nor lower is better), so no plan is best on it;"
              + " expected a KPI with a better direction, e.g. "
              + EXAMPLE);
    }
    Sense own = kpi.better() == Kpi.Better.HIGHER ? Sense.MAX : Sense.MIN;
    if (sense != own) {
      throw new OptimiseInputError(
          "--objective '"
              + text
              + "': "
              + (own == Sense.MAX ? "higher" : "lower")
              + " is better for "
              + kpi.key()
              + "; expected "
              + own.word()
              + ":"
              + kpi.key());
    }
    return new Objective(kpi, sense);
  }

  /** The value as the search sees it: larger is better (a {@code min} objective negated). */
  public double toMax(double value) {
    return sense == Sense.MAX ? value : -value;
  }

  @Override
  public String toString() {
    return sense.word() + ":" + kpi.key();
  }
}
