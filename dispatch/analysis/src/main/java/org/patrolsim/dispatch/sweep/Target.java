// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * A goal on one KPI, {@code kpi>=value} or {@code kpi<=value}, met "with 95 % confidence" when the
 * whole interval is on the right side: its lower bound at least the value for {@code >=}, its upper
 * bound at most the value for {@code <=}; missed for sure when the whole interval is on the wrong
 * side.
 *
 * @param kpi the KPI
 * @param atLeast true for {@code >=}, false for {@code <=}
 * @param value the threshold, in the KPI's own unit (a share as 0.70)
 */
public record Target(Kpi kpi, boolean atLeast, double value) {
  private static final Pattern ONE =
      Pattern.compile(
          "\\s*([A-Za-z0-9_.\\-]+)\\s*(>=|<=)\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*");
  static final String EXAMPLE =
      "streetDisposalShare>=0.70,urgentFirstArrivalWithinTargetShare>=0.90";

  /** Where an estimate stands against a target. */
  public enum Status {
    MET,
    MISSED,
    OPEN
  }

  /** Parses a comma-separated list such as {@value #EXAMPLE}, given as {@code --target}. */
  public static List<Target> parseAll(String text) {
    return parseAll(text, "--target");
  }

  /** Parses a comma-separated list such as {@value #EXAMPLE}, given as {@code option}. */
  public static List<Target> parseAll(String text, String option) {
    List<Target> targets = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      Matcher m = ONE.matcher(part);
      if (!m.matches()) {
        throw new SweepInputError(
            option
                + " '"
                + text
                + "': '"
                + part.trim()
                + "' is not a target; expected"
                + " KPI>=VALUE or KPI<=VALUE, comma-separated, e.g. "
                + EXAMPLE);
      }
      Kpi kpi = KpiCatalogue.require(m.group(1), option);
      Target t = new Target(kpi, m.group(2).equals(">="), Double.parseDouble(m.group(3)));
      if (!kpi.unit().allows(t.value())) {
        throw new SweepInputError(
            option
                + " '"
                + text
                + "': "
                + t
                + ": "
                + trim(t.value())
                + " is not a value "
                + kpi.key()
                + " can take ("
                + kpi.unit().words()
                + ", "
                + kpi.unit().range()
                + ")"
                + (kpi.unit() == Kpi.Unit.SHARE ? "; a share is written as 0.70 for 70 %" : ""));
      }
      targets.add(t);
    }
    return targets;
  }

  /** Where {@code e} stands: met or missed only when its whole interval says so. */
  public Status status(Estimate e) {
    if (!e.hasInterval()) {
      return Status.OPEN;
    }
    if (atLeast) {
      return e.low() >= value ? Status.MET : e.high() < value ? Status.MISSED : Status.OPEN;
    }
    return e.high() <= value ? Status.MET : e.low() > value ? Status.MISSED : Status.OPEN;
  }

  /** Whether {@code a} is a better mean than {@code b} for this target. */
  boolean better(double a, double b) {
    return atLeast ? a > b : a < b;
  }

  @Override
  public String toString() {
    return kpi.key() + (atLeast ? ">=" : "<=") + String.format(Locale.ROOT, "%s", trim(value));
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
