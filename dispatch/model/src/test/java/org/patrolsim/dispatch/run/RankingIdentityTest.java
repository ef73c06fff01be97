// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.typed.ActorSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.testing.TestMaps;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The command centre ranks cars with the oracle's k-nearest query ({@code TravelTimes.nearest}); a
 * run must give byte for byte the files it gives with the reference ranking that times every car
 * and sorts ({@link RoadNetwork#withFullScanRanking()}): the default scenario for one day, and the
 * real Monaco map with 120 cars (names past car-99, so name order is not creation order),
 * pre-emption and five candidates logged per decision.
 */
@IntegrationTest
class RankingIdentityTest {
  static final Path CACHE = TestMaps.CACHE;
  static final Path MONACO = TestMaps.map("monaco.osm.gz");
  static ActorSystem<Void> system;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    system = DispatchRun.actorSystem(1);
  }

  @AfterAll
  static void stop() {
    system.terminate();
  }

  @Test
  void defaultScenarioDayIsByteIdenticalWithTheFullScanRanking() throws Exception {
    LoadedScenario loaded = ScenarioLoader.loadDefault(List.of("days=1"));
    try (RoadNetwork network = RoadNetwork.demoCity(CACHE)) {
      assertSameFiles(loaded, network);
    }
  }

  @Test
  void largeFleetOnMonacoIsByteIdenticalWithTheFullScanRanking() throws Exception {
    LoadedScenario loaded =
        ScenarioLoader.load(
            Path.of(RankingIdentityTest.class.getResource("/scenarios/monaco-small.yaml").toURI()),
            List.of(
                "map.osm=" + MONACO.toAbsolutePath(),
                "fleet.vehicles=120",
                "incidents.perDay=1500",
                "dispatch.preemption=true",
                "dispatch.candidatesLogged=5",
                "report.coverageSampleMinutes=60"));
    try (RoadNetwork network = RoadNetwork.load(MONACO, CACHE)) {
      assertSameFiles(loaded, network);
    }
  }

  private void assertSameFiles(LoadedScenario loaded, RoadNetwork network) throws Exception {
    Path nearest = dir.resolve("nearest");
    Path fullScan = dir.resolve("full-scan");
    RecordedRun.writing(CityModelBuilder.build(loaded, network), system, nearest);
    RecordedRun.writing(
        CityModelBuilder.build(loaded, network.withFullScanRanking()), system, fullScan);
    for (String file : List.of(ReportFiles.SUMMARY, ReportFiles.INCIDENTS, ReportFiles.DECISIONS)) {
      byte[] expected = Files.readAllBytes(fullScan.resolve(file));
      assertThat(expected.length).as(file).isGreaterThan(100);
      assertThat(Files.readAllBytes(nearest.resolve(file))).as(file).isEqualTo(expected);
    }
    assertThat(Files.readString(nearest.resolve(ReportFiles.DECISIONS)))
        .contains("\"action\":\"patrol\"");
  }
}
