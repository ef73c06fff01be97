// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;

/**
 * The invariants every run must satisfy, checked as the run's events are folded: each timeline when
 * it is final, the counts when the stream ends. A broken one is a bug in the model, not a user's
 * mistake, so it fails loudly with {@link IllegalStateException}:
 *
 * <ul>
 *   <li>every call is accounted for: total = street + station call-out disposals + handed over +
 *       open;
 *   <li>station call-outs (decisions to send a team) = teams that turned out at their stations;
 *   <li>every timeline is in order: call &lt;= first dispatch &lt;= first arrival &lt;= cover &lt;=
 *       clear, and the last dispatch is not before the first; a cleared incident was covered; no
 *       call after the call horizon;
 *   <li>a call settled on the street lies within the ceiling (settleable by the plan's best crew
 *       within the grace time), so street + lost to availability + lost to late arrival = the
 *       ceiling's calls; a repeat call repeats an incident called before it.
 * </ul>
 *
 * {@link Timelines} adds one more as it folds: incident ids rise in call order, and no event
 * concerns an incident that is not open.
 */
final class RunInvariants {
  private final DispatchEvent.RunStarted run;
  private long calls;
  private long cleared;
  private long open;
  private long clearedAndOpen;
  private long decidedCallOuts;
  private long turnedOut;

  RunInvariants(DispatchEvent.RunStarted run) {
    this.run = run;
  }

  void event(DispatchEvent e) {
    if (e instanceof DispatchEvent.Decided d && d.action() == Action.STATION) {
      decidedCallOuts++;
    } else if (e instanceof DispatchEvent.UnitChanged u
        && u.state() == UnitState.TURNOUT
        && !u.unit().isPatrolCar()) {
      turnedOut++;
    }
  }

  void timeline(IncidentTimeline t) {
    calls++;
    cleared += t.cleared() ? 1 : 0;
    open += t.openState() != null ? 1 : 0;
    clearedAndOpen += t.cleared() && t.openState() != null ? 1 : 0;
    String at = "incident " + t.id() + ": ";
    require(
        t.callMs() < run.callHorizonMs(),
        at + "called at " + t.callMs() + " ms, after the call horizon");
    require(
        ordered(t.callMs(), t.firstDispatchMs(), t.firstArrivalMs(), t.coveredMs(), t.clearMs()),
        at
            + "timeline out of order: call "
            + t.callMs()
            + ", first dispatch "
            + t.firstDispatchMs()
            + ", first arrival "
            + t.firstArrivalMs()
            + ", cover "
            + t.coveredMs()
            + ", clear "
            + t.clearMs());
    require(
        t.firstEnRouteMs() < 0
            || (t.firstEnRouteMs() >= t.firstDispatchMs()
                && t.firstDispatchMs() >= 0
                && (t.firstArrivalMs() < 0 || t.firstEnRouteMs() <= t.firstArrivalMs())),
        at
            + "first unit en route at "
            + t.firstEnRouteMs()
            + ", not between the first dispatch "
            + t.firstDispatchMs()
            + " and the first arrival "
            + t.firstArrivalMs());
    require(t.lastDispatchMs() >= t.firstDispatchMs(), at + "last dispatch before the first");
    require(
        !t.cleared() || (t.coveredMs() >= 0 && t.clearMs() >= 0),
        at + "cleared without being covered");
    require(
        t.firstArrivalMs() < 0 || t.firstDispatchMs() >= 0,
        at + "a unit arrived that was never sent");
    require(
        t.settleable() || t.disposal() != DispatchEvent.Disposal.STREET,
        at
            + "settled on the street, but outside the ceiling (not settleable by the plan's best crew in time)");
    require(
        t.repeatOf() < t.id(),
        at + "repeats incident " + t.repeatOf() + ", which was not called before it");
  }

  /** The stream has ended and every timeline was checked: the counts must add up. */
  void finish() {
    require(
        cleared + open == calls && clearedAndOpen == 0,
        "calls do not add up: " + calls + " calls, " + cleared + " cleared, " + open + " open");
    require(
        decidedCallOuts == turnedOut,
        "station call-outs do not add up: "
            + decidedCallOuts
            + " decided, "
            + turnedOut
            + " teams turned out");
  }

  /**
   * The times that happened (>= 0) are in non-decreasing order, and none follows one that did not
   * happen.
   */
  private static boolean ordered(long... times) {
    long last = Long.MIN_VALUE;
    boolean gap = false;
    for (long t : times) {
      if (t < 0) {
        gap = true;
        continue;
      }
      if (gap || t < last) {
        return false;
      }
      last = t;
    }
    return true;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("broken invariant: " + what);
    }
  }
}
