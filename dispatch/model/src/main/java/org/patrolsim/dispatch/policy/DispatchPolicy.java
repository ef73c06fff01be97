// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.policy.Candidate.Availability;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.WhenNoCarFree;
import org.patrolsim.dispatch.scenario.WhenNoTeamFree;

/**
 * The command centre's rule for choosing a unit for one call. Pure: it sees the call's priority,
 * the patrol cars with their road times and the stations with their free teams, and decides; the
 * command centre gathers those facts and carries the decision out.
 */
public sealed interface DispatchPolicy {

  Decision decide(DispatchRequest request);

  /** Whether the decision may use another station's team or a car beyond the threshold. */
  boolean sendsNearestUnitWhenNoTeamFree();

  /** Whether patrol cars are sent to calls at all. */
  boolean sendsPatrolCars();

  /** Whether station duty teams are ever called out. */
  boolean callsOutStations();

  /** The policy a scenario's dispatch rules name. */
  static DispatchPolicy of(Scenario.DispatchRules rules, boolean urgentInterruptsMeal) {
    boolean nearestUnit = rules.whenNoTeamFree() == WhenNoTeamFree.NEAREST_UNIT;
    return switch (rules.policy()) {
      case INTEGRATED ->
          new Integrated(
              rules.responseThresholdMinutes() * 60,
              rules.urgentTargetMinutes() * 60,
              rules.preemption(),
              urgentInterruptsMeal,
              nearestUnit,
              rules.whenNoCarFree() == WhenNoCarFree.WAIT);
      case TRADITIONAL -> new Traditional(nearestUnit);
    };
  }

  /**
   * Integrated command. Every candidate is weighed by when it would be on scene, in the same terms:
   * a car by its congested drive from now at its response speed, a station team by the typical
   * turnout plus its congested drive from now (the call handling already done is the same for all).
   * The threshold and the urgent target are compared with the expected time from the call to
   * arrival: the typical call handling of the call's priority plus that arrival from now.
   *
   * <p>The patrol car weighed first is, for an urgent call, the nearest free car if it arrives
   * within the urgent target; else a car on a meal break that arrives sooner than any free car and
   * within the threshold (when urgent calls may interrupt meals); else the nearest free car within
   * the threshold; else, for an urgent call with pre-emption, a car within the threshold busy with
   * a minor one-unit incident (one still driving first, so no work is lost). That car goes. When no
   * car arrives within the threshold, the jurisdiction's team goes, unless the nearest free car
   * would still arrive before it (then neither meets the threshold and the first to arrive goes).
   * With {@code teamWhenFirst} the team also goes whenever it would arrive before a car within the
   * threshold (not the default: near the stations it takes calls the cars would settle, so zero
   * call-out days vanish, and it breaks the hypercube-compatible configuration). When the
   * jurisdiction's station has no free team, with {@code nearest-unit}, whichever unit would arrive
   * first goes (a free car beyond the threshold or another station's team); else the call waits.
   *
   * <p>With {@code waitForCar} ({@code dispatch.whenNoCarFree: wait}) a call that no free car
   * within the threshold can take waits for the next one instead of going to a station: stations
   * are never called out (the hypercube's infinite queue).
   */
  record Integrated(
      double thresholdSeconds,
      double urgentTargetSeconds,
      boolean preemption,
      boolean urgentInterruptsMeal,
      boolean nearestUnitWhenNoTeamFree,
      boolean waitForCar,
      boolean teamWhenFirst)
      implements DispatchPolicy {

    /** The default rule: a car within the threshold goes even when a team would arrive first. */
    public Integrated(
        double thresholdSeconds,
        double urgentTargetSeconds,
        boolean preemption,
        boolean urgentInterruptsMeal,
        boolean nearestUnitWhenNoTeamFree,
        boolean waitForCar) {
      this(
          thresholdSeconds,
          urgentTargetSeconds,
          preemption,
          urgentInterruptsMeal,
          nearestUnitWhenNoTeamFree,
          waitForCar,
          false);
    }

    /**
     * The rule of {@code dispatch.whenNoCarFree: station}: calls no car can take go to a station.
     */
    public Integrated(
        double thresholdSeconds,
        double urgentTargetSeconds,
        boolean preemption,
        boolean urgentInterruptsMeal,
        boolean nearestUnitWhenNoTeamFree) {
      this(
          thresholdSeconds,
          urgentTargetSeconds,
          preemption,
          urgentInterruptsMeal,
          nearestUnitWhenNoTeamFree,
          false);
    }

    @Override
    public Decision decide(DispatchRequest r) {
      Candidate free = nearest(r.cars(), Candidate::isFree);
      Decision.Patrol car = patrolWithinThreshold(r, free);
      StationOption home = waitForCar || !r.home().canSend() ? null : r.home();
      if (car != null) {
        if (teamWhenFirst && home != null && home.arrivalSeconds() < car.roadSeconds()) {
          return station(
              home,
              "station "
                  + home.station()
                  + "'s team arrives first, about "
                  + secs(fromCall(r, home.arrivalSeconds()))
                  + " from the call to arrival, before "
                  + car.car()
                  + " ("
                  + secs(fromCall(r, car.roadSeconds()))
                  + "); station "
                  + home.station()
                  + " sends a duty team");
        }
        if (home == null) {
          return car;
        }
        String team =
            " a team of station "
                + home.station()
                + " (about "
                + secs(fromCall(r, home.arrivalSeconds()))
                + ")";
        return withReason(
            car,
            car.reason()
                + (home.arrivalSeconds() < car.roadSeconds()
                    ? "; the car goes though" + team + " would arrive first"
                    : "; before" + team));
      }
      String why =
          free == null
              ? "no free patrol car"
              : "nearest free patrol car about "
                  + secs(fromCall(r, free.roadSeconds()))
                  + " from the call to arrival, over threshold "
                  + secs(thresholdSeconds);
      if (waitForCar) {
        return new Decision.Wait(why + ", call waits for a patrol car");
      }
      if (home != null) {
        if (free != null && free.roadSeconds() < home.arrivalSeconds()) {
          return patrol(
              free,
              why
                  + "; station "
                  + home.station()
                  + "'s team, about "
                  + secs(fromCall(r, home.arrivalSeconds()))
                  + ", would arrive later: the free patrol car goes");
        }
        return station(
            home,
            why
                + "; station "
                + home.station()
                + " sends a duty team, about "
                + secs(fromCall(r, home.arrivalSeconds()))
                + " from the call to arrival");
      }
      why += "; station " + r.home().station() + " has no free team";
      if (nearestUnitWhenNoTeamFree) {
        StationOption other = nearestStation(r.others());
        if (free != null && (other == null || free.roadSeconds() <= other.arrivalSeconds())) {
          return patrol(
              free,
              why
                  + "; nearest unit: free patrol car beyond threshold, about "
                  + secs(fromCall(r, free.roadSeconds())));
        }
        if (other != null) {
          return station(
              other,
              why
                  + "; nearest unit: a team of station "
                  + other.station()
                  + ", about "
                  + secs(fromCall(r, other.arrivalSeconds())));
        }
      }
      return new Decision.Wait(why + ", call waits");
    }

    /**
     * The car the rule weighs against the stations: within the urgent target (urgent calls), an
     * eating car sooner than any free one, the nearest free car, or a pre-empted one, each within
     * the threshold.
     */
    private Decision.Patrol patrolWithinThreshold(DispatchRequest r, Candidate free) {
      boolean urgent = r.priority() == Priority.URGENT;
      if (urgent && free != null && fromCall(r, free.roadSeconds()) <= urgentTargetSeconds) {
        return patrol(
            free,
            "nearest free patrol car by road, about "
                + secs(fromCall(r, free.roadSeconds()))
                + " from the call to arrival, within the urgent target "
                + secs(urgentTargetSeconds));
      }
      Candidate eating =
          urgent && urgentInterruptsMeal
              ? nearest(r.cars(), c -> c.availability() == Availability.MEAL_BREAK)
              : null;
      if (eating != null
          && fromCall(r, eating.roadSeconds()) <= thresholdSeconds
          && (free == null || eating.roadSeconds() < free.roadSeconds())) {
        return new Decision.Patrol(
            eating.car(),
            eating.roadSeconds(),
            0,
            true,
            "urgent call interrupts "
                + eating.car()
                + "'s meal break: about "
                + secs(fromCall(r, eating.roadSeconds()))
                + " from the call to arrival, sooner than any free car");
      }
      if (free != null && fromCall(r, free.roadSeconds()) <= thresholdSeconds) {
        return patrol(
            free,
            "nearest free patrol car by road, about "
                + secs(fromCall(r, free.roadSeconds()))
                + " from the call to arrival, within threshold "
                + secs(thresholdSeconds));
      }
      return urgent && preemption ? preempt(r) : null;
    }

    /**
     * The expected time from the call to arrival of a unit that would arrive {@code fromNow} s
     * after now.
     */
    private static double fromCall(DispatchRequest r, double fromNow) {
      return r.typicalHandlingSeconds() + fromNow;
    }

    private Decision.Patrol preempt(DispatchRequest r) {
      List<Candidate> cars = r.cars();
      Candidate driving = nearest(cars, c -> c.availability() == Availability.DRIVING && minor(c));
      Candidate working = nearest(cars, c -> c.availability() == Availability.ON_SCENE && minor(c));
      Candidate busy =
          driving != null && fromCall(r, driving.roadSeconds()) <= thresholdSeconds
              ? driving
              : working;
      if (busy == null || fromCall(r, busy.roadSeconds()) > thresholdSeconds) {
        return null;
      }
      String doing = busy.availability() == Availability.DRIVING ? "driving to" : "working at";
      return new Decision.Patrol(
          busy.car(),
          busy.roadSeconds(),
          busy.busyIncident(),
          false,
          "pre-emption: urgent call takes the nearest car "
              + doing
              + " "
              + busy.busyWith().key()
              + " incident "
              + busy.busyIncident()
              + ", about "
              + secs(fromCall(r, busy.roadSeconds()))
              + " from the call to arrival");
    }

    private static boolean minor(Candidate c) {
      return c.busyWith() != Priority.URGENT;
    }

    @Override
    public boolean sendsNearestUnitWhenNoTeamFree() {
      return nearestUnitWhenNoTeamFree;
    }

    @Override
    public boolean sendsPatrolCars() {
      return true;
    }

    @Override
    public boolean callsOutStations() {
      return !waitForCar;
    }
  }

  /**
   * Traditional: every call goes to the station of its jurisdiction; with {@code nearest-unit}, to
   * the station whose team would arrive first when the jurisdiction's has none free; else it waits.
   * Patrol cars only patrol.
   */
  record Traditional(boolean nearestUnitWhenNoTeamFree) implements DispatchPolicy {
    @Override
    public Decision decide(DispatchRequest r) {
      String why = "traditional policy: the jurisdiction's station";
      if (r.home().canSend()) {
        return station(r.home(), why + " " + r.home().station() + " sends a duty team");
      }
      why += " " + r.home().station() + " has no free team";
      StationOption other = nearestUnitWhenNoTeamFree ? nearestStation(r.others()) : null;
      if (other != null) {
        return station(
            other,
            why
                + "; nearest unit: a team of station "
                + other.station()
                + ", about "
                + secs(other.arrivalSeconds()));
      }
      return new Decision.Wait(why + ", call waits");
    }

    @Override
    public boolean sendsNearestUnitWhenNoTeamFree() {
      return nearestUnitWhenNoTeamFree;
    }

    @Override
    public boolean sendsPatrolCars() {
      return false;
    }

    @Override
    public boolean callsOutStations() {
      return true;
    }
  }

  private static Decision.Patrol patrol(Candidate c, String reason) {
    return new Decision.Patrol(c.car(), c.roadSeconds(), 0, false, reason);
  }

  private static Decision.Patrol withReason(Decision.Patrol p, String reason) {
    return new Decision.Patrol(p.car(), p.roadSeconds(), p.preempted(), p.interruptsMeal(), reason);
  }

  private static Decision.Station station(StationOption s, String reason) {
    return new Decision.Station(s.station(), s.arrivalSeconds(), reason);
  }

  /** The nearest matching car that can reach the scene; ties by car name. */
  private static Candidate nearest(List<Candidate> cars, Predicate<Candidate> eligible) {
    return cars.stream()
        .filter(eligible)
        .filter(c -> Double.isFinite(c.roadSeconds()))
        .min(Comparator.comparingDouble(Candidate::roadSeconds).thenComparing(Candidate::car))
        .orElse(null);
  }

  /** The station with a free team whose team would arrive first; ties by station id. */
  private static StationOption nearestStation(List<StationOption> others) {
    return others.stream()
        .filter(StationOption::canSend)
        .min(
            Comparator.comparingDouble(StationOption::arrivalSeconds)
                .thenComparing(StationOption::station))
        .orElse(null);
  }

  private static String secs(double s) {
    return Double.isFinite(s) ? Math.round(s) + " s" : "unreachable";
  }
}
