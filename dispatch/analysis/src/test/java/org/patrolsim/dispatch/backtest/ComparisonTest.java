// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;

/**
 * The verdict rules on hand-made calls: too few, within chance, beyond a tolerance and beyond
 * chance.
 */
class ComparisonTest {
  static final StationId NORTH = new StationId("north");
  static final StationId SOUTH = new StationId("south");

  /**
   * n calls with on-scene times rec = 60 (k + 1) s and sim = factor x rec, the others alike on both
   * sides.
   */
  static List<PairedCall> calls(int n, double factor, Priority priority, StationId station) {
    List<PairedCall> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double rec = 60.0 * (k + 1);
      out.add(
          new PairedCall(
              priority,
              HourBlock.of(k % 24),
              station,
              Map.of(Measure.ON_SCENE, factor * rec, Measure.DRIVE, 100.0 + k),
              Map.of(Measure.ON_SCENE, rec, Measure.DRIVE, 100.0 + k)));
    }
    return out;
  }

  static Comparison compare(List<PairedCall> calls) {
    Pairing p = new Pairing(calls, new BusyByHour(), new BusyByHour(), 0, 0, 0, 0);
    return Comparison.of(p, Tolerances.DEFAULTS, 1);
  }

  @Test
  void identicalSamplesPass() {
    Comparison c = compare(calls(200, 1.0, Priority.NORMAL, NORTH));
    CompareLine all = c.line(Measure.ON_SCENE, new Slice.All());
    assertThat(all.verdict()).isEqualTo(Verdict.PASS);
    assertThat(all.exceeded()).isEmpty();
    assertThat(all.ksD()).isZero();
    assertThat(c.failures()).isEmpty();
  }

  /**
   * Doubled on scene, 200 calls: the recorded median is the 100th value, 6,000 s, the simulated
   * 12,000 s (+100 %); D = 0.5 (at 12,000 s half the simulated and all the recorded are below), far
   * beyond chance.
   */
  @Test
  void aDoubledMeasureFailsNamingItsLine() {
    Comparison c = compare(calls(200, 2.0, Priority.NORMAL, NORTH));
    CompareLine all = c.line(Measure.ON_SCENE, new Slice.All());
    assertThat(all.recordedMedian()).isEqualTo(6000.0);
    assertThat(all.simulatedMedian()).isEqualTo(12000.0);
    assertThat(all.ksD()).isCloseTo(0.5, within(1e-12));
    assertThat(all.exceeded()).containsExactly("median", "p90", "ksD");
    assertThat(all.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.failures())
        .contains("onScene all", "onScene priority=normal", "onScene jurisdiction=north");
    assertThat(c.failures()).noneMatch(f -> f.startsWith("drive"));
    assertThat(c.line(Measure.DRIVE, new Slice.All()).verdict()).isEqualTo(Verdict.PASS);
  }

  /**
   * 30 calls, sim = 1.2 x rec: beyond every tolerance (D = 5/30: at 1,800 s every recorded value
   * and 25 of the simulated are below), but with 30 a side a D of 0.167 is what chance gives (p
   * about 0.8).
   */
  @Test
  void aDifferenceChanceExplainsPasses() {
    Comparison c = compare(calls(30, 1.2, Priority.NORMAL, NORTH));
    CompareLine all = c.line(Measure.ON_SCENE, new Slice.All());
    assertThat(all.ksD()).isCloseTo(5.0 / 30, within(1e-12));
    assertThat(all.exceeded()).contains("median", "ksD");
    assertThat(all.significant()).isFalse();
    assertThat(all.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void tooFewSamplesNeverFail() {
    Comparison c = compare(calls(29, 3.0, Priority.NORMAL, NORTH));
    CompareLine all = c.line(Measure.ON_SCENE, new Slice.All());
    assertThat(all.exceeded()).isNotEmpty();
    assertThat(all.verdict()).isEqualTo(Verdict.TOO_FEW);
    assertThat(c.verdict()).isEqualTo(Verdict.PASS);
  }

  /** The slices hold their calls only; the urgent south calls fail, the normal north ones pass. */
  @Test
  void slicesSeparateTheCalls() {
    List<PairedCall> calls = new ArrayList<>(calls(200, 1.0, Priority.NORMAL, NORTH));
    calls.addAll(calls(200, 2.0, Priority.URGENT, SOUTH));
    Comparison c = compare(calls);
    assertThat(c.line(Measure.ON_SCENE, new Slice.OfPriority(Priority.URGENT)).verdict())
        .isEqualTo(Verdict.FAIL);
    assertThat(c.line(Measure.ON_SCENE, new Slice.OfPriority(Priority.NORMAL)).verdict())
        .isEqualTo(Verdict.PASS);
    assertThat(c.line(Measure.ON_SCENE, new Slice.OfJurisdiction(NORTH)).verdict())
        .isEqualTo(Verdict.PASS);
    assertThat(c.line(Measure.ON_SCENE, new Slice.OfJurisdiction(SOUTH)).recordedCount())
        .isEqualTo(200);
    assertThat(c.line(Measure.ON_SCENE, new Slice.OfPriority(Priority.LOW)).verdict())
        .isEqualTo(Verdict.TOO_FEW);
  }

  /**
   * Bonferroni: the level of one line is alpha over the lines with enough samples on both sides.
   */
  @Test
  void theLineLevelIsAlphaOverTheLinesTested() {
    Comparison c = compare(calls(200, 1.0, Priority.NORMAL, NORTH));
    long tested = c.lines().stream().filter(l -> l.verdict() != Verdict.TOO_FEW).count();
    // on scene and drive, each: all, normal, 4 hour blocks (50 calls each), north = 7 lines
    assertThat(tested).isEqualTo(14);
    assertThat(c.lineAlpha()).isCloseTo(0.01 / 14, within(1e-15));
  }

  @Test
  void busyLinesFailOnlyBeyondTheirToleranceAndChance() {
    List<PairedCall> calls = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      calls.add(
          new PairedCall(
              Priority.NORMAL,
              HourBlock.NIGHT,
              NORTH,
              Map.of(Measure.UNIT_TIME, 3600.0 + 60 * k),
              Map.of(Measure.UNIT_TIME, 1800.0 + 30 * k)));
    }
    BusyByHour sim = new BusyByHour();
    BusyByHour rec = new BusyByHour();
    sim.add(0, 6 * BusyByHour.HOUR_MS); // one unit busy 00-06
    rec.add(0, 3 * BusyByHour.HOUR_MS); // one unit busy 00-03
    Comparison c = Comparison.of(new Pairing(calls, rec, sim, 0, 0, 0, 0), Tolerances.DEFAULTS, 1);
    BusyLine night = c.busy().get(1);
    assertThat(night.block()).isEqualTo(HourBlock.NIGHT);
    assertThat(night.simulated()).isCloseTo(1.0, within(1e-12));
    assertThat(night.recorded()).isCloseTo(0.5, within(1e-12));
    assertThat(night.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(c.busy().get(2).verdict()).isEqualTo(Verdict.TOO_FEW);
    assertThat(c.failures()).contains("unitsBusy hours=00-06", "unitTime all");
  }

  @Test
  void busyByHourSplitsAStretchOverTheHoursAndDays() {
    BusyByHour b = new BusyByHour();
    long h = BusyByHour.HOUR_MS;
    b.add(23 * h + h / 2, 25 * h); // 23:30 to 01:00 next day
    assertThat(b.meanBusy(23, 1)).isCloseTo(0.5, within(1e-12));
    assertThat(b.meanBusy(0, 1)).isCloseTo(1.0, within(1e-12));
    assertThat(b.meanBusy(0, 2)).isCloseTo(0.5, within(1e-12));
    assertThat(b.meanBusy(0, 24, 1)).isCloseTo(1.5 / 24, within(1e-12));
  }
}
