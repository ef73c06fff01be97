// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;

/**
 * A back-test: every measure over every slice (all calls, each priority, each block of hours, each
 * jurisdiction with a call) simulated against recorded, and the units busy by hour, each line with
 * its verdict under the tolerances. docs/MODEL.md §9 explains the rules.
 *
 * @param lineAlpha the significance level of one line: {@code alpha} over the lines with enough
 *     samples
 * @param days the days the busy hours are averaged over (the run's)
 */
public record Comparison(
    Pairing pairing,
    Tolerances tolerances,
    double lineAlpha,
    int days,
    List<CompareLine> lines,
    List<BusyLine> busy) {

  public Comparison {
    lines = List.copyOf(lines);
    busy = List.copyOf(busy);
  }

  /** Compares the paired calls under the tolerances; {@code days}: the days the run simulated. */
  public static Comparison of(Pairing pairing, Tolerances tol, int days) {
    List<CompareLine> measured = new ArrayList<>();
    for (Measure m : Measure.values()) {
      for (Slice s : slices(pairing.calls())) {
        measured.add(CompareLine.measured(m, s, samples(pairing.calls(), m, s), tol));
      }
    }
    long tested = measured.stream().filter(l -> l.enough(tol)).count();
    double lineAlpha = tol.alpha() / Math.max(1, tested);
    List<CompareLine> lines = measured.stream().map(l -> l.judged(tol, lineAlpha)).toList();
    List<BusyLine> busy = new ArrayList<>();
    busy.add(
        BusyLine.of(
            null,
            pairing.simulatedBusy().meanBusy(0, 24, days),
            pairing.recordedBusy().meanBusy(0, 24, days),
            unitTime(lines, new Slice.All()),
            tol));
    for (HourBlock b : HourBlock.values()) {
      int to = b.fromHour() + HourBlock.HOURS;
      busy.add(
          BusyLine.of(
              b,
              pairing.simulatedBusy().meanBusy(b.fromHour(), to, days),
              pairing.recordedBusy().meanBusy(b.fromHour(), to, days),
              unitTime(lines, new Slice.OfHours(b)),
              tol));
    }
    return new Comparison(pairing, tol, lineAlpha, days, lines, busy);
  }

  /** All, each priority, each block of hours, then each jurisdiction with a call (by id). */
  static List<Slice> slices(List<PairedCall> calls) {
    List<Slice> s = new ArrayList<>();
    s.add(new Slice.All());
    for (Priority p : Priority.values()) {
      s.add(new Slice.OfPriority(p));
    }
    for (HourBlock b : HourBlock.values()) {
      s.add(new Slice.OfHours(b));
    }
    TreeSet<StationId> stations = new TreeSet<>();
    calls.forEach(c -> stations.add(c.jurisdiction()));
    stations.forEach(st -> s.add(new Slice.OfJurisdiction(st)));
    return s;
  }

  static TwoSamples samples(List<PairedCall> calls, Measure m, Slice s) {
    List<PairedCall> in = calls.stream().filter(s::holds).toList();
    return TwoSamples.of(
        in.stream()
            .map(c -> c.simulated(m))
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .toArray(),
        in.stream()
            .map(c -> c.recorded(m))
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .toArray());
  }

  private static CompareLine unitTime(List<CompareLine> lines, Slice slice) {
    return lines.stream()
        .filter(l -> l.measure() == Measure.UNIT_TIME && l.slice().equals(slice))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The lines that failed, measures then busy, as {@code measure slice} (e.g. {@code onScene all}).
   */
  public List<String> failures() {
    List<String> f = new ArrayList<>();
    lines.stream()
        .filter(l -> l.verdict() == Verdict.FAIL)
        .forEach(l -> f.add(l.measure().key() + " " + l.slice().key()));
    busy.stream()
        .filter(b -> b.verdict() == Verdict.FAIL)
        .forEach(b -> f.add("unitsBusy " + b.sliceKey()));
    return f;
  }

  /** The line of a measure and slice. */
  public CompareLine line(Measure m, Slice s) {
    return lines.stream()
        .filter(l -> l.measure() == m && l.slice().equals(s))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line " + m + " " + s));
  }

  /** How many lines (measures and busy) have each verdict. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> c = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      c.put(
          v,
          (int)
              (lines.stream().filter(l -> l.verdict() == v).count()
                  + busy.stream().filter(b -> b.verdict() == v).count()));
    }
    return c;
  }

  /** The whole verdict: FAIL when a line failed, else PASS. */
  public Verdict verdict() {
    return failures().isEmpty() ? Verdict.PASS : Verdict.FAIL;
  }

  /** compare.json's content, given what is known of the records and the run. */
  public Map<String, Object> toJson(Map<String, Object> about) {
    Map<String, Object> m = new LinkedHashMap<>(Objects.requireNonNull(about));
    m.put("verdict", verdict().key());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts().forEach((v, n) -> counts.put(v.key(), n));
    m.put("lineCounts", counts);
    m.put("failures", failures());
    m.put("pairing", pairing.toJson());
    m.put("tolerances", tolerances.toJson());
    m.put("lineAlpha", Json.significant(lineAlpha));
    m.put("lines", lines.stream().map(CompareLine::toJson).toList());
    m.put("unitsBusy", busy.stream().map(BusyLine::toJson).toList());
    Map<String, Object> byHour = new LinkedHashMap<>();
    List<Double> sim = new ArrayList<>();
    List<Double> rec = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      sim.add(Json.round(pairing.simulatedBusy().meanBusy(h, days), 3));
      rec.add(Json.round(pairing.recordedBusy().meanBusy(h, days), 3));
    }
    byHour.put("simulated", sim);
    byHour.put("recorded", rec);
    m.put("unitsBusyByHour", byHour);
    return m;
  }
}
