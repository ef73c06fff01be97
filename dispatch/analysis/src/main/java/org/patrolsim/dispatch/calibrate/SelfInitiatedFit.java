// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;

/**
 * Officers' own work ({@code fleet.selfInitiated}): the self-initiated unit visits per car-hour on
 * duty and their mean length in minutes (dispatched, or without it on scene, to cleared), with the
 * share of all unit busy time they take. The records say nothing of the hours cars were on duty:
 * the car-hours are the base plan's ({@code fleet.vehicles} around the clock plus the part-day
 * cars), stated in the method. Not fitted when the export marks no call self-initiated.
 */
final class SelfInitiatedFit {
  static final String TARGET = "fleet.selfInitiated";

  private SelfInitiatedFit() {}

  static void fit(
      List<RecordedCall> calls, Window window, double planCarHoursPerDay, Findings findings) {
    if (calls.stream().noneMatch(RecordedCall::selfInitiated)) {
      findings.add(
          new NotFitted(
              "selfInitiated",
              TARGET,
              "the records mark no call self-initiated (no self-initiated column, or none set)"));
      return;
    }
    Map<String, Integer> leftOut = new LinkedHashMap<>();
    double selfMinutes = 0;
    double allMinutes = 0;
    int visits = 0;
    for (RecordedCall c : calls) {
      for (UnitVisit u : c.units()) {
        LocalDateTime start = u.dispatched() != null ? u.dispatched() : u.onScene();
        if (start == null || u.cleared() == null || !u.cleared().isAfter(start)) {
          leftOut.merge(
              c.selfInitiated() ? "selfInitiatedVisitUntimed" : "visitUntimed", 1, Integer::sum);
          continue;
        }
        double m = Duration.between(start, u.cleared()).toMillis() / 60_000.0;
        allMinutes += m;
        if (c.selfInitiated()) {
          selfMinutes += m;
          visits++;
        }
      }
    }
    if (visits == 0) {
      findings.add(
          new NotFitted(
              "selfInitiated",
              TARGET,
              "no self-initiated call has a unit with a start and a clear time " + leftOut));
      return;
    }
    double carHours = planCarHoursPerDay * window.days();
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("perCarHour", ArrivalFit.round(visits / carHours, 4));
    value.put("minutes", ArrivalFit.round(selfMinutes / visits, 1));
    double share = selfMinutes / allMinutes;
    findings.add(
        new Fit(
            "selfInitiated",
            TARGET,
            value,
            Map.of(
                "busyTimeShare",
                ArrivalFit.round(share, 4),
                "visits",
                visits,
                "planCarHours",
                carHours),
            String.format(
                Locale.ROOT,
                "self-initiated unit visits over the base plan's %.0f car-hours (%.0f a day over %.3g"
                    + " day(s): the records do not say when cars were on duty), and their mean minutes from dispatch (or on"
                    + " scene) to cleared",
                carHours,
                planCarHoursPerDay,
                window.days()),
            visits,
            new Goodness(
                "share of unit busy time",
                ArrivalFit.round(share, 4),
                "self-initiated minutes of all recorded unit busy minutes; a rate and a mean, no distribution fitted"),
            leftOut,
            null));
  }
}
