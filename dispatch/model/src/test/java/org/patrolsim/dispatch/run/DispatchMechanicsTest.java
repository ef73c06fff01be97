// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import akka.actor.typed.ActorSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.dispatch.unit.UnitId;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The dispatch mechanics on the hand-made {@link GridCity}: cars hold fixed posts, calls are
 * replayed from a CSV, and the assertions read the run's domain events. Unless a test says
 * otherwise, call handling and turnout take no time, every drive is at the road's car speed and
 * there is no congestion, so that times can be reasoned about.
 */
class DispatchMechanicsTest {
  static final Path MAPS = Path.of("target", "test-grids");
  static final long MIN = 60_000;
  static final long HOUR = 60 * MIN;
  static final CarId CAR_1 = new CarId(1);
  static final CarId CAR_2 = new CarId(2);
  static final String INSTANT_RESPONSE =
      """
      response:
        callHandlingSeconds: {urgent: {median: 0, p90: 0}, normal: {median: 0, p90: 0}, low: {median: 0, p90: 0}}
        turnoutSeconds: {median: 0, p90: 0}
        speedFactor: {urgent: 1, normal: 1, low: 1, stationTeam: 1}
        congestion: none
      """;
  static ActorSystem<Void> system;
  static RoadNetwork plainGrid;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    system = DispatchRun.actorSystem(2);
    plainGrid = new GridCity("plain").load(MAPS.resolve("plain"));
  }

  @AfterAll
  static void stop() {
    system.terminate();
    plainGrid.close();
  }

  /** A point at (row, col) of the grid; fractional columns are mid-block. */
  static String at(double row, double col) {
    return String.format(
        Locale.ROOT,
        "%.7f,%.7f",
        GridCity.LAT0 + row * GridCity.DLAT,
        GridCity.LON0 + col * GridCity.DLON);
  }

  static String post(double row, double col) {
    String[] p = at(row, col).split(",", -1);
    return "{lat: " + p[0] + ", lon: " + p[1] + "}";
  }

  static String station(String id, double row, double col, int teams) {
    String[] p = at(row, col).split(",", -1);
    return "  - {id: \""
        + id
        + "\", lat: "
        + p[0]
        + ", lon: "
        + p[1]
        + ", dutyTeams: "
        + teams
        + "}\n";
  }

  /** The parts of a test scenario; each test changes what it needs. */
  static final class Plan {
    String fleet = "";
    String dispatch = "";
    String response = INSTANT_RESPONSE;
    String top = "";
    String stations = station("S", 0, 0.5, 1);
    List<String> posts;
    List<String> calls;

    Plan(List<String> posts, List<String> calls) {
      this.posts = posts;
      this.calls = calls;
    }
  }

  String scenario(Plan p) throws IOException {
    Path csv = dir.resolve("calls.csv");
    Files.writeString(csv, "time,lat,lon,type,priority\n" + String.join("\n", p.calls) + "\n");
    String yaml =
        "seed: 3\n"
            + p.top
            + "fleet:\n  vehicles: "
            + p.posts.size()
            + "\n  patrol: post\n  posts: ["
            + String.join(", ", p.posts)
            + "]\n"
            + unlessGiven(
                "  shiftStartHours: [0]\n  handover: field\n  handoverMinutes: 0\n  mealBreakMinutes: 0\n",
                p.fleet)
            + p.fleet
            + "stations:\n"
            + p.stations
            + "incidents:\n  replay: calls.csv\n  types:\n"
            + "    - {name: noise, priority: low, onSceneMinutes: 60, streetResolveProbability: 1}\n"
            + "    - {name: theft, priority: normal, onSceneMinutes: 5, streetResolveProbability: 1}\n"
            + "    - {name: fight, priority: urgent, onSceneMinutes: 5, streetResolveProbability: 1}\n"
            + "    - {name: brawl, priority: urgent, onSceneMinutes: 5, streetResolveProbability: 1, unitsNeeded: 2}\n"
            + p.response
            + "dispatch:\n"
            + unlessGiven("  responseThresholdMinutes: 30\n", p.dispatch)
            + p.dispatch;
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  /**
   * The default lines of a mapping whose key the test's own lines do not give (a scenario refuses a
   * key given twice).
   */
  static String unlessGiven(String defaults, String given) {
    StringBuilder out = new StringBuilder();
    for (String line : defaults.split("\n", -1)) {
      String key = line.substring(0, line.indexOf(':') + 1);
      if (!("\n" + given).contains("\n" + key)) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  static String call(String time, double row, double col, String type) {
    return "2024-05-01T" + time + "," + at(row, col) + "," + type + ",";
  }

  RecordedRun run(Plan plan) throws IOException {
    return run(plan, plainGrid);
  }

  RecordedRun run(Plan plan, RoadNetwork network) throws IOException {
    var loaded = ScenarioLoader.load(Path.of(scenario(plan)), List.of());
    return RecordedRun.of(CityModelBuilder.build(loaded, network), system);
  }

  static List<DispatchEvent.Decided> decisions(RecordedRun report, long incident) {
    return report.decisions().stream().filter(d -> d.incident() == incident).toList();
  }

  static <T> List<T> events(RecordedRun report, Class<T> type) {
    return report.events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  static List<DispatchEvent.UnitChanged> changes(RecordedRun report, UnitId unit) {
    return events(report, DispatchEvent.UnitChanged.class).stream()
        .filter(u -> u.unit().equals(unit))
        .toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> incidents(RecordedRun report) {
    return (Map<String, Object>) report.summary().get("incidents");
  }

  @Test
  void theNearestCarByRoadIsSentNotTheNearestInAStraightLine() throws IOException {
    // A barrier between rows 7 and 8, crossable only at column 0 (a river with one bridge at the
    // west edge).
    GridCity river = new GridCity("river");
    for (int c = 1; c < GridCity.N; c++) {
      river.withoutNorthBlock(7, c);
    }
    try (RoadNetwork network = river.load(MAPS.resolve("river"))) {
      // car-01 is 200 m south of the call across the river; car-02 is 720 m away on the same bank.
      RecordedRun report =
          run(
              new Plan(
                  List.of(post(6, 10.5), post(12, 4.5)),
                  List.of(call("01:00:00", 8, 10.5, "theft"))),
              network);
      DispatchEvent.Decided d = decisions(report, 1).get(0);
      assertThat(d.unit()).isEqualTo(CAR_2);
      assertThat(d.candidates())
          .extracting(DispatchEvent.Weighed::unit)
          .containsExactly(CAR_2, CAR_1);
      assertThat(d.candidates().get(1).roadSeconds())
          .isGreaterThan(2 * d.candidates().get(0).roadSeconds());
      assertThat(report.timelines().get(0).disposal()).isEqualTo(Disposal.STREET);
    }
  }

  @Test
  void aOneWayDetourChangesTheChoice() throws IOException {
    List<String> posts =
        List.of(post(8, 4.5), post(8, 13.5)); // 5 blocks west, 4 blocks east of the call
    List<String> calls = List.of(call("01:00:00", 8, 9.5, "theft"));
    assertThat(decisions(run(new Plan(posts, calls)), 1).get(0).unit()).isEqualTo(CAR_2);
    GridCity oneWay = new GridCity("one-way");
    for (int c = 9; c < 14; c++) {
      oneWay.oneWayEast(8, c); // car-02 may not drive west along row 8 and must go round
    }
    try (RoadNetwork network = oneWay.load(MAPS.resolve("one-way"))) {
      assertThat(decisions(run(new Plan(posts, calls), network), 1).get(0).unit()).isEqualTo(CAR_1);
    }
  }

  @Test
  void theCallIsDecidedAfterItsCallHandlingTimeAndUrgentCarsDriveFaster() throws IOException {
    Plan plan =
        new Plan(
            List.of(post(5, 5.5)),
            List.of(call("01:00:00", 5, 10.5, "theft"), call("03:00:00", 5, 10.5, "fight")));
    plan.response =
        """
        response:
          callHandlingSeconds: {urgent: {median: 30, p90: 30}, normal: {median: 90, p90: 90}}
          speedFactor: {urgent: 1.5, normal: 1}
          congestion: none
        """;
    RecordedRun report = run(plan);
    IncidentTimeline theft = report.timelines().get(0);
    IncidentTimeline fight = report.timelines().get(1);
    assertThat(theft.firstDispatchMs() - theft.callMs()).isEqualTo(90_000);
    assertThat(fight.firstDispatchMs() - fight.callMs()).isEqualTo(30_000);
    double normalDrive = (theft.firstArrivalMs() - theft.firstDispatchMs()) / 1000.0;
    double urgentDrive = (fight.firstArrivalMs() - fight.firstDispatchMs()) / 1000.0;
    assertThat(urgentDrive).isCloseTo(normalDrive / 1.5, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void inTheHypercubeConfigurationCallsWaitForCarsInCallOrderAndCarsAreBusyUntilBackAtTheirPosts()
      throws IOException {
    // two cars, four calls in 15 s, busy an hour on average: the third and fourth call almost
    // surely
    // (unless a busy time under 15 s is drawn, about 0.4 % each) find no free car and wait
    Plan plan =
        new Plan(
            List.of(post(5, 5.5), post(12, 12.5)),
            List.of(
                call("01:00:00", 5, 7.5, "theft"),
                call("01:00:05", 12, 10.5, "theft"),
                call("01:00:10", 8, 8.5, "theft"),
                call("01:00:15", 6, 6.5, "theft")));
    plan.fleet = "  busyTime: exponential\n  busyMeanMinutes: 60\n";
    plan.dispatch = "  whenNoCarFree: wait\n";
    RecordedRun report = run(plan);
    assertThat(incidents(report))
        .containsEntry("stationCallOuts", 0L)
        .containsEntry("open", 0L)
        .containsEntry("streetDisposed", 4L);
    // a call is sent at once when a car is free, else it waits; waiting calls are served first
    // come, first served
    List<Long> servedAfterWaiting = new java.util.ArrayList<>();
    for (long incident = 1; incident <= 4; incident++) {
      List<DispatchEvent.Decided> d = decisions(report, incident);
      long decidedAt = d.get(0).timeMs();
      long freeCars =
          List.of(CAR_1, CAR_2).stream()
              .filter(
                  car ->
                      changes(report, car).stream()
                              .filter(u -> u.timeMs() <= decidedAt)
                              .reduce((a, b) -> b)
                              .orElseThrow()
                              .state()
                          == UnitState.FREE)
              .count();
      if (d.get(0).action() == Action.WAIT) {
        assertThat(freeCars).as("incident %d waited", incident).isZero();
        assertThat(d)
            .extracting(DispatchEvent.Decided::action)
            .containsExactly(Action.WAIT, Action.PATROL);
        servedAfterWaiting.add(d.get(1).timeMs());
      } else {
        assertThat(d).extracting(DispatchEvent.Decided::action).containsExactly(Action.PATROL);
      }
    }
    assertThat(servedAfterWaiting).hasSize(2).isSorted();
    for (CarId car : List.of(CAR_1, CAR_2)) {
      List<DispatchEvent.UnitChanged> states = changes(report, car);
      // every job: responding, on scene, returning, then free (at the post: the next job leaves
      // from there)
      assertThat(states)
          .extracting(DispatchEvent.UnitChanged::state)
          .containsExactly(
              UnitState.FREE,
              UnitState.RESPONDING,
              UnitState.ON_SCENE,
              UnitState.RETURNING,
              UnitState.FREE,
              UnitState.RESPONDING,
              UnitState.ON_SCENE,
              UnitState.RETURNING,
              UnitState.FREE);
      List<DispatchEvent.Decided> sent =
          report.decisions().stream().filter(d -> car.equals(d.unit())).toList();
      assertThat(sent).hasSize(2);
      assertThat(sent.get(1).timeMs())
          .isEqualTo(states.get(4).timeMs()); // sent the moment it is free again
      assertThat(sent.get(1).fromLat())
          .isEqualTo(sent.get(0).fromLat()); // from its post, like the first time
      assertThat(sent.get(1).fromLon()).isEqualTo(sent.get(0).fromLon());
    }
  }

  @Test
  void aCarOnAMealBreakIsNotSentToAMinorCall() throws IOException {
    // car-01 eats 02:00-02:30, car-02 (staggered by 15 min) 02:15-02:45; car-01 is the nearer.
    Plan plan =
        new Plan(
            List.of(post(5, 5.5), post(12, 12.5)),
            List.of(call("00:30:00", 5, 7.5, "theft"), call("02:10:00", 5, 7.5, "theft")));
    plan.fleet = "  mealBreakMinutes: 30\n  mealBreakAfterHours: 2\n  mealPlan: car-index\n";
    RecordedRun report = run(plan);
    assertThat(decisions(report, 1).get(0).unit()).isEqualTo(CAR_1);
    assertThat(decisions(report, 2).get(0).unit()).isEqualTo(CAR_2);
    assertThat(report.events())
        .contains(new DispatchEvent.UnitChanged(2 * HOUR, CAR_1, UnitState.MEAL_BREAK));
  }

  @Test
  void anUrgentCallInterruptsAMealAndTheCrewTakesTheRestAfterTheJob() throws IOException {
    // car-01 eats 02:00-02:30; a fight next to it at 02:10; car-02 is far away.
    Plan plan =
        new Plan(List.of(post(5, 5.5), post(14, 14.5)), List.of(call("02:10:00", 5, 6.5, "fight")));
    plan.fleet = "  mealBreakMinutes: 30\n  mealBreakAfterHours: 2\n  mealPlan: car-index\n";
    plan.dispatch = "  urgentTargetMinutes: 1\n";
    RecordedRun report = run(plan);
    DispatchEvent.Decided d = decisions(report, 1).get(0);
    assertThat(d.unit()).isEqualTo(CAR_1);
    assertThat(d.reason()).contains("interrupts car-01's meal break");
    List<DispatchEvent.UnitChanged> car1 = changes(report, CAR_1);
    DispatchEvent.UnitChanged resumed =
        car1.stream()
            .filter(u -> u.state() == UnitState.MEAL_BREAK && u.timeMs() > 2 * HOUR)
            .findFirst()
            .orElseThrow();
    long cleared = report.timelines().get(0).clearMs();
    assertThat(resumed.timeMs()).isEqualTo(cleared);
    DispatchEvent.UnitChanged back = car1.get(car1.indexOf(resumed) + 1);
    assertThat(back.timeMs() - resumed.timeMs()).isEqualTo(20 * MIN); // 10 of 30 minutes were eaten
    plan.fleet += "  urgentInterruptsMeal: false\n";
    assertThat(decisions(run(plan), 1).get(0).unit()).isEqualTo(CAR_2);
  }

  @Test
  void aMealTheCrewCouldNotTakeDoesNotPassToTheNextCrew() throws IOException {
    // 4-hour shifts from 00:00, meal due 03:00; car-01 is on a 60-minute noise call 02:50-03:50 and
    // the
    // shift ends at 04:00 before... it is free at 03:50 and eats until 04:00, when the next crew
    // takes over.
    Plan plan = new Plan(List.of(post(5, 5.5)), List.of(call("02:50:00", 5, 6.5, "noise")));
    plan.fleet =
        "  shiftHours: 4\n  mealBreakMinutes: 30\n  mealBreakAfterHours: 3\n  mealWindowHours: 0\n";
    RecordedRun report = run(plan);
    assertThat(events(report, DispatchEvent.MealMissed.class))
        .containsExactly(new DispatchEvent.MealMissed(4 * HOUR, CAR_1));
    List<DispatchEvent.UnitChanged> meals =
        changes(report, CAR_1).stream().filter(u -> u.state() == UnitState.MEAL_BREAK).toList();
    // the next crews eat at 07:00, 11:00, ...: nobody eats twice, and no meal starts at 04:00
    assertThat(meals)
        .extracting(DispatchEvent::timeMs)
        .doesNotContain(4 * HOUR)
        .contains(7 * HOUR, 11 * HOUR);
  }

  @Test
  void preemptionOnlyForAnUrgentCallAndTheDisplacedIncidentKeepsItsWork() throws IOException {
    Plan plan =
        new Plan(
            List.of(post(7, 7.5)),
            List.of(
                call("01:00:00", 8, 8.5, "noise"), // 1: the car goes; 60 min on scene
                call(
                    "01:05:00",
                    9,
                    9.5,
                    "theft"), // 2: normal, car busy: no pre-emption, station team goes
                call(
                    "01:10:00",
                    6,
                    6.5,
                    "fight"))); // 3: urgent, car busy with a low incident, station busy
    plan.dispatch = "  preemption: true\n";
    RecordedRun on = run(plan);
    assertThat(decisions(on, 2).get(0).action()).isEqualTo(Action.STATION);
    DispatchEvent.Decided urgent = decisions(on, 3).get(0);
    assertThat(urgent.unit()).isEqualTo(CAR_1);
    assertThat(urgent.preempted()).isEqualTo(1);
    IncidentTimeline displaced = on.timelines().get(0);
    DispatchEvent.Preempted p = events(on, DispatchEvent.Preempted.class).get(0);
    assertThat(p.timeMs()).isEqualTo(70 * MIN);
    assertThat(p.workCreditedMs()).isEqualTo(70 * MIN - displaced.coveredMs());
    assertThat(displaced.preemptions()).isEqualTo(1);
    assertThat(displaced.cleared()).isTrue();
    assertThat(displaced.lastDispatchMs()).isGreaterThan(displaced.firstDispatchMs());
    assertThat(displaced.firstDispatchMs()).isLessThanOrEqualTo(displaced.firstArrivalMs());
    // the unit that takes over works only what was left of the incident's drawn time on scene,
    // which is
    // the same in a run without pre-emption (common random numbers)
    long secondArrival =
        events(on, DispatchEvent.Arrived.class).stream()
            .filter(a -> a.incident() == 1)
            .mapToLong(DispatchEvent::timeMs)
            .max()
            .orElseThrow();
    long onScene = on.timelines().get(0).clearMs() - secondArrival;

    plan.dispatch = "  preemption: false\n";
    RecordedRun off = run(plan);
    IncidentTimeline undisturbed = off.timelines().get(0);
    assertThat(onScene + p.workCreditedMs())
        .isEqualTo(undisturbed.clearMs() - undisturbed.coveredMs());
    assertThat(off.events()).noneMatch(DispatchEvent.Preempted.class::isInstance);
    assertThat(decisions(off, 3).get(0).unit()).isNotEqualTo(CAR_1);
  }

  @Test
  void aHandOverPlannedWithOverlapLeavesNoGap() throws IOException {
    Plan plan =
        new Plan(List.of(post(3, 3.5), post(10, 10.5)), List.of(call("09:00:00", 5, 5.5, "theft")));
    plan.fleet = "  handoverMinutes: 20\n  overlapMinutes: 0\n";
    // shifts change at 00:00, 08:00 and 16:00
    RecordedRun gap = run(plan);
    assertThat(events(gap, DispatchEvent.UnitChanged.class))
        .filteredOn(u -> u.state() == UnitState.HANDOVER)
        .extracting(DispatchEvent::timeMs)
        .filteredOn(t -> t < 24 * HOUR)
        .containsExactly(8 * HOUR, 8 * HOUR, 16 * HOUR, 16 * HOUR);
    plan.fleet = "  handoverMinutes: 20\n  overlapMinutes: 20\n";
    RecordedRun overlap = run(plan);
    assertThat(events(overlap, DispatchEvent.UnitChanged.class))
        .extracting(DispatchEvent.UnitChanged::state)
        .doesNotContain(UnitState.HANDOVER, UnitState.MEAL_BREAK);
  }

  @Test
  void aHandOverAtTheStationDrivesThereFirst() throws IOException {
    Plan plan = new Plan(List.of(post(10, 10.5)), List.of(call("09:00:00", 5, 5.5, "theft")));
    plan.fleet = "  handover: station\n  handoverMinutes: 15\n";
    RecordedRun report = run(plan);
    List<DispatchEvent.UnitChanged> car = changes(report, CAR_1);
    DispatchEvent.UnitChanged handover =
        car.stream().filter(u -> u.state() == UnitState.HANDOVER).findFirst().orElseThrow();
    assertThat(handover.timeMs()).isEqualTo(8 * HOUR);
    DispatchEvent.UnitChanged after = car.get(car.indexOf(handover) + 1);
    assertThat(after.state()).isEqualTo(UnitState.FREE);
    // the station is ~1.4 km away by road: the drive comes on top of the 15 minutes
    assertThat(after.timeMs() - handover.timeMs()).isGreaterThan(15 * MIN + MIN);
  }

  @Test
  void aViolentIncidentGetsABackupAndIsCoveredWhenBothHaveArrived() throws IOException {
    RecordedRun report =
        run(
            new Plan(
                List.of(post(6, 6.5), post(11, 11.5)), List.of(call("01:00:00", 7, 7.5, "brawl"))));
    assertThat(decisions(report, 1))
        .extracting(d -> d.role().key(), DispatchEvent.Decided::unit)
        .containsExactly(tuple("primary", CAR_1), tuple("backup", CAR_2));
    List<DispatchEvent.Arrived> arrivals = events(report, DispatchEvent.Arrived.class);
    assertThat(arrivals)
        .extracting(DispatchEvent.Arrived::unit, DispatchEvent.Arrived::covered)
        .containsExactly(tuple(CAR_1, false), tuple(CAR_2, true));
    IncidentTimeline t = report.timelines().get(0);
    assertThat(t.firstArrivalMs()).isEqualTo(arrivals.get(0).timeMs());
    assertThat(t.coveredMs()).isEqualTo(arrivals.get(1).timeMs()).isGreaterThan(t.firstArrivalMs());
    assertThat(t.backupUnit()).isEqualTo(CAR_2);
    assertThat(t.clearMs()).isGreaterThanOrEqualTo(t.coveredMs() + 60_000);
  }

  @Test
  void aBackupStationTeamCountsAsAStationCallOut() throws IOException {
    RecordedRun report =
        run(new Plan(List.of(post(6, 6.5)), List.of(call("01:00:00", 7, 7.5, "brawl"))));
    assertThat(decisions(report, 1))
        .extracting(DispatchEvent.Decided::action, DispatchEvent.Decided::unit)
        .containsExactly(
            tuple(Action.PATROL, CAR_1), tuple(Action.STATION, new TeamId(new StationId("S"), 1)));
    assertThat(incidents(report))
        .containsEntry("stationCallOuts", 1L)
        .containsEntry("streetDisposed", 1L)
        .containsEntry("stationDisposed", 0L);
  }

  @Test
  void anIncidentOpenAtTheHorizonIsFollowedToItsEnd() throws IOException {
    RecordedRun report =
        run(new Plan(List.of(post(6, 6.5)), List.of(call("23:50:00", 7, 7.5, "noise"))));
    IncidentTimeline t = report.timelines().get(0);
    assertThat(t.cleared()).isTrue();
    assertThat(t.clearMs()).isGreaterThan(24 * HOUR + 45 * MIN);
    DispatchEvent.RunEnded end = events(report, DispatchEvent.RunEnded.class).get(0);
    assertThat(end.timeMs()).isEqualTo(t.clearMs());
    assertThat(incidents(report)).containsEntry("open", 0L);
  }

  @Test
  void whatTheDrainCapCutsOffIsReportedByState() throws IOException {
    Plan plan =
        new Plan(
            List.of(post(6, 6.5)),
            List.of(call("23:50:00", 7, 7.5, "noise"), call("23:55:00", 12, 12.5, "noise")));
    plan.top = "drainCapHours: 0.25\n";
    plan.dispatch = "  whenNoTeamFree: wait\n";
    plan.stations = station("S", 0, 0.5, 1);
    RecordedRun report = run(plan);
    assertThat(report.timelines())
        .extracting(IncidentTimeline::openState)
        .containsExactly(OpenState.ON_SCENE, OpenState.ON_SCENE);
    assertThat(events(report, DispatchEvent.RunEnded.class).get(0).timeMs())
        .isEqualTo(24 * HOUR + 15 * MIN);
  }

  @Test
  void aStationIdWithASlashWorks() throws IOException {
    Plan plan = new Plan(List.of(post(14, 14.5)), List.of(call("01:00:00", 1, 1.5, "theft")));
    plan.stations = station("central/n", 0, 0.5, 1);
    plan.dispatch = "  responseThresholdMinutes: 1\n";
    RecordedRun report = run(plan);
    TeamId team = new TeamId(new StationId("central/n"), 1);
    assertThat(decisions(report, 1).get(0).unit()).isEqualTo(team);
    assertThat(team.name()).isEqualTo("central/n/team-1");
    assertThat(report.timelines().get(0).disposal()).isEqualTo(Disposal.STATION_CALLOUT);
  }

  @Test
  void whenTheJurisdictionsStationIsBusyTheNearestUnitGoesInsteadOfWaiting() throws IOException {
    // Two stations; calls 1 and 2 are both in west's jurisdiction and the only car is beyond the
    // threshold.
    Plan plan =
        new Plan(
            List.of(post(14, 14.5)),
            List.of(call("01:00:00", 1, 1.5, "noise"), call("01:01:00", 2, 1.5, "noise")));
    plan.stations = station("west", 0, 0.5, 1) + station("east", 0, 13.5, 1);
    plan.dispatch = "  responseThresholdMinutes: 1\n";
    RecordedRun nearest = run(plan);
    DispatchEvent.Decided second = decisions(nearest, 2).get(0);
    assertThat(second.action()).isNotEqualTo(Action.WAIT);
    assertThat(second.reason()).contains("station west has no free team").contains("nearest unit");
    plan.dispatch = "  responseThresholdMinutes: 1\n  whenNoTeamFree: wait\n";
    RecordedRun waits = run(plan);
    assertThat(decisions(waits, 2).get(0).action()).isEqualTo(Action.WAIT);
    assertThat(waits.timelines().get(1).firstDispatchMs())
        .isGreaterThan(nearest.timelines().get(1).firstDispatchMs());
  }

  @Test
  void withNoFreeCarForOneHourADayCoverageIsAtMost23Of24() throws IOException {
    // One car, one 24-hour shift from 03:00 with a 60-minute hand-over in the field: no free car
    // 03:00-04:00.
    Plan plan = new Plan(List.of(post(7, 7.5)), List.of(call("12:00:00", 7, 8.5, "theft")));
    plan.fleet = "  shiftHours: 24\n  shiftStartHours: [3]\n  handoverMinutes: 60\n";
    plan.dispatch =
        "  whenNoCarFree: wait\n"; // stations never called out: coverage counts the car alone
    RecordedRun report = run(plan);
    assertThat(changes(report, CAR_1))
        .extracting(DispatchEvent.UnitChanged::state)
        .contains(UnitState.HANDOVER);
    List<DispatchEvent.CoverageSampled> samples =
        events(report, DispatchEvent.CoverageSampled.class);
    assertThat(samples).hasSize(288);
    assertThat(samples.stream().filter(s -> s.timeMs() >= 3 * HOUR && s.timeMs() < 4 * HOUR))
        .hasSize(12)
        .allMatch(s -> s.share() == 0);
    @SuppressWarnings("unchecked")
    Map<String, Object> coverage = (Map<String, Object>) report.summary().get("coverage");
    assertThat((Double) coverage.get("meanShareWithinTarget"))
        .isLessThanOrEqualTo(23.0 / 24)
        .isGreaterThan(0.5);
  }

  @Test
  void replayingACsvReproducesItsIncidents() throws IOException {
    List<String> calls =
        List.of(
            call("03:00:00", 2, 2.5, "theft"),
            call("03:00:30", 12, 3.5, "fight"),
            call("07:45:10", 6, 11.5, "noise"));
    RecordedRun report = run(new Plan(List.of(post(7, 7.5), post(2, 12.5)), calls));
    assertThat(report.timelines())
        .extracting(IncidentTimeline::callMs)
        .containsExactly(3 * HOUR, 3 * HOUR + 30_000, (7 * 3600 + 45 * 60 + 10) * 1000L);
    assertThat(report.timelines())
        .extracting(IncidentTimeline::type)
        .containsExactly("theft", "fight", "noise");
    assertThat(report.timelines())
        .extracting(t -> String.format(Locale.ROOT, "%.7f,%.7f", t.lat(), t.lon()))
        .containsExactly(at(2, 2.5), at(12, 3.5), at(6, 11.5));
    assertThat(report.timelines()).allMatch(IncidentTimeline::cleared);
  }
}
