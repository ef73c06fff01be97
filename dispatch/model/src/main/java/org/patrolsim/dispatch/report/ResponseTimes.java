// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import org.patrolsim.dispatch.incident.Priority;

/**
 * A run's response times per measure and priority, folded from the final timelines: the calls of
 * each priority and, for each measure, the times of the calls it happened to, in whole milliseconds
 * (so the seconds, percentiles and means come out exactly as from the timelines themselves).
 */
public final class ResponseTimes {
  /** The response times the report measures, each from the call. */
  public enum Measure {
    /** To the first unit on scene. */
    FIRST_ARRIVAL,
    /** To every needed unit on scene. */
    COVER,
    /** To the first unit sent. */
    CALL_TO_DISPATCH
  }

  private final Durations[][] times =
      new Durations[Measure.values().length][Priority.values().length];
  private final int[] calls = new int[Priority.values().length];

  ResponseTimes() {
    for (Durations[] byPriority : times) {
      for (int p = 0; p < byPriority.length; p++) {
        byPriority[p] = new Durations();
      }
    }
  }

  void add(IncidentTimeline t) {
    int p = t.priority().ordinal();
    calls[p]++;
    add(Measure.FIRST_ARRIVAL, p, t.callMs(), t.firstArrivalMs());
    add(Measure.COVER, p, t.callMs(), t.coveredMs());
    add(Measure.CALL_TO_DISPATCH, p, t.callMs(), t.firstDispatchMs());
  }

  private void add(Measure m, int p, long callMs, long atMs) {
    if (atMs >= 0) {
      times[m.ordinal()][p].add(atMs - callMs);
    }
  }

  /** Calls of priority {@code p}. */
  int calls(Priority p) {
    return calls[p.ordinal()];
  }

  /**
   * The seconds from the call of every call of priority {@code p} that measure {@code m} reached,
   * sorted.
   */
  double[] sortedSeconds(Measure m, Priority p) {
    return times[m.ordinal()][p.ordinal()].sortedSeconds();
  }
}
