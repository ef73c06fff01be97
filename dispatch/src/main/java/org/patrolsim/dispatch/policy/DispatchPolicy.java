// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import java.util.List;
import org.patrolsim.dispatch.incident.Priority;

/**
 * The command centre's rule for choosing a unit for one call. Pure: it sees the call's priority, the
 * patrol cars with their road times and the call's station, and decides; the command centre gathers
 * those facts and carries the decision out.
 */
public sealed interface DispatchPolicy {

  /**
   * @param priority the call's priority
   * @param candidates patrol cars that could go (free ones, and busy ones that may be pre-empted), any order
   * @param stationId the station of the call's jurisdiction
   * @param stationFreeTeams how many of its duty teams are free now
   */
  Decision decide(Priority priority, List<Candidate> candidates, String stationId, int stationFreeTeams);

  /** The policy named in a scenario: {@code integrated} or {@code traditional}. */
  static DispatchPolicy of(String name, double thresholdSeconds, boolean preemption) {
    return switch (name) {
      case "integrated" -> new Integrated(thresholdSeconds, preemption);
      case "traditional" -> new Traditional(thresholdSeconds, preemption);
      default -> throw new IllegalArgumentException("unknown policy " + name);
    };
  }

  /**
   * Integrated command: the free patrol car with the shortest road time if within the threshold;
   * otherwise (with pre-emption, for an urgent call) a car within the threshold busy with a non-urgent
   * incident; otherwise the station of the jurisdiction, or wait if it has no free team.
   */
  record Integrated(double thresholdSeconds, boolean preemption) implements DispatchPolicy {
    @Override
    public Decision decide(Priority priority, List<Candidate> candidates, String stationId, int stationFreeTeams) {
      Candidate best = nearest(candidates, true);
      if (best != null && best.roadSeconds() <= thresholdSeconds) {
        return new Decision.Patrol(best.unitId(), best.roadSeconds(), 0,
            "nearest free patrol car by road, " + secs(best.roadSeconds()) + " within threshold "
                + secs(thresholdSeconds));
      }
      Decision.Patrol taken = preempt(priority, candidates, thresholdSeconds, preemption);
      if (taken != null) {
        return taken;
      }
      String why = best == null ? "no free patrol car" : "nearest free patrol car " + secs(best.roadSeconds())
          + " over threshold " + secs(thresholdSeconds);
      return station(stationId, stationFreeTeams, why);
    }
  }

  /**
   * Traditional: every call goes to the station of its jurisdiction, or waits for one of its teams;
   * patrol cars only patrol. Pre-emption has nothing to take here: no patrol car ever holds a minor
   * incident under this policy, so the option is accepted and has no effect.
   */
  record Traditional(double thresholdSeconds, boolean preemption) implements DispatchPolicy {
    @Override
    public Decision decide(Priority priority, List<Candidate> candidates, String stationId, int stationFreeTeams) {
      return station(stationId, stationFreeTeams, "traditional policy: the jurisdiction's station");
    }
  }

  private static Decision.Patrol preempt(
      Priority priority, List<Candidate> candidates, double thresholdSeconds, boolean preemption) {
    if (!preemption || priority != Priority.URGENT) {
      return null;
    }
    Candidate busy = nearest(candidates, false);
    if (busy == null || busy.roadSeconds() > thresholdSeconds) {
      return null;
    }
    return new Decision.Patrol(busy.unitId(), busy.roadSeconds(), busy.busyIncident(),
        "pre-emption: urgent call takes the nearest car off " + busy.busyWith().key() + " incident "
            + busy.busyIncident() + ", " + secs(busy.roadSeconds()));
  }

  /** The nearest free car ({@code free}) or the nearest car busy with a non-urgent incident. */
  private static Candidate nearest(List<Candidate> candidates, boolean free) {
    Candidate best = null;
    for (Candidate c : candidates) {
      boolean eligible = free ? c.isFree() : !c.isFree() && c.busyWith() != Priority.URGENT;
      if (eligible && Double.isFinite(c.roadSeconds())
          && (best == null || c.roadSeconds() < best.roadSeconds()
              || (c.roadSeconds() == best.roadSeconds() && c.unitId().compareTo(best.unitId()) < 0))) {
        best = c;
      }
    }
    return best;
  }

  private static Decision station(String stationId, int freeTeams, String why) {
    return freeTeams > 0
        ? new Decision.Station(stationId, why + "; station " + stationId + " sends a duty team")
        : new Decision.Wait(stationId, why + "; station " + stationId + " has no free team, call waits");
  }

  private static String secs(double s) {
    return Double.isFinite(s) ? Math.round(s) + " s" : "unreachable"; // cheaper than String.format on the hot path
  }
}
