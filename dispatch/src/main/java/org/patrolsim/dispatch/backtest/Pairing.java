// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;

/**
 * The recorded calls paired with their replays. The replay numbers its calls by time (ties by line),
 * as the records order theirs, but either side may leave a row out (the replay a place off the map or a
 * call after the last day; the records a row they cannot read), so a call is paired by its time since
 * the first day's midnight and its place, not by its number. Calls found on one side only are counted,
 * never compared.
 *
 * @param calls the paired calls, in the records' order
 * @param recordedBusy the recorded units' busy time by hour, of the paired calls
 * @param simulatedBusy the simulated units' busy time by hour
 * @param notReplayed recorded calls with no simulated incident at their time and place
 * @param simulatedWithoutRecord simulated incidents paired with no recorded call
 * @param visitsWithoutTimes recorded unit visits without a dispatch or a clear time (left out of the unit
 *     time and the busy hours)
 */
public record Pairing(List<PairedCall> calls, BusyByHour recordedBusy, BusyByHour simulatedBusy, int notReplayed,
    int simulatedWithoutRecord, int visitsWithoutTimes) {

  /** Coordinates closer than this (degrees, about 1 cm) are one place. */
  private static final double SAME_PLACE = 1e-7;

  public Pairing {
    calls = List.copyOf(calls);
  }

  /** Pairs the records with the run that replayed them from midnight of {@code firstDay}. */
  public static Pairing of(CadRecords records, LocalDate firstDay, SimulatedRun run) {
    Map<Long, List<SimulatedRun.Incident>> byTime = new HashMap<>();
    run.incidents().values().forEach(i -> byTime.computeIfAbsent(i.callMs(), k -> new ArrayList<>()).add(i));
    Set<Long> used = new HashSet<>();
    LocalDateTime zero = firstDay.atStartOfDay();
    BusyByHour recordedBusy = new BusyByHour();
    List<PairedCall> calls = new ArrayList<>();
    int notReplayed = 0;
    int withoutTimes = 0;
    for (RecordedCall c : records.calls()) {
      SimulatedRun.Incident sim = find(byTime.getOrDefault(ms(zero, c.received()), List.of()), c, used);
      if (sim == null) {
        notReplayed++;
        continue;
      }
      used.add(sim.id());
      Map<Measure, Double> recorded = new EnumMap<>(Measure.class);
      for (Measure m : Measure.values()) {
        if (m.span() != null) {
          c.span(m.span()).filter(d -> !d.isNegative()).ifPresent(d -> recorded.put(m, d.toMillis() / 1000.0));
        }
      }
      withoutTimes += unitTime(c, zero, recorded, recordedBusy);
      int hour = (int) Math.floorMod(Math.floorDiv(ms(zero, c.received()), BusyByHour.HOUR_MS), 24L);
      calls.add(new PairedCall(c.priority(), HourBlock.of(hour), sim.timeline().station(), sim.measures(), recorded));
    }
    return new Pairing(calls, recordedBusy, run.busy(), notReplayed, run.incidents().size() - used.size(),
        withoutTimes);
  }

  private static SimulatedRun.Incident find(List<SimulatedRun.Incident> atTime, RecordedCall c, Set<Long> used) {
    for (SimulatedRun.Incident i : atTime) {
      if (!used.contains(i.id()) && Math.abs(i.lat() - c.point().lat()) < SAME_PLACE
          && Math.abs(i.lon() - c.point().lon()) < SAME_PLACE) {
        return i;
      }
    }
    return null;
  }

  /**
   * Adds the call's unit time (the sum of its units' dispatched to cleared) when every unit has both
   * times, and each unit's stretch to the busy hours; returns the visits without them.
   */
  private static int unitTime(RecordedCall c, LocalDateTime zero, Map<Measure, Double> recorded, BusyByHour busy) {
    long sum = 0;
    int missing = 0;
    for (UnitVisit v : c.units()) {
      if (v.dispatched() == null || v.cleared() == null || v.cleared().isBefore(v.dispatched())) {
        missing++;
        continue;
      }
      busy.add(ms(zero, v.dispatched()), ms(zero, v.cleared()));
      sum += Duration.between(v.dispatched(), v.cleared()).toMillis();
    }
    if (missing == 0 && !c.units().isEmpty()) {
      recorded.put(Measure.UNIT_TIME, sum / 1000.0);
    }
    return missing;
  }

  private static long ms(LocalDateTime zero, LocalDateTime t) {
    return Duration.between(zero, t).toMillis();
  }

  /** For compare.json: how the records and the run were paired. */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("paired", calls.size());
    m.put("recordedNotReplayed", notReplayed);
    m.put("simulatedWithoutRecord", simulatedWithoutRecord);
    m.put("unitVisitsWithoutTimes", visitsWithoutTimes);
    return m;
  }
}
