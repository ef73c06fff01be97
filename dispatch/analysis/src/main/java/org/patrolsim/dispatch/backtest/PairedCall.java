// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;

/**
 * One recorded call and its replay: what slices it (the recorded priority, the block of its hour,
 * the plan's jurisdiction of its place) and each measure on both sides, in seconds, where it
 * exists.
 *
 * @param simulated the measures of the simulated incident (absent: it did not happen, e.g. no
 *     arrival)
 * @param recorded the measures of the recorded call (absent: a time not recorded or left out)
 */
public record PairedCall(
    Priority priority,
    HourBlock block,
    StationId jurisdiction,
    Map<Measure, Double> simulated,
    Map<Measure, Double> recorded) {

  public PairedCall {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    simulated = copy(simulated);
    recorded = copy(recorded);
  }

  private static Map<Measure, Double> copy(Map<Measure, Double> m) {
    return m.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(m));
  }

  /** The simulated value of a measure, if any. */
  public OptionalDouble simulated(Measure m) {
    Double v = simulated.get(m);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The recorded value of a measure, if any. */
  public OptionalDouble recorded(Measure m) {
    Double v = recorded.get(m);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
