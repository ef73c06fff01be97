// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.LocalDateTime;
import java.util.List;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;
import org.patrolsim.geo.LatLon;

/** Hand-made recorded calls for the fits' tests: one unit, times in seconds after the call. */
final class Calls {
  static final LocalDateTime MONDAY = LocalDateTime.of(2024, 5, 6, 0, 0);
  private static int line = 1;

  private Calls() {}

  /** A caller call of {@code type} without units. */
  static RecordedCall call(LocalDateTime at, String type, Priority priority) {
    return new RecordedCall(
        "C" + line, line++, at, new LatLon(43.74, 7.42), type, type, priority, false, List.of());
  }

  /**
   * A call whose one unit is dispatched, en route, on scene and cleared at these seconds after it
   * (null: none).
   */
  static RecordedCall call(
      LocalDateTime at,
      String type,
      Priority priority,
      boolean self,
      Long dispatch,
      Long enRoute,
      Long onScene,
      Long cleared) {
    UnitVisit u =
        new UnitVisit(
            "car-" + line,
            plus(at, dispatch),
            plus(at, enRoute),
            plus(at, onScene),
            plus(at, cleared));
    return new RecordedCall(
        "C" + line, line++, at, new LatLon(43.74, 7.42), type, type, priority, self, List.of(u));
  }

  static RecordedCall withUnits(RecordedCall c, List<UnitVisit> units) {
    return new RecordedCall(
        c.callId(),
        c.line(),
        c.received(),
        c.point(),
        c.category(),
        c.type(),
        c.priority(),
        c.selfInitiated(),
        units);
  }

  private static LocalDateTime plus(LocalDateTime at, Long seconds) {
    return seconds == null ? null : at.plusSeconds(seconds);
  }
}
