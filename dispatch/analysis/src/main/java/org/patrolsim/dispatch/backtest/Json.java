// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for compare.json: rounded so the file reads well and stays byte-identical; NaN and
 * infinity as null.
 */
final class Json {
  private Json() {}

  /** {@code v} to {@code places} decimals, or null when not finite. */
  static Double round(double v, int places) {
    if (!Double.isFinite(v)) {
      return null;
    }
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code v} to 4 significant digits (p-values go far below 0.0001), or null when not finite. */
  static Double significant(double v) {
    if (!Double.isFinite(v)) {
      return null;
    }
    return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).doubleValue();
  }
}
