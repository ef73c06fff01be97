// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.patrolsim.dispatch.sweep.Setting;

/**
 * One model input that {@code patrolsim sensitivity} varies: the scenario field it sets, its value
 * in the bundled default scenario, the ends of the range it is varied over, and where that range
 * comes from.
 *
 * @param name what the command's {@code --inputs} and its outputs call it, e.g. {@code
 *     urgent-speed}
 * @param path the scenario field path, as {@code --set} writes it
 * @param defaultValue its value in the bundled default scenario
 * @param low the low end of its range
 * @param high the high end of its range
 * @param unit what its values measure
 * @param source the source of the range, or "policy input" / "to calibrate" and why
 */
public record ModelInput(
    String name,
    String path,
    JsonNode defaultValue,
    JsonNode low,
    JsonNode high,
    String unit,
    String source) {

  /** An end of an input's range. */
  public enum End {
    LOW,
    HIGH;

    /** The end in words: low, high. */
    public String words() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The setting that puts this input at {@code end} of its range. */
  public Setting at(End end) {
    return new Setting(path, end == End.LOW ? low : high);
  }

  /**
   * A value as a person reads it: text without quotes, a number without trailing zeros (10.0 and 10
   * are both 10), a list of numbers (hourly factors) as its range, e.g. {@code 24 hourly, x 1-2}.
   */
  public static String words(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "-";
    }
    if (value.isArray() && value.size() > 0) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (JsonNode v : value) {
        min = Math.min(min, v.asDouble());
        max = Math.max(max, v.asDouble());
      }
      return String.format(Locale.ROOT, "%d hourly, x %s-%s", value.size(), plain(min), plain(max));
    }
    return value.isNumber()
        ? value.decimalValue().stripTrailingZeros().toPlainString()
        : new Setting("", value).valueText();
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
