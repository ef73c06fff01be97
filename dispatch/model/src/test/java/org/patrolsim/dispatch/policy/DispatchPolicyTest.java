// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.policy.Candidate.Availability;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;

/**
 * One test per branch of the rules. Times are seconds; a car's is its drive from now, a station's
 * arrival is turnout plus drive from now; the threshold (600 s) and the urgent target (300 s) count
 * from the call, so the policy adds the typical call handling (60 s here) before comparing.
 */
class DispatchPolicyTest {
  static final double THRESHOLD = 600;
  static final double URGENT_TARGET = 300;
  static final double HANDLING = 60;
  static final StationId S1 = new StationId("S1");
  static final StationId S2 = new StationId("S2");

  static DispatchPolicy integrated(boolean preemption, boolean meals, boolean nearestUnit) {
    return new DispatchPolicy.Integrated(THRESHOLD, URGENT_TARGET, preemption, meals, nearestUnit);
  }

  static final DispatchPolicy INTEGRATED = integrated(false, false, false);

  static CarId car(int n) {
    return new CarId(n);
  }

  static Candidate busy(int n, double secs, Availability how, Priority with, long incident) {
    return new Candidate(car(n), secs, how, with, incident);
  }

  static Candidate eating(int n, double secs) {
    return new Candidate(car(n), secs, Availability.MEAL_BREAK, null, 0);
  }

  /**
   * The jurisdiction's station: a team about 520 s from now (580 s from the call), within the
   * threshold.
   */
  static StationOption home(int free) {
    return new StationOption(S1, free, 400, 520);
  }

  static StationOption homeArriving(double arrivalSeconds) {
    return new StationOption(S1, 1, arrivalSeconds - 120, arrivalSeconds);
  }

  static DispatchRequest request(
      Priority p, List<Candidate> cars, StationOption home, StationOption... others) {
    return new DispatchRequest(p, cars, home, List.of(others), HANDLING);
  }

  @Test
  void integratedSendsTheFreeCarWithTheShortestRoadTime() {
    Decision d =
        INTEGRATED.decide(
            request(
                Priority.NORMAL,
                List.of(
                    Candidate.free(car(1), 400),
                    Candidate.free(car(2), 250),
                    busy(3, 30, Availability.DRIVING, Priority.LOW, 9)),
                home(2)));
    assertThat(d)
        .isEqualTo(
            new Decision.Patrol(
                car(2),
                250,
                0,
                false,
                "nearest free patrol car by road, about"
                    + " 310 s from the call to arrival, within threshold 600 s; before a team of station S1 (about 580 s)"));
  }

  @Test
  void aCarWithinTheThresholdThatArrivesFirstGoes() {
    Decision d =
        INTEGRATED.decide(
            request(Priority.LOW, List.of(Candidate.free(car(1), 500)), homeArriving(501)));
    assertThat(d).isInstanceOf(Decision.Patrol.class);
    assertThat(((Decision.Patrol) d).car()).isEqualTo(car(1));
    assertThat(d.reason()).endsWith("before a team of station S1 (about 561 s)");
  }

  @Test
  void aCarWithinTheThresholdGoesEvenWhenTheTeamWouldArriveFirstAndTheLogSaysSo() {
    Decision d =
        INTEGRATED.decide(
            request(Priority.NORMAL, List.of(Candidate.free(car(1), 450)), homeArriving(300)));
    assertThat(d)
        .isEqualTo(
            new Decision.Patrol(
                car(1),
                450,
                0,
                false,
                "nearest free patrol car by road, about 510 s"
                    + " from the call to arrival, within threshold 600 s; the car goes though a team of station S1 (about 360 s)"
                    + " would arrive first"));
  }

  @Test
  void withTeamWhenFirstTheTeamGoesWhenItWouldArriveFirstEvenWithACarWithinTheThreshold() {
    DispatchPolicy teamFirst =
        new DispatchPolicy.Integrated(THRESHOLD, URGENT_TARGET, false, false, false, false, true);
    Decision d =
        teamFirst.decide(
            request(Priority.NORMAL, List.of(Candidate.free(car(1), 450)), homeArriving(300)));
    assertThat(d)
        .isEqualTo(
            new Decision.Station(
                S1,
                300,
                "station S1's team arrives first, about 360 s from the"
                    + " call to arrival, before car-01 (510 s); station S1 sends a duty team"));
    // the same for an urgent call whose car is within the urgent target
    assertThat(
            teamFirst.decide(
                request(Priority.URGENT, List.of(Candidate.free(car(1), 200)), homeArriving(150))))
        .isInstanceOf(Decision.Station.class);
    // a tie goes to the car: the team must arrive strictly first
    assertThat(
            teamFirst.decide(
                request(Priority.NORMAL, List.of(Candidate.free(car(1), 300)), homeArriving(300))))
        .isInstanceOf(Decision.Patrol.class);
  }

  @Test
  void theTeamGoesWhenNoCarArrivesWithinTheThreshold() {
    // the car: 700 s from now, 760 s from the call (over 600); the team: 520 s from now, 580 s from
    // the call
    Decision d =
        INTEGRATED.decide(request(Priority.NORMAL, List.of(Candidate.free(car(1), 700)), home(1)));
    assertThat(d)
        .isEqualTo(
            new Decision.Station(
                S1,
                520,
                "nearest free patrol car about 760 s from the call to"
                    + " arrival, over threshold 600 s; station S1 sends a duty team, about 580 s from the call to arrival"));
    // the threshold counts from the call: a car 540 s away (600 s from the call) is still within it
    assertThat(
            INTEGRATED.decide(
                request(Priority.NORMAL, List.of(Candidate.free(car(1), 540)), home(1))))
        .isInstanceOf(Decision.Patrol.class);
    // a team beyond the threshold too, but still first: the team
    assertThat(
            INTEGRATED.decide(
                request(Priority.NORMAL, List.of(Candidate.free(car(1), 900)), homeArriving(700))))
        .isInstanceOf(Decision.Station.class);
  }

  @Test
  void whenNeitherMeetsTheThresholdAndTheCarArrivesFirstTheCarGoes() {
    // the car: 560 s from now (620 s from the call, over 600); the team: 800 s from now, later than
    // the car
    Decision d =
        INTEGRATED.decide(
            request(Priority.NORMAL, List.of(Candidate.free(car(1), 560)), homeArriving(800)));
    assertThat(d)
        .isEqualTo(
            new Decision.Patrol(
                car(1),
                560,
                0,
                false,
                "nearest free patrol car about 620 s from"
                    + " the call to arrival, over threshold 600 s; station S1's team, about 860 s, would arrive later: the free"
                    + " patrol car goes"));
  }

  @Test
  void waitingForACarKeepsTheCallFromTheStations() {
    DispatchPolicy waits =
        new DispatchPolicy.Integrated(THRESHOLD, URGENT_TARGET, false, false, true, true);
    assertThat(
            waits.decide(
                request(Priority.NORMAL, List.of(), home(2), new StationOption(S2, 3, 100, 220))))
        .isEqualTo(new Decision.Wait("no free patrol car, call waits for a patrol car"));
    assertThat(waits.decide(request(Priority.LOW, List.of(Candidate.free(car(4), 900)), home(2))))
        .isEqualTo(
            new Decision.Wait(
                "nearest free patrol car about 960 s from the call to arrival, over threshold"
                    + " 600 s, call waits for a patrol car"));
    // within the threshold the car goes, though the station's team would arrive first: no station
    // is used
    assertThat(waits.decide(request(Priority.LOW, List.of(Candidate.free(car(4), 530)), home(2))))
        .isEqualTo(
            new Decision.Patrol(
                car(4),
                530,
                0,
                false,
                "nearest free patrol car by road, about 590 s from"
                    + " the call to arrival, within threshold 600 s"));
    // the same call under the default rule goes to the station
    assertThat(INTEGRATED.decide(request(Priority.NORMAL, List.of(), home(2))))
        .isInstanceOf(Decision.Station.class);
  }

  @Test
  void equalRoadTimesGoToTheCarFirstByName() {
    Decision d =
        INTEGRATED.decide(
            request(
                Priority.LOW,
                List.of(Candidate.free(car(7), 100), Candidate.free(car(3), 100)),
                home(1)));
    assertThat(((Decision.Patrol) d).car()).isEqualTo(car(3));
  }

  @Test
  void integratedFallsBackToTheStationBeyondTheThresholdAndWaitsWhenItIsBusy() {
    List<Candidate> far = List.of(Candidate.free(car(1), 900));
    assertThat(INTEGRATED.decide(request(Priority.NORMAL, far, home(1))))
        .isInstanceOf(Decision.Station.class)
        .extracting(Decision::reason)
        .asString()
        .contains("960 s from the call to arrival, over threshold 600 s");
    assertThat(INTEGRATED.decide(request(Priority.NORMAL, far, home(0))))
        .isEqualTo(
            new Decision.Wait(
                "nearest free patrol car about 960 s from the call to arrival, over threshold 600 s; station S1 has no free"
                    + " team, call waits"));
  }

  @Test
  void withNearestUnitACallWhoseStationIsBusySendsWhicheverUnitArrivesFirst() {
    DispatchPolicy policy = integrated(false, false, true);
    List<Candidate> far = List.of(Candidate.free(car(1), 900));
    StationOption near = new StationOption(S2, 1, 300, 420);
    Decision toStation = policy.decide(request(Priority.NORMAL, far, home(0), near));
    assertThat(toStation)
        .isEqualTo(
            new Decision.Station(
                S2,
                420,
                "nearest free patrol car about 960 s from the"
                    + " call to arrival, over threshold 600 s; station S1 has no free team; nearest unit: a team of station S2,"
                    + " about 480 s"));
    StationOption farStation = new StationOption(S2, 1, 1000, 1120);
    Decision toCar = policy.decide(request(Priority.NORMAL, far, home(0), farStation));
    assertThat(toCar)
        .isEqualTo(
            new Decision.Patrol(
                car(1),
                900,
                0,
                false,
                "nearest free patrol car about 960 s"
                    + " from the call to arrival, over threshold 600 s; station S1 has no free team; nearest unit: free patrol"
                    + " car beyond threshold, about 960 s"));
    assertThat(policy.decide(request(Priority.NORMAL, List.of(), home(0))))
        .isInstanceOf(Decision.Wait.class);
  }

  @Test
  void aStationThatCannotReachTheSceneIsNotSent() {
    StationOption unreachable =
        new StationOption(S1, 2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    assertThat(INTEGRATED.decide(request(Priority.NORMAL, List.of(), unreachable)))
        .isInstanceOf(Decision.Wait.class);
  }

  @Test
  void preemptionOnlyForUrgentCallsAndOnlyOffNonUrgentIncidents() {
    DispatchPolicy preempting = integrated(true, false, false);
    List<Candidate> busy =
        List.of(
            busy(1, 100, Availability.ON_SCENE, Priority.LOW, 7),
            busy(2, 50, Availability.ON_SCENE, Priority.URGENT, 8));
    assertThat(preempting.decide(request(Priority.URGENT, busy, home(1))))
        .isEqualTo(
            new Decision.Patrol(
                car(1),
                100,
                7,
                false,
                "pre-emption: urgent call takes the nearest car working at low incident 7, about 160 s from the call"
                    + " to arrival; before a team of station S1 (about 580 s)"));
    assertThat(preempting.decide(request(Priority.NORMAL, busy, home(1))))
        .isInstanceOf(Decision.Station.class);
    assertThat(INTEGRATED.decide(request(Priority.URGENT, busy, home(1))))
        .isInstanceOf(Decision.Station.class);
    // a team that would arrive before the pre-empted car goes instead only with teamWhenFirst
    assertThat(preempting.decide(request(Priority.URGENT, busy, homeArriving(90))))
        .isInstanceOf(Decision.Patrol.class);
    DispatchPolicy teamFirst =
        new DispatchPolicy.Integrated(THRESHOLD, URGENT_TARGET, true, false, false, false, true);
    assertThat(teamFirst.decide(request(Priority.URGENT, busy, homeArriving(90))))
        .isInstanceOf(Decision.Station.class);
  }

  @Test
  void preemptionPrefersACarStillDrivingSoThatNoWorkIsLost() {
    DispatchPolicy preempting = integrated(true, false, false);
    List<Candidate> busy =
        List.of(
            busy(1, 100, Availability.ON_SCENE, Priority.LOW, 7),
            busy(2, 400, Availability.DRIVING, Priority.NORMAL, 8));
    Decision d = preempting.decide(request(Priority.URGENT, busy, home(1)));
    assertThat(((Decision.Patrol) d).car()).isEqualTo(car(2));
    assertThat(((Decision.Patrol) d).preempted()).isEqualTo(8);
    List<Candidate> drivingTooFar =
        List.of(
            busy(1, 100, Availability.ON_SCENE, Priority.LOW, 7),
            busy(2, 700, Availability.DRIVING, Priority.NORMAL, 8));
    assertThat(
            ((Decision.Patrol) preempting.decide(request(Priority.URGENT, drivingTooFar, home(1))))
                .car())
        .isEqualTo(car(1));
  }

  @Test
  void anUrgentCallInterruptsAMealOnlyWhenNoFreeCarReachesWithinTheTarget() {
    DispatchPolicy meals = integrated(false, true, false);
    Decision nearFree =
        meals.decide(
            request(Priority.URGENT, List.of(Candidate.free(car(1), 240), eating(2, 60)), home(1)));
    assertThat(((Decision.Patrol) nearFree).car()).isEqualTo(car(1));
    assertThat(nearFree.reason())
        .startsWith(
            "nearest free patrol car by road, about 300 s from the call to arrival,"
                + " within the urgent target 300 s");
    Decision interrupted =
        meals.decide(
            request(Priority.URGENT, List.of(Candidate.free(car(1), 450), eating(2, 60)), home(1)));
    assertThat(interrupted)
        .isEqualTo(
            new Decision.Patrol(
                car(2),
                60,
                0,
                true,
                "urgent call interrupts car-02's meal break: about 120 s from the call to arrival, sooner than any free"
                    + " car; before a team of station S1 (about 580 s)"));
    Decision normal =
        meals.decide(request(Priority.NORMAL, List.of(Candidate.free(car(1), 450)), home(1)));
    assertThat(((Decision.Patrol) normal).interruptsMeal()).isFalse();
    assertThat(
            INTEGRATED.decide(
                request(
                    Priority.URGENT, List.of(Candidate.free(car(1), 450), eating(2, 60)), home(1))))
        .isEqualTo(
            new Decision.Patrol(
                car(1),
                450,
                0,
                false,
                "nearest free patrol car by road, about 510 s from the call to arrival, within threshold 600 s; before a"
                    + " team of station S1 (about 580 s)"));
  }

  @Test
  void traditionalAlwaysCallsAStationAndNeverACar() {
    DispatchPolicy traditional = new DispatchPolicy.Traditional(false);
    List<Candidate> cars =
        List.of(busy(1, 200, Availability.DRIVING, Priority.LOW, 4), Candidate.free(car(2), 10));
    Decision d =
        traditional.decide(request(Priority.URGENT, cars, new StationOption(S2, 1, 300, 420)));
    assertThat(d).isInstanceOf(Decision.Station.class);
    assertThat(((Decision.Station) d).station()).isEqualTo(S2);
    assertThat(
            traditional.decide(
                request(Priority.URGENT, cars, home(0), new StationOption(S2, 1, 300, 420))))
        .isInstanceOf(Decision.Wait.class);
    assertThat(traditional.sendsPatrolCars()).isFalse();
  }

  @Test
  void traditionalWithNearestUnitCallsOutAnotherStationWhenTheJurisdictionsIsBusy() {
    DispatchPolicy traditional = new DispatchPolicy.Traditional(true);
    Decision d =
        traditional.decide(
            request(
                Priority.LOW,
                List.of(),
                home(0),
                new StationOption(S2, 2, 500, 620),
                new StationOption(new StationId("S3"), 1, 200, 320)));
    assertThat(((Decision.Station) d).station()).isEqualTo(new StationId("S3"));
  }
}
