// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.typed.ActorSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.geo.network.TravelTimes.Demand;
import org.patrolsim.geo.network.TravelTimes.Responders;

/**
 * Coverage counts the units the policy would send: under the traditional policy only the station
 * teams free at their stations, whatever the patrol cars do. On the plain test grid, one station
 * with one team, one replayed call at 12:00 (the only place calls are expected), no call handling,
 * no turnout, no congestion: the target (1 min here) is all drive.
 */
class CoverageByPolicyTest {
  static final long HOUR = 3_600_000L;
  static ActorSystem<Void> system;
  static RoadNetwork grid;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    system = DispatchRun.actorSystem(2);
    grid = new GridCity("plain").load(DispatchMechanicsTest.MAPS.resolve("plain"));
  }

  @AfterAll
  static void stop() {
    system.terminate();
    grid.close();
  }

  CityModel model(String policy, List<String> posts) throws IOException {
    Path csv = dir.resolve("calls.csv");
    Files.writeString(
        csv,
        "time,lat,lon,type,priority\n2024-05-01T12:00:00,"
            + DispatchMechanicsTest.at(12, 12.5)
            + ",theft,\n");
    String yaml =
        "seed: 3\nfleet:\n  vehicles: "
            + posts.size()
            + "\n  patrol: post\n  posts: ["
            + String.join(", ", posts)
            + "]\n  shiftStartHours: [0]\n  handover: field\n  handoverMinutes: 0\n"
            + "  mealBreakMinutes: 0\nstations:\n"
            + DispatchMechanicsTest.station("S", 0, 0.5, 1)
            + "incidents:\n  replay: calls.csv\n  types:\n"
            + "    - {name: theft, priority: normal, onSceneMinutes: 5, streetResolveProbability: 1}\n"
            + DispatchMechanicsTest.INSTANT_RESPONSE
            + "dispatch:\n  policy: "
            + policy
            + "\n"
            + "report:\n  coverageTargetMinutes: 1\n";
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, yaml);
    return CityModelBuilder.build(ScenarioLoader.load(file, List.of()), grid);
  }

  static List<DispatchEvent.CoverageSampled> samples(CityModel model) {
    return RecordedRun.of(model, system).events().stream()
        .filter(DispatchEvent.CoverageSampled.class::isInstance)
        .map(DispatchEvent.CoverageSampled.class::cast)
        .toList();
  }

  @Test
  void underTheTraditionalPolicyCoverageCountsOnlyTheStationTeams() throws IOException {
    List<String> oneCar = List.of(DispatchMechanicsTest.post(12, 12.5));
    List<String> threeCars =
        List.of(
            DispatchMechanicsTest.post(12, 12.5),
            DispatchMechanicsTest.post(6, 6.5),
            DispatchMechanicsTest.post(1, 8.5));
    CityModel traditional = model("traditional", oneCar);
    List<DispatchEvent.CoverageSampled> fewCars = samples(traditional);
    List<DispatchEvent.CoverageSampled> moreCars = samples(model("traditional", threeCars));
    // the cars never count: the same samples with one car or three (one of them parked at the
    // call's place)
    assertThat(moreCars).isEqualTo(fewCars);

    // while the team is at its station (before the call), each sample is what the station alone
    // covers
    NetworkPosition station = traditional.station(new StationId("S")).position();
    NetworkPosition place =
        grid.snap(LatLon.parse(DispatchMechanicsTest.at(12, 12.5))).orElseThrow();
    Responders team = new Responders(List.of(station), 60, TravelConditions.FREE_FLOW);
    double road = traditional.travelTimes().coverage(List.of(team), Demand.NONE, null).road();
    boolean reachesTheCall =
        traditional.travelTimes().seconds(station, place, TravelConditions.FREE_FLOW) <= 60;
    assertThat(road).isGreaterThan(0).isLessThan(1);
    List<DispatchEvent.CoverageSampled> beforeTheCall =
        fewCars.stream().filter(s -> s.timeMs() < 12 * HOUR).toList();
    assertThat(beforeTheCall)
        .hasSize(144)
        .allSatisfy(
            s -> {
              assertThat(s.share()).isEqualTo(road);
              assertThat(s.demandShare()).isEqualTo(reachesTheCall ? 1.0 : 0.0);
            });
    assertThat(reachesTheCall)
        .isFalse(); // the call is 12 blocks up and 12 across (100 m each at 40 km/h): beyond 1 min
    // of the team

    // the integrated policy counts the car too: parked at the call's place, it covers it
    List<DispatchEvent.CoverageSampled> integrated = samples(model("integrated", oneCar));
    assertThat(integrated.stream().filter(s -> s.timeMs() < 12 * HOUR))
        .allSatisfy(s -> assertThat(s.share()).isGreaterThan(road))
        .allSatisfy(s -> assertThat(s.demandShare()).isEqualTo(1.0));
  }
}
