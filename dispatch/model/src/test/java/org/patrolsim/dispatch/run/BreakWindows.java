// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import java.util.HashMap;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * Whether station call-outs bunch at breaks: the minutes of the call period in which more patrol
 * cars are off the street for meals and hand-overs than on average ("break peaks"), the share of
 * the period they take, and the share of the call-outs sent in them. Without bunching the two
 * shares are alike.
 */
record BreakWindows(double shareOfTime, double shareOfCallOuts, long callOuts) {
  static final long MIN = 60_000;

  static BreakWindows of(RecordedRun report) {
    int minutes = (int) (report.run().callHorizonMs() / MIN);
    int[] off = new int[minutes];
    Map<UnitId, DispatchEvent.UnitChanged> last = new HashMap<>();
    for (DispatchEvent e : report.events()) {
      if (e instanceof DispatchEvent.UnitChanged u && u.unit().isPatrolCar()) {
        DispatchEvent.UnitChanged before = last.put(u.unit(), u);
        if (before != null) {
          mark(off, before, u.timeMs());
        }
      }
    }
    last.values().forEach(u -> mark(off, u, report.run().callHorizonMs()));
    double mean = java.util.Arrays.stream(off).average().orElse(0);
    boolean[] peak = new boolean[minutes];
    int peakMinutes = 0;
    for (int m = 0; m < minutes; m++) {
      peak[m] = off[m] > mean;
      peakMinutes += peak[m] ? 1 : 0;
    }
    long callOuts = 0;
    long inPeaks = 0;
    for (DispatchEvent.Decided d : report.decisions()) {
      if (d.action() == Action.STATION && d.timeMs() < report.run().callHorizonMs()) {
        callOuts++;
        inPeaks += peak[(int) (d.timeMs() / MIN)] ? 1 : 0;
      }
    }
    return new BreakWindows(
        peakMinutes / (double) minutes, callOuts == 0 ? 0 : inPeaks / (double) callOuts, callOuts);
  }

  private static void mark(int[] off, DispatchEvent.UnitChanged from, long toMs) {
    if (from.state() != UnitState.MEAL_BREAK && from.state() != UnitState.HANDOVER) {
      return;
    }
    int a = (int) Math.min(off.length, from.timeMs() / MIN);
    int b = (int) Math.min(off.length, (toMs + MIN - 1) / MIN);
    for (int m = a; m < b; m++) {
      off[m]++;
    }
  }
}
