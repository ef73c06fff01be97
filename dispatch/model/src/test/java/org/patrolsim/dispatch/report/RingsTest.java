// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.dispatch.unit.UnitId;

/** The 1-3-5 minute rings count from the first dispatch order, on timelines with known times. */
class RingsTest {
  static final long S = 1000;
  static final StationId A = new StationId("A");
  static final CarId CAR = new CarId(1);
  static final TeamId TEAM = new TeamId(A, 1);

  /**
   * A call at {@code call}, first dispatched at {@code dispatch}, first unit on scene and all units
   * on scene.
   */
  static IncidentTimeline timeline(
      long id, long call, long dispatch, long firstArrival, long covered, UnitId backup) {
    return new IncidentTimeline(
        id,
        call,
        0,
        0,
        "dispute",
        Priority.NORMAL,
        A,
        true,
        dispatch,
        CAR,
        0,
        0,
        dispatch,
        dispatch,
        CAR,
        backup,
        firstArrival,
        covered,
        covered < 0 ? -1 : covered + 600 * S,
        covered < 0 ? null : Disposal.STREET,
        covered < 0 ? null : CAR,
        null,
        0,
        covered < 0 ? DispatchEvent.OpenState.WAITING : null,
        0,
        null);
  }

  @Test
  void theRingsGiveTheHandCountedShares() {
    // call handling of 50 to 120 s before each dispatch: the rings do not count it
    List<IncidentTimeline> timelines =
        List.of(
            timeline(
                1, 0, 50 * S, 110 * S, 110 * S,
                null), // on scene 60 s after dispatch: rings 1, 3, 5
            timeline(2, 0, 120 * S, 181 * S, 181 * S, null), // 61 s: rings 3 and 5
            timeline(3, 0, 90 * S, 270 * S, 270 * S, null), // 180 s: rings 3 and 5
            timeline(4, 0, 60 * S, 241 * S, 360 * S, TEAM), // 181 s, backup at 300 s: ring 5 only
            timeline(5, 0, 60 * S, 100 * S, 361 * S, TEAM), // 40 s, backup at 301 s: rings 1 and 3
            timeline(6, 0, 60 * S, 400 * S, 400 * S, null), // 340 s: none
            timeline(7, 0, -1, -1, -1, null), // never dispatched: none
            timeline(8, 0, 70 * S, -1, -1, null)); // dispatched, never reached: none
    KpiTally tally =
        new KpiTally(
            new DispatchEvent.RunStarted(0, 1, 1, 1, List.of(A), 300, 300, 86_400_000L, 0.7));
    timelines.forEach(tally::timeline);
    // ring 1: calls 1 and 5; ring 3: 1, 2, 3 and 5; ring 5: 1, 2, 3 and 4 (of 8 calls)
    assertThat(tally.withinRing).containsExactly(2, 4, 4);
    assertThat(tally.calls).isEqualTo(8);
  }
}
