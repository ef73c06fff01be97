// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * The recorded calls paired with their replays, both measured ({@link CallMeasures}). The replay
 * numbers its calls by time (ties by line), as the records order theirs, but either side may leave
 * a row out (the replay a place off the map or a call after the last day; the records a row they
 * cannot read), so a call is paired by its time since the first day's midnight and its place, not
 * by its number. Calls found on one side only are counted, never compared; the busy hours hold the
 * paired calls only. Calls officers started themselves are not replayed ({@link ReplayOfRecords})
 * and are counted apart.
 *
 * @param calls the paired calls, in the records' order
 * @param recordedBusy the recorded units' busy time by hour
 * @param simulatedBusy the simulated units' busy time by hour
 * @param selfInitiated recorded calls officers started themselves: not replayed, not compared
 * @param notReplayed recorded calls with no simulated incident at their time and place
 * @param simulatedWithoutRecord simulated incidents paired with no recorded call
 * @param recordedVisitsWithoutTimes recorded unit visits without a dispatch or a clear time (left
 *     out of the unit time and the busy hours)
 */
public record Pairing(
    List<PairedCall> calls,
    BusyByHour recordedBusy,
    BusyByHour simulatedBusy,
    int selfInitiated,
    int notReplayed,
    int simulatedWithoutRecord,
    int recordedVisitsWithoutTimes) {

  /** Coordinates closer than this (degrees, about 1 cm) are one place. */
  private static final double SAME_PLACE = 1e-7;

  public Pairing {
    calls = List.copyOf(calls);
  }

  /** Pairs the records with the run that replayed them from midnight of {@code firstDay}. */
  public static Pairing of(CadRecords records, LocalDate firstDay, SimulatedRun run) {
    Map<Long, List<SimulatedRun.Incident>> byTime = new HashMap<>();
    run.incidents()
        .values()
        .forEach(i -> byTime.computeIfAbsent(i.timeline().callMs(), k -> new ArrayList<>()).add(i));
    Set<Long> used = new HashSet<>();
    LocalDateTime zero = firstDay.atStartOfDay();
    LocalDateTime simZero = SimulatedRun.zero();
    BusyByHour recordedBusy = new BusyByHour();
    BusyByHour simulatedBusy = new BusyByHour();
    List<PairedCall> calls = new ArrayList<>();
    int selfInitiated = 0;
    int notReplayed = 0;
    int withoutTimes = 0;
    for (RecordedCall c : records.calls()) {
      if (c.selfInitiated()) {
        selfInitiated++;
        continue;
      }
      long ms = Duration.between(zero, c.received()).toMillis();
      SimulatedRun.Incident sim = find(byTime.getOrDefault(ms, List.of()), c, used);
      if (sim == null) {
        notReplayed++;
        continue;
      }
      used.add(sim.timeline().id());
      CallMeasures recorded = CallMeasures.of(c, zero, recordedBusy);
      CallMeasures simulated = CallMeasures.of(sim.call(), simZero, simulatedBusy);
      withoutTimes += recorded.visitsWithoutTimes();
      int hour = (int) Math.floorMod(Math.floorDiv(ms, BusyByHour.HOUR_MS), 24L);
      calls.add(
          new PairedCall(
              c.priority(),
              HourBlock.of(hour),
              sim.timeline().station(),
              simulated.values(),
              recorded.values()));
    }
    return new Pairing(
        calls,
        recordedBusy,
        simulatedBusy,
        selfInitiated,
        notReplayed,
        run.incidents().size() - used.size(),
        withoutTimes);
  }

  private static SimulatedRun.Incident find(
      List<SimulatedRun.Incident> atTime, RecordedCall c, Set<Long> used) {
    for (SimulatedRun.Incident i : atTime) {
      if (!used.contains(i.timeline().id())
          && Math.abs(i.timeline().lat() - c.point().lat()) < SAME_PLACE
          && Math.abs(i.timeline().lon() - c.point().lon()) < SAME_PLACE) {
        return i;
      }
    }
    return null;
  }

  /** For compare.json: how the records and the run were paired. */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("paired", calls.size());
    m.put("recordedSelfInitiated", selfInitiated);
    m.put("recordedNotReplayed", notReplayed);
    m.put("simulatedWithoutRecord", simulatedWithoutRecord);
    m.put("recordedUnitVisitsWithoutTimes", recordedVisitsWithoutTimes);
    return m;
  }
}
