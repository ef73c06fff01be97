// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mean units busy on calls over a block of hours (or the whole day), simulated against recorded.
 * Its samples are the unit time of the calls received in the block: it is {@link Verdict#TOO_FEW}
 * when that {@link Measure#UNIT_TIME} line is, and fails when the relative difference is beyond the
 * tolerance and that line's samples differ beyond chance.
 *
 * @param block the block, or null for the whole day
 * @param unitTime the unit time line of the same calls, which gives the samples and the test
 */
public record BusyLine(
    HourBlock block,
    double simulated,
    double recorded,
    CompareLine unitTime,
    boolean exceeded,
    Verdict verdict) {

  static BusyLine of(
      HourBlock block, double simulated, double recorded, CompareLine unitTime, Tolerances tol) {
    boolean over = CompareLine.relative(simulated, recorded) > tol.busyRelative();
    Verdict v =
        unitTime.verdict() == Verdict.TOO_FEW
            ? Verdict.TOO_FEW
            : over && unitTime.significant() ? Verdict.FAIL : Verdict.PASS;
    return new BusyLine(block, simulated, recorded, unitTime, over, v);
  }

  /** The slice's name in files and reports: {@code all} or {@code hours=06-12}. */
  public String sliceKey() {
    return block == null ? "all" : "hours=" + block.key();
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slice", sliceKey());
    m.put("verdict", verdict.key());
    m.put("exceeded", exceeded);
    m.put("significant", unitTime.significant());
    m.put("simulated", Json.round(simulated, 3));
    m.put("recorded", Json.round(recorded, 3));
    m.put("relativeDifference", Json.round(CompareLine.signedRelative(simulated, recorded), 4));
    return m;
  }
}
