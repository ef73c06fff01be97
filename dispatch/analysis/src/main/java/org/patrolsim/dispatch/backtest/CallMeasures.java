// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;

/**
 * The measures of one call, the same rules for the records and the run: the stages of {@link
 * RecordedCall#span} (a negative one is left out), and the unit time, the sum over its units of
 * dispatched to cleared, when every unit has both times. Each unit's stretch with both times is
 * added to the busy hours.
 *
 * @param values seconds by measure, where it exists
 * @param visitsWithoutTimes the call's unit visits without a dispatch or a clear time
 */
record CallMeasures(Map<Measure, Double> values, int visitsWithoutTimes) {

  /**
   * Measures a call; {@code zero} is the wall-clock time of the run's time 0, which places the unit
   * stretches in {@code busy}.
   */
  static CallMeasures of(RecordedCall c, LocalDateTime zero, BusyByHour busy) {
    Map<Measure, Double> values = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      if (m.span() != null) {
        c.span(m.span()).filter(d -> !d.isNegative()).ifPresent(d -> values.put(m, seconds(d)));
      }
    }
    Duration sum = Duration.ZERO;
    int missing = 0;
    for (UnitVisit v : c.units()) {
      if (v.dispatched() == null || v.cleared() == null || v.cleared().isBefore(v.dispatched())) {
        missing++;
        continue;
      }
      busy.add(
          Duration.between(zero, v.dispatched()).toMillis(),
          Duration.between(zero, v.cleared()).toMillis());
      sum = sum.plus(Duration.between(v.dispatched(), v.cleared()));
    }
    if (missing == 0 && !c.units().isEmpty()) {
      values.put(Measure.UNIT_TIME, seconds(sum));
    }
    return new CallMeasures(values, missing);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
