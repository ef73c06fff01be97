// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.List;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;

/**
 * The invariants every run must satisfy, checked on every report. A broken one is a bug in the model,
 * not a user's mistake, so it fails loudly with {@link IllegalStateException}:
 * <ul>
 *   <li>every call is accounted for: total = street + station call-out disposals + handed over + open;
 *   <li>station call-outs (decisions to send a team) = teams that turned out at their stations;
 *   <li>every timeline is in order: call &lt;= first dispatch &lt;= first arrival &lt;= cover &lt;= clear,
 *       and the last dispatch is not before the first; a cleared incident was covered; no call after the
 *       call horizon.
 * </ul>
 */
public final class RunInvariants {
  private RunInvariants() {}

  static void check(DispatchEvent.RunStarted run, List<DispatchEvent> events, List<IncidentTimeline> timelines) {
    long cleared = timelines.stream().filter(IncidentTimeline::cleared).count();
    long open = timelines.stream().filter(t -> t.openState() != null).count();
    require(cleared + open == timelines.size() && timelines.stream().noneMatch(t -> t.cleared() && t.openState() != null),
        "calls do not add up: " + timelines.size() + " calls, " + cleared + " cleared, " + open + " open");
    long decided = events.stream()
        .filter(e -> e instanceof DispatchEvent.Decided d && d.action() == Action.STATION).count();
    long turnedOut = events.stream()
        .filter(e -> e instanceof DispatchEvent.UnitChanged u && u.state() == UnitState.TURNOUT).count();
    require(decided == turnedOut, "station call-outs do not add up: " + decided + " decided, " + turnedOut
        + " teams turned out");
    for (IncidentTimeline t : timelines) {
      timeline(run, t);
    }
  }

  private static void timeline(DispatchEvent.RunStarted run, IncidentTimeline t) {
    String at = "incident " + t.id() + ": ";
    require(t.callMs() < run.callHorizonMs(), at + "called at " + t.callMs() + " ms, after the call horizon");
    require(ordered(t.callMs(), t.firstDispatchMs(), t.firstArrivalMs(), t.coveredMs(), t.clearMs()),
        at + "timeline out of order: call " + t.callMs() + ", first dispatch " + t.firstDispatchMs()
            + ", first arrival " + t.firstArrivalMs() + ", cover " + t.coveredMs() + ", clear " + t.clearMs());
    require(t.lastDispatchMs() >= t.firstDispatchMs(), at + "last dispatch before the first");
    require(!t.cleared() || (t.coveredMs() >= 0 && t.clearMs() >= 0), at + "cleared without being covered");
    require(t.firstArrivalMs() < 0 || t.firstDispatchMs() >= 0, at + "a unit arrived that was never sent");
  }

  /** The times that happened (>= 0) are in non-decreasing order, and none follows one that did not happen. */
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
