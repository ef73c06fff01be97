// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's short table of a calibration: each fitted value with its n and goodness, then what
 * was not fitted.
 */
public final class CalibrationTable {
  private CalibrationTable() {}

  public static String of(Calibration c, Map<String, String> notes) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "  fitted on %s to %s (%.3g days, %d calls)%s%n",
            c.window().start(),
            c.window().end(),
            c.window().days(),
            c.calls(),
            c.holdoutFrom() == null
                ? ""
                : "; held out from " + c.holdoutFrom() + ": " + c.heldOut() + " calls"));
    for (Fit f : c.fits()) {
      String g = Double.isNaN(f.goodness().value()) ? "-" : fmt(f.goodness().value());
      String note =
          notes.containsKey(f.name()) && notes.get(f.name()).startsWith("not")
              ? "  (not written)"
              : "";
      b.append(
          String.format(
              Locale.ROOT,
              "  %-28s %-44s n=%-6d %s %s%s%n",
              f.name(),
              text(f.value()),
              f.n(),
              f.goodness().measure(),
              g,
              note));
    }
    for (NotFitted n : c.notFitted()) {
      b.append(String.format(Locale.ROOT, "  %-28s not fitted: %s%n", n.name(), n.why()));
    }
    return b.toString();
  }

  private static String text(Object value) {
    if (value instanceof List<?> l) {
      double min = l.stream().mapToDouble(x -> ((Number) x).doubleValue()).min().orElse(0);
      double max = l.stream().mapToDouble(x -> ((Number) x).doubleValue()).max().orElse(0);
      return l.size() + " hourly weights, " + fmt(min) + " to " + fmt(max);
    }
    if (value instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder();
      m.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append(' ').append(v));
      return b.toString();
    }
    return String.valueOf(value);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
