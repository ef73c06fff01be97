// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.typed.ActorSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The dispatch mechanics on the hand-made {@link GridCity}: cars hold fixed posts, calls are replayed
 * from a CSV, and the assertions read the run's domain events.
 */
class DispatchMechanicsTest {
  static final Path MAPS = Path.of("target", "test-grids");
  static ActorSystem<Void> system;
  static RoadNetwork plainGrid;

  @TempDir
  Path dir;

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
    return String.format(Locale.ROOT, "%.7f,%.7f", GridCity.LAT0 + row * GridCity.DLAT,
        GridCity.LON0 + col * GridCity.DLON);
  }

  static String post(double row, double col) {
    String[] p = at(row, col).split(",");
    return "{lat: " + p[0] + ", lon: " + p[1] + "}";
  }

  /** Scenario on the grid: cars on the given posts, one station in the south-west corner, calls replayed. */
  String scenario(String fleetExtra, String dispatchExtra, List<String> posts, List<String> calls) throws IOException {
    Path csv = dir.resolve("calls.csv");
    Files.writeString(csv, "time,lat,lon,type,priority\n" + String.join("\n", calls) + "\n");
    String[] station = at(0, 0.5).split(",");
    String yaml = "seed: 3\n"
        + "fleet:\n  vehicles: " + posts.size() + "\n  patrol: post\n  posts: [" + String.join(", ", posts) + "]\n"
        + "  firstShiftStartHour: 0\n  handoverMinutes: 0\n  mealBreakMinutes: 0\n" + fleetExtra
        + "stations:\n  - {id: S, lat: " + station[0] + ", lon: " + station[1] + ", dutyTeams: 1}\n"
        + "incidents:\n  replay: calls.csv\n  types:\n"
        + "    - {name: noise, priority: low, onSceneMinutes: 60, streetResolveProbability: 1}\n"
        + "    - {name: theft, priority: normal, onSceneMinutes: 5, streetResolveProbability: 1}\n"
        + "    - {name: fight, priority: urgent, onSceneMinutes: 5, streetResolveProbability: 1}\n"
        + "    - {name: brawl, priority: urgent, onSceneMinutes: 5, streetResolveProbability: 1, unitsNeeded: 2}\n"
        + "dispatch:\n  responseThresholdMinutes: 30\n" + dispatchExtra;
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  static String call(String time, double row, double col, String type) {
    return "2024-05-01T" + time + "," + at(row, col) + "," + type + ",";
  }

  RunReport run(String scenarioFile, RoadNetwork network) {
    var loaded = ScenarioLoader.load(Path.of(scenarioFile), List.of());
    return DispatchRun.run(CityModelBuilder.build(loaded, network), system);
  }

  static List<DispatchEvent.Decided> decisions(RunReport report, long incident) {
    return report.decisions().stream().filter(d -> d.incident() == incident).toList();
  }

  @Test
  void theNearestCarByRoadIsSentNotTheNearestInAStraightLine() throws IOException {
    // A barrier between rows 7 and 8, crossable only at column 0 (a river with one bridge at the west edge).
    GridCity river = new GridCity("river");
    for (int c = 1; c < GridCity.N; c++) {
      river.withoutNorthBlock(7, c);
    }
    try (RoadNetwork network = river.load(MAPS.resolve("river"))) {
      // car-01 is 200 m south of the call across the river; car-02 is 720 m away on the same bank.
      RunReport report = run(scenario("", "", List.of(post(6, 10.5), post(12, 4.5)),
          List.of(call("01:00:00", 8, 10.5, "theft"))), network);
      DispatchEvent.Decided d = decisions(report, 1).get(0);
      assertThat(d.unit()).isEqualTo("car-02");
      assertThat(d.candidates()).extracting(DispatchEvent.Weighed::unit).containsExactly("car-02", "car-01");
      assertThat(d.candidates().get(1).roadSeconds()).isGreaterThan(2 * d.candidates().get(0).roadSeconds());
      assertThat(report.timelines().get(0).disposal()).isEqualTo(DispatchEvent.Disposal.STREET);
    }
  }

  @Test
  void aOneWayDetourChangesTheChoice() throws IOException {
    List<String> posts = List.of(post(8, 4.5), post(8, 13.5)); // 5 blocks west, 4 blocks east of the call
    List<String> calls = List.of(call("01:00:00", 8, 9.5, "theft"));
    assertThat(decisions(run(scenario("", "", posts, calls), plainGrid), 1).get(0).unit()).isEqualTo("car-02");
    GridCity oneWay = new GridCity("one-way");
    for (int c = 9; c < 14; c++) {
      oneWay.oneWayEast(8, c); // car-02 may not drive west along row 8 and must go round
    }
    try (RoadNetwork network = oneWay.load(MAPS.resolve("one-way"))) {
      assertThat(decisions(run(scenario("", "", posts, calls), network), 1).get(0).unit()).isEqualTo("car-01");
    }
  }

  @Test
  void aCarOnAMealBreakIsNotSent() throws IOException {
    // car-01 eats 02:00-02:30, car-02 (staggered by 15 min) 02:15-02:45; car-01 is the nearer.
    String meals = "  mealBreakMinutes: 30\n  mealBreakAfterHours: 2\n";
    RunReport report = run(scenario(meals, "", List.of(post(5, 5.5), post(12, 12.5)),
        List.of(call("00:30:00", 5, 7.5, "theft"), call("02:10:00", 5, 7.5, "theft"))), plainGrid);
    assertThat(decisions(report, 1).get(0).unit()).isEqualTo("car-01");
    assertThat(decisions(report, 2).get(0).unit()).isEqualTo("car-02");
    assertThat(report.events()).contains(
        new DispatchEvent.UnitChanged(2 * 3_600_000L, "car-01", true, UnitState.MEAL_BREAK));
  }

  @Test
  void preemptionOnlyForAnUrgentCallAndTheDisplacedIncidentIsServedLater() throws IOException {
    List<String> posts = List.of(post(7, 7.5));
    List<String> calls = List.of(
        call("01:00:00", 8, 8.5, "noise"),  // 1: the car goes; 60 min on scene
        call("01:05:00", 9, 9.5, "theft"),  // 2: normal, car busy: no pre-emption, station team goes
        call("01:10:00", 6, 6.5, "fight")); // 3: urgent, car busy with a low incident, station busy
    RunReport on = run(scenario("", "  preemption: true\n", posts, calls), plainGrid);
    assertThat(decisions(on, 2).get(0).action()).isEqualTo("station");
    DispatchEvent.Decided urgent = decisions(on, 3).get(0);
    assertThat(urgent.unit()).isEqualTo("car-01");
    assertThat(urgent.preempted()).isEqualTo(1);
    assertThat(on.events().stream().filter(DispatchEvent.Preempted.class::isInstance).toList())
        .containsExactly(new DispatchEvent.Preempted(70 * 60_000L, 1, "car-01"));
    IncidentTimeline displaced = on.timelines().get(0);
    assertThat(displaced.preemptions()).isEqualTo(1);
    assertThat(displaced.served()).isTrue();
    assertThat(displaced.clearMs()).isGreaterThan(70 * 60_000L);

    RunReport off = run(scenario("", "  preemption: false\n", posts, calls), plainGrid);
    assertThat(off.events()).noneMatch(DispatchEvent.Preempted.class::isInstance);
    assertThat(decisions(off, 3).get(0).unit()).isNotEqualTo("car-01");
  }

  @Test
  void aHandOverPlannedWithOverlapLeavesNoGap() throws IOException {
    List<String> posts = List.of(post(3, 3.5), post(10, 10.5));
    List<String> calls = List.of(call("09:00:00", 5, 5.5, "theft"));
    // shifts change at 00:00, 08:00 and 16:00; the engine runs events at the horizon (24:00) too
    RunReport gap = run(scenario("  handoverMinutes: 20\n  overlapMinutes: 0\n", "", posts, calls), plainGrid);
    assertThat(gap.events()).filteredOn(e -> e instanceof DispatchEvent.UnitChanged u && u.state() == UnitState.HANDOVER)
        .extracting(DispatchEvent::timeMs).containsExactly(
            8 * 3_600_000L, 8 * 3_600_000L, 16 * 3_600_000L, 16 * 3_600_000L, 24 * 3_600_000L, 24 * 3_600_000L);
    RunReport overlap = run(scenario("  handoverMinutes: 20\n  overlapMinutes: 20\n", "", posts, calls), plainGrid);
    assertThat(overlap.events()).filteredOn(DispatchEvent.UnitChanged.class::isInstance)
        .map(e -> ((DispatchEvent.UnitChanged) e).state())
        .doesNotContain(UnitState.HANDOVER, UnitState.MEAL_BREAK);
  }

  @Test
  void aViolentIncidentGetsABackupAndIsCoveredWhenBothHaveArrived() throws IOException {
    RunReport report = run(scenario("", "", List.of(post(6, 6.5), post(11, 11.5)),
        List.of(call("01:00:00", 7, 7.5, "brawl"))), plainGrid);
    assertThat(decisions(report, 1)).extracting(DispatchEvent.Decided::role, DispatchEvent.Decided::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("primary", "car-01"),
            org.assertj.core.groups.Tuple.tuple("backup", "car-02"));
    List<DispatchEvent.Arrived> arrivals = report.events().stream()
        .filter(DispatchEvent.Arrived.class::isInstance).map(DispatchEvent.Arrived.class::cast).toList();
    assertThat(arrivals).extracting(DispatchEvent.Arrived::unit, DispatchEvent.Arrived::covered)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("car-01", false),
            org.assertj.core.groups.Tuple.tuple("car-02", true));
    IncidentTimeline t = report.timelines().get(0);
    assertThat(t.arrivalMs()).isEqualTo(arrivals.get(0).timeMs());
    assertThat(t.coveredMs()).isEqualTo(arrivals.get(1).timeMs()).isGreaterThan(t.arrivalMs());
    assertThat(t.backupUnit()).isEqualTo("car-02");
    assertThat(t.clearMs()).isGreaterThanOrEqualTo(t.coveredMs() + 60_000);
  }

  @Test
  void replayingACsvReproducesItsIncidents() throws IOException {
    List<String> calls = List.of(call("03:00:00", 2, 2.5, "theft"), call("03:00:30", 12, 3.5, "fight"),
        call("07:45:10", 6, 11.5, "noise"));
    RunReport report = run(scenario("", "", List.of(post(7, 7.5), post(2, 12.5)), calls), plainGrid);
    assertThat(report.timelines()).extracting(IncidentTimeline::callMs)
        .containsExactly(3 * 3_600_000L, 3 * 3_600_000L + 30_000, (7 * 3600 + 45 * 60 + 10) * 1000L);
    assertThat(report.timelines()).extracting(IncidentTimeline::type).containsExactly("theft", "fight", "noise");
    assertThat(report.timelines()).extracting(t -> String.format(Locale.ROOT, "%.7f,%.7f", t.lat(), t.lon()))
        .containsExactly(at(2, 2.5), at(12, 3.5), at(6, 11.5));
    assertThat(report.timelines()).allMatch(IncidentTimeline::served);
  }
}
