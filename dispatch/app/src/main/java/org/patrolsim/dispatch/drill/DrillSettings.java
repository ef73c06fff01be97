// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.sim.WallClock;

/**
 * How a drill runs: its pace at the start, the wall clock that paces it (the real one, or a
 * test's), where its log goes with what its header says, and what to do with the run's report when
 * it ends (write the usual outputs), which answers what the page is told of them.
 */
public record DrillSettings(
    double speed,
    WallClock clock,
    Path log,
    Map<String, Object> header,
    Function<RunReport, Map<String, Object>> onEnd) {

  /** The slowest and fastest pace a drill takes, in simulated seconds per wall-clock second. */
  public static final double MIN_SPEED = 0.1;

  public static final double MAX_SPEED = 3600;

  public DrillSettings {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(onEnd, "onEnd");
    header = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(header));
    checkSpeed("speed", speed);
  }

  /** Checks a pace asked for; {@code field} names it in the message. */
  public static double checkSpeed(String field, double speed) {
    if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
      throw new DrillInputError(
          field
              + ": expected a pace from "
              + MIN_SPEED
              + " to "
              + (int) MAX_SPEED
              + " (simulated seconds per second), got "
              + speed);
    }
    return speed;
  }
}
