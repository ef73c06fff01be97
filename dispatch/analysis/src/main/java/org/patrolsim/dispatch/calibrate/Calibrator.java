// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.Span;

/**
 * Runs every fit on a force's records, in a fixed order: arrivals, the mix, call handling, turnout,
 * time on scene, self-initiated work, travel. With a hold-out, the last days are left for the
 * back-test and only the calls before them are fitted.
 */
public final class Calibrator {
  /** What the travel fit needs and these records lack. */
  static final String NO_UNIT_POSITION =
      "the records give no unit position at dispatch, so the"
          + " routed drive a recorded drive would be compared with cannot be computed";

  private Calibrator() {}

  /**
   * Fits the plan's inputs to {@code calls} (at least one).
   *
   * @param holdoutDays the last days to leave out of the fits (0: none); fewer than the records'
   *     days
   * @param planCarHoursPerDay the base plan's patrol car-hours on duty a day (for the
   *     self-initiated rate)
   */
  public static Calibration calibrate(
      List<RecordedCall> calls, int holdoutDays, double planCarHoursPerDay) {
    return calibrate(calls, Window.of(calls), holdoutDays, planCarHoursPerDay, Routes.NONE);
  }

  /**
   * Fits the plan's inputs to {@code calls} over {@code all} (the records' window), travel too
   * where {@code routes} knows the first units' positions; the hold-out is the window's last days.
   */
  public static Calibration calibrate(
      List<RecordedCall> calls,
      Window all,
      int holdoutDays,
      double planCarHoursPerDay,
      Routes routes) {
    if (holdoutDays < 0 || holdoutDays >= all.days()) {
      throw new IllegalArgumentException(
          "hold-out of " + holdoutDays + " days in " + all.days() + " day(s)");
    }
    LocalDateTime cut = holdoutDays == 0 ? null : all.end().minusDays(holdoutDays);
    List<RecordedCall> fitted =
        cut == null ? calls : calls.stream().filter(c -> c.received().isBefore(cut)).toList();
    Window window = cut == null ? all : new Window(all.start(), cut);
    Findings findings = new Findings();
    ArrivalFit.fit(fitted, window).forEach(findings::add);
    MixFit.fit(fitted).forEach(findings::add);
    HandlingFit.fit(fitted, findings);
    TurnoutFit.fit(fitted, findings);
    OnSceneFit.fit(fitted, findings);
    SelfInitiatedFit.fit(fitted, window, planCarHoursPerDay, findings);
    travel(fitted, routes, findings);
    return new Calibration(
        window,
        fitted.size(),
        cut,
        calls.size() - fitted.size(),
        findings.fits,
        findings.notFitted);
  }

  /**
   * The first units' recorded drives beside their routed times, fitted where any call has a
   * position.
   */
  private static void travel(List<RecordedCall> calls, Routes routes, Findings findings) {
    Map<String, Integer> leftOut = new LinkedHashMap<>();
    List<Drive> drives = new ArrayList<>();
    for (RecordedCall c : calls) {
      Optional<Duration> drive = c.span(Span.DRIVE);
      if (c.selfInitiated()) {
        leftOut.merge("selfInitiated", 1, Integer::sum);
        continue;
      }
      if (drive.isEmpty()) {
        leftOut.merge("noDriveTimes", 1, Integer::sum);
        continue;
      }
      OptionalDouble routed = routes.seconds(c);
      if (routed.isEmpty()) {
        leftOut.merge("noUnitPosition", 1, Integer::sum);
        continue;
      }
      var start =
          c.firstUnit().map(u -> u.enRoute() != null ? u.enRoute() : u.dispatched()).orElseThrow();
      drives.add(
          new Drive(
              c.priority(),
              start.getHour(),
              drive.get().toMillis() / 1000.0,
              routed.getAsDouble()));
    }
    if (drives.isEmpty()) {
      findings.add(
          new NotFitted("travel", TravelFit.SPEED + ", " + TravelFit.CONGESTION, NO_UNIT_POSITION));
      return;
    }
    TravelFit.fit(drives, leftOut, findings);
  }
}
