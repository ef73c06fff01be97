// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * A plan sets the patrol strategy of a beat: by its number ({@code fleet.patrolByBeat}) for
 * automatic beats, or by the {@code patrol} property of its polygon in {@code fleet.beats}; a
 * beat's strategy wins over its shift group's, which wins over {@code fleet.patrol}.
 */
class PatrolByBeatTest {
  static final long MIN = 60_000;

  @TempDir Path dir;

  static final String STATION = "stations:\n  - {id: S, " + GridModels.latLon(0, 0.5) + "}\n";

  static final String HOTSPOT =
      "incidents:\n  hotspotShare: 1\n  hotspots: [{"
          + GridModels.latLon(7, 7)
          + ", radiusMetres: 150}]\n";

  /** The strategy of each car, car-01 first. */
  static List<PatrolStrategy> strategies(CityModel m) {
    return m.cars().stream().map(c -> c.round().strategy()).toList();
  }

  @Test
  void aBeatNumberWinsOverItsShiftGroupWhichWinsOverTheFleet() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 4\n  shiftStartHours: [0, 4]\n  patrol: roam\n"
                + "  patrolByShiftGroup: [post, sweep]\n  patrolByBeat: {2: hotspots, 3: roam}\n"
                + STATION);
    for (CarPlan c : m.cars()) {
      PatrolStrategy expected =
          switch (c.id().index()) {
            case 1 -> PatrolStrategy.HOTSPOTS;
            case 2 -> PatrolStrategy.ROAM;
            default -> c.shiftGroup() == 0 ? PatrolStrategy.POST : PatrolStrategy.SWEEP;
          };
      assertThat(c.round().strategy()).as(c.id().toString()).isEqualTo(expected);
    }
    assertThat(m.cars())
        .as("cars 1 and 4 follow their groups, both groups among them")
        .extracting(CarPlan::shiftGroup)
        .contains(0, 1);
  }

  /** A beats file of two polygons, the grid's west and east halves, with these properties. */
  Path beatsFile(String westProperties, String eastProperties) throws Exception {
    Path file = dir.resolve("beats.geojson");
    Files.writeString(
        file,
        "{\"type\": \"FeatureCollection\", \"features\": ["
            + feature(-0.5, 7.5, westProperties)
            + ", {\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\","
            + " \"coordinates\": [0, 0]}}, "
            + feature(7.5, 14.5, eastProperties)
            + "]}");
    return file;
  }

  static String feature(double fromCol, double toCol, String properties) {
    double s = GridCity.LAT0 - 0.5 * GridCity.DLAT;
    double n = GridCity.LAT0 + 14.5 * GridCity.DLAT;
    double w = GridCity.LON0 + fromCol * GridCity.DLON;
    double e = GridCity.LON0 + toCol * GridCity.DLON;
    return String.format(
        Locale.ROOT,
        "{\"type\": \"Feature\", \"properties\": {%s}, \"geometry\": {\"type\": \"Polygon\","
            + " \"coordinates\": [[[%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f],"
            + " [%.7f, %.7f]]]}}",
        properties,
        w,
        s,
        e,
        s,
        e,
        n,
        w,
        n,
        w,
        s);
  }

  @Test
  void aBeatPolygonsPatrolPropertyWinsOverTheShiftGroup() throws Exception {
    Path beats = beatsFile("\"id\": \"west\", \"patrol\": \"hotspots\"", "\"id\": \"east\"");
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 4\n  shiftStartHours: [0, 4]\n  patrolByShiftGroup: [sweep, post]\n"
                + "  beats: "
                + beats
                + "\n"
                + STATION);
    for (CarPlan c : m.cars()) {
      // car i patrols polygon i mod 2: the west beat is cars 1 and 3
      PatrolStrategy expected =
          c.id().index() % 2 == 0
              ? PatrolStrategy.HOTSPOTS
              : c.shiftGroup() == 0 ? PatrolStrategy.SWEEP : PatrolStrategy.POST;
      assertThat(c.round().strategy()).as(c.id().toString()).isEqualTo(expected);
    }
  }

  @Test
  void aHotSpotBeatVisitsItsHotSpotsWhileItsNeighbourRoams() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 2\n  shiftStartHours: [0]\n  handover: field\n"
                + "  mealBreakMinutes: 0\n  hotspotStopMinutes: 12\n  dwellMinutes: 10\n"
                + "  patrolByBeat: {1: hotspots}\n"
                + HOTSPOT
                + STATION);
    CarPlan hot = m.cars().get(0);
    CarPlan roaming = m.cars().get(1);
    assertThat(strategies(m)).containsExactly(PatrolStrategy.HOTSPOTS, PatrolStrategy.ROAM);

    List<NetworkPosition> stops = hot.round().stops();
    List<PatrolStrategyTest.Leg> hotLegs = drive(hot, m, 6);
    for (int i = 0; i < hotLegs.size(); i++) {
      PatrolStrategyTest.Leg leg = hotLegs.get(i);
      assertThat(leg.route().to().edge())
          .as("hot-spot leg %d ends at stop %d", i, i % stops.size())
          .isEqualTo(stops.get(i % stops.size()).edge());
      assertThat(leg.timerMs())
          .isEqualTo((long) Math.ceil(leg.route().seconds() * 1000) + 12 * MIN);
    }

    Set<Integer> waypoints = new HashSet<>();
    roaming.beat().waypoints().forEach(p -> waypoints.add(p.edge()));
    for (PatrolStrategyTest.Leg leg : drive(roaming, m, 6)) {
      assertThat(waypoints)
          .as("a roaming leg ends at a point of its beat")
          .contains(leg.route().to().edge());
      assertThat(leg.timerMs())
          .as("the drive, then the roaming dwell")
          .isEqualTo(Math.max(1, (long) Math.ceil(leg.route().seconds() * 1000) + 10 * MIN));
    }
  }

  static List<PatrolStrategyTest.Leg> drive(CarPlan plan, CityModel m, int legs) {
    PatrolCar car = new PatrolCar(plan, m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.entityOf(plan.id()), 1);
    car.start(ctx);
    return PatrolStrategyTest.drive(car, ctx, legs);
  }

  void assertLoadFails(String yaml, String message) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, yaml + STATION);
    assertThatThrownBy(() -> ScenarioLoader.load(file, List.of()))
        .isInstanceOf(ScenarioError.class)
        .hasMessage(file + ": " + message);
  }

  @Test
  void aBadBeatNumberOrStrategyIsOneLineNamingTheField() throws Exception {
    assertLoadFails(
        "fleet:\n  patrolByBeat: {3: hotspot}\n",
        "fleet.patrolByBeat.3: expected 'roam', 'post', 'hotspots' or 'sweep', got hotspot");
    assertLoadFails(
        """
        fleet:
          vehicles: 4
          extraShifts: [{startHour: 16, hours: 4, cars: 2}]
          patrolByBeat: {7: post}
        """,
        "fleet.patrolByBeat: expected beat numbers from 1 to 6 (the cars' numbers), got 7");
  }

  @Test
  void beatNumbersWithABeatsFileAreRefusedNamingWhereToSayIt() throws Exception {
    Path beats = beatsFile("", "");
    assertLoadFails(
        "fleet:\n  beats: " + beats + "\n  patrolByBeat: {1: post}\n",
        "fleet.patrolByBeat: expected no beat numbers with fleet.beats (give a beat's strategy as"
            + " its feature's 'patrol' property there), got {1=post}");
  }

  @Test
  void aBadPatrolPropertyIsOneLineNamingTheFileAndTheFeature() throws Exception {
    Path beats = beatsFile("\"patrol\": \"roam\"", "\"patrol\": \"hotspot\"");
    assertThatThrownBy(
            () ->
                GridModels.model(dir, "fleet:\n  vehicles: 2\n  beats: " + beats + "\n" + STATION))
        .isInstanceOf(ScenarioError.class)
        .hasMessageEndingWith(
            ": fleet.beats: "
                + beats
                + " feature 3 property 'patrol': expected 'roam', 'post', 'hotspots' or 'sweep',"
                + " got hotspot");
  }
}
