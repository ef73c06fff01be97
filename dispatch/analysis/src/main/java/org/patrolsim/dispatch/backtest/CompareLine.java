// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measure over one slice of the calls, simulated against recorded, with its verdict.
 *
 * @param exceeded the tolerances the line is outside of ({@code median}, {@code p90}, {@code ksD}),
 *     whatever its verdict
 * @param significant whether the KS p-value is below the per-line level ({@code alpha} over the
 *     lines tested)
 */
public record CompareLine(
    Measure measure,
    Slice slice,
    int simulatedCount,
    int recordedCount,
    double simulatedMedian,
    double recordedMedian,
    double simulatedP90,
    double recordedP90,
    double ksD,
    double ksP,
    double wasserstein,
    List<String> exceeded,
    boolean significant,
    Verdict verdict) {

  public CompareLine {
    exceeded = List.copyOf(exceeded);
  }

  /** A line's statistics, not yet judged: {@link #judged} gives the verdict. */
  static CompareLine measured(Measure measure, Slice slice, TwoSamples t, Tolerances tol) {
    double simMedian = t.simulatedQuantile(0.5);
    double recMedian = t.recordedQuantile(0.5);
    double simP90 = t.simulatedQuantile(0.9);
    double recP90 = t.recordedQuantile(0.9);
    double d = t.ksD();
    List<String> exceeded = new ArrayList<>();
    if (t.simulatedCount() > 0 && t.recordedCount() > 0) {
      if (relative(simMedian, recMedian) > tol.medianRelative()) {
        exceeded.add("median");
      }
      if (relative(simP90, recP90) > tol.p90Relative()) {
        exceeded.add("p90");
      }
      if (d > tol.ksD()) {
        exceeded.add("ksD");
      }
    }
    return new CompareLine(
        measure,
        slice,
        t.simulatedCount(),
        t.recordedCount(),
        simMedian,
        recMedian,
        simP90,
        recP90,
        d,
        t.ksP(),
        t.wasserstein(),
        exceeded,
        false,
        null);
  }

  /** Whether the line has enough values on both sides for a verdict. */
  boolean enough(Tolerances tol) {
    return simulatedCount >= tol.minSamples() && recordedCount >= tol.minSamples();
  }

  /** The line with its verdict, given the per-line significance level. */
  CompareLine judged(Tolerances tol, double lineAlpha) {
    boolean sig = ksP < lineAlpha;
    Verdict v =
        !enough(tol) ? Verdict.TOO_FEW : !exceeded.isEmpty() && sig ? Verdict.FAIL : Verdict.PASS;
    return new CompareLine(
        measure,
        slice,
        simulatedCount,
        recordedCount,
        simulatedMedian,
        recordedMedian,
        simulatedP90,
        recordedP90,
        ksD,
        ksP,
        wasserstein,
        exceeded,
        sig,
        v);
  }

  /** |sim - rec| / rec; 0 when both are 0, infinite when only the recorded is. */
  static double relative(double sim, double rec) {
    if (rec == 0) {
      return sim == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return Math.abs(sim - rec) / Math.abs(rec);
  }

  /** The signed relative difference (sim - rec) / rec, NaN when undefined. */
  static double signedRelative(double sim, double rec) {
    return rec == 0 ? Double.NaN : (sim - rec) / rec;
  }

  /** For compare.json: seconds and shares rounded, NaN as null. */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measure", measure.key());
    m.put("slice", slice.key());
    m.put("verdict", verdict.key());
    m.put("exceeded", exceeded);
    m.put("significant", significant);
    m.put("n", pair(simulatedCount, recordedCount));
    m.put("medianSeconds", stat(simulatedMedian, recordedMedian));
    m.put("p90Seconds", stat(simulatedP90, recordedP90));
    m.put("ksD", Json.round(ksD, 4));
    m.put("ksP", Json.significant(ksP));
    m.put("wassersteinSeconds", Json.round(wasserstein, 1));
    return m;
  }

  private static Map<String, Object> pair(Object sim, Object rec) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("simulated", sim);
    m.put("recorded", rec);
    return m;
  }

  private static Map<String, Object> stat(double sim, double rec) {
    Map<String, Object> m = pair(Json.round(sim, 1), Json.round(rec, 1));
    m.put("relativeDifference", Json.round(signedRelative(sim, rec), 4));
    return m;
  }
}
