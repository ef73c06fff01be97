// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.typed.ActorSystem;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The KPI catalogue against a real summary, the scenario JSON round trip, results filed once, plan
 * reading.
 */
@IntegrationTest
class KpiCatalogueTest {
  @TempDir Path dir;

  @Test
  void theCatalogueIsEveryNumberOfARealSummaryButSeedDaysAndStations() {
    // with a car turnout and self-initiated work, so that the KPIs written only for them are there
    // too
    LoadedScenario loaded =
        ScenarioLoader.load(
            MonacoSweeps.resource("scenarios/monaco-small.yaml"),
            List.of(
                "map.osm=" + MonacoSweeps.MONACO,
                "map.cacheDir=" + MonacoSweeps.CACHE,
                "response.carTurnoutSeconds={median: 30, p90: 60}",
                "fleet.selfInitiated={perCarHour: 0.5, minutes: 15}"));
    ActorSystem<Void> system = DispatchRun.actorSystem(1);
    try (RoadNetwork network = RoadNetwork.load(MonacoSweeps.MONACO, MonacoSweeps.CACHE)) {
      RunReport report = DispatchRun.run(CityModelBuilder.build(loaded, network), system);
      List<String> numbers = new ArrayList<>();
      flatten("", report.summary(), numbers);
      numbers.removeAll(List.of("seed", "days"));
      assertThat(KpiCatalogue.keys()).containsExactlyElementsOf(numbers);
      double[] values = KpiCatalogue.valuesOf(report.summary());
      assertThat(values[KpiCatalogue.indexOf("streetDisposalShare")])
          .isEqualTo(report.streetDisposalShare());
    } finally {
      system.terminate();
    }
  }

  @Test
  void aKpiWrittenOnlyForAPartOfThePlanTheRunLacksIsZeroAndAMissingMeanIsNaN() {
    double[] values =
        KpiCatalogue.valuesOf(Map.of("vehicles", Map.of("timeShare", Map.of("free", 1.0))));
    for (String zero :
        List.of(
            "vehicles.timeShare.turnout",
            "vehicles.timeShare.selfInitiated",
            "vehicles.selfInitiatedJobs")) {
      assertThat(values[KpiCatalogue.indexOf(zero)]).as(zero).isZero();
    }
    assertThat(values[KpiCatalogue.indexOf("vehicles.timeShare.free")]).isEqualTo(1.0);
    assertThat(values[KpiCatalogue.indexOf("vehicles.timeShare.onScene")]).isNaN();
  }

  @SuppressWarnings("unchecked")
  static void flatten(String prefix, Map<String, Object> map, List<String> out) {
    map.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> m) {
            flatten(prefix + key + ".", (Map<String, Object>) m, out);
          } else if (value instanceof Number || value == null) {
            out.add(prefix + key);
          }
        });
  }

  @Test
  void aScenarioComesBackFromItsJsonUnchanged() {
    LoadedScenario loaded =
        ScenarioLoader.loadDefault(List.of("fleet.vehicles=30", "dispatch.policy=traditional"));
    LoadedScenario back =
        ScenarioLoader.fromJson(loaded.source(), ScenarioLoader.toJson(loaded.scenario()));
    assertThat(back.scenario()).isEqualTo(loaded.scenario());
  }

  @Test
  void aReplicationFiledTwiceCountsOnceAndMustNotChange() {
    ResultBook book = new ResultBook();
    double[] kpis = new double[KpiCatalogue.size()];
    kpis[3] = Double.NaN;
    assertThat(book.record(new ReplicationResult(1, 2, kpis.clone()))).isTrue();
    assertThat(book.record(new ReplicationResult(1, 2, kpis.clone()))).isFalse();
    assertThat(book.size()).isEqualTo(1);
    double[] other = kpis.clone();
    other[0] = 1;
    assertThatThrownBy(() -> book.record(new ReplicationResult(1, 2, other)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("different KPIs");
  }

  @Test
  void aPlanReadsRangesListsAndPathsRelativeToItsFolder() throws Exception {
    Path plan = dir.resolve("p.yaml");
    Files.writeString(
        plan,
        """
        set:
          map.osm: maps/city.osm
          fleet.patrol: post
        grid:
          fleet.vehicles: {from: 10, to: 30, step: 10}
          dispatch.policy: [integrated, traditional]
        """);
    SweepPlan p = SweepPlanReader.read(plan);
    assertThat(p.axes().get(0).values())
        .containsExactly(IntNode.valueOf(10), IntNode.valueOf(20), IntNode.valueOf(30));
    assertThat(p.settings().get(0).valueText()).isEqualTo(dir.resolve("maps/city.osm").toString());
    assertThat(p.kpis()).isEqualTo(KpiCatalogue.MAIN.stream().map(Kpi::key).toList());
    Files.writeString(plan, "scenario: large\ngrid:\n  fleet.vehicles: [400, 500]\n");
    SweepSetup large = SweepSetup.of(SweepPlanReader.read(plan), SweepOptions.none());
    assertThat(large.variants().get(0).source())
        .as("a bundled scenario by its name")
        .isEqualTo("large scenario");
    Files.writeString(plan, "grid:\n  fleet.vehicles: [4]\nvariants:\n  - {name: a}\n");
    assertThatThrownBy(() -> SweepPlanReader.read(plan)).hasMessageContaining("got both");
    Files.writeString(
        plan, "grid:\n  fleet.vehicles: [4]\ntitle: a\ngrid:\n  fleet.vehicles: [5]\n");
    assertThatThrownBy(() -> SweepPlanReader.read(plan))
        .isInstanceOf(SweepInputError.class)
        .hasMessage(
            plan + " line 4: key 'grid' appears twice in its mapping; expected each key once");
    Files.writeString(plan, "grid:\n  fleet.vehicles: {from: 10, to: 5, step: 1}\n");
    assertThatThrownBy(() -> SweepPlanReader.read(plan))
        .hasMessageContaining("from <= to and a positive step");
  }

  @Test
  void aGridOfTwoAxesVariesTheSecondFastest() {
    LoadedScenario base = ScenarioLoader.loadDefault(List.of());
    assertThat(base.scenario().fleet().vehicles()).isEqualTo(48);
    Path plan = dir.resolve("two.yaml");
    try {
      Files.writeString(
          plan,
          """
          grid:
            fleet.vehicles: [24, 48]
            dispatch.policy: [integrated, traditional]
          baseline: 'fleet.vehicles=48, dispatch.policy=integrated'
          """);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    SweepSetup setup = SweepSetup.of(SweepPlanReader.read(plan), SweepOptions.none());
    assertThat(setup.variants().stream().map(Variant::name))
        .containsExactly(
            "fleet.vehicles=24, dispatch.policy=integrated",
                "fleet.vehicles=24, dispatch.policy=traditional",
            "fleet.vehicles=48, dispatch.policy=integrated",
                "fleet.vehicles=48, dispatch.policy=traditional");
    assertThat(setup.baseline()).isEqualTo(2);
    assertThat(setup.oneAxis()).isFalse();
  }
}
