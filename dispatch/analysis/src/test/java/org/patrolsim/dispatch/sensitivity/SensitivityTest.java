// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.LocalReplications;
import org.patrolsim.dispatch.sweep.SweepProgress;
import org.patrolsim.dispatch.testing.Fixtures;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * The ranking on a plan where the answer is known: monaco-small (6 cars, 2 stations, 300 calls a
 * day on the real Monaco map), one day, 3 replications, and a test registry of three inputs. The
 * call volume from 60 to 900 a day must dominate the availability loss (a fleet of 6 is idle at 60
 * calls and swamped at 900); the coverage target of the report is a reading, not a cause, so it
 * cannot move street disposal at all, but moves coverage itself, up in every replication; a
 * hand-over of 14 vs 16 minutes is a small input. 21 one-day replications, about 20 s.
 */
@IntegrationTest
class SensitivityTest {
  static final Path MONACO = TestMaps.map("monaco.osm.gz").toAbsolutePath();
  static final String CACHE = "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath();
  static final ModelInputs KNOWN =
      ModelInputs.parse(
          "known-inputs.yaml",
          """
      - {name: call-volume, path: incidents.perDay, default: 800, low: 60, high: 900, unit: calls a day, source: test}
      - {name: coverage-target, path: report.coverageTargetMinutes, default: 5, low: 3, high: 8, unit: min, source: test}
      - {name: handover, path: fleet.handoverMinutes, default: 15, low: 14, high: 16, unit: min, source: test}
      """
              .getBytes(StandardCharsets.UTF_8));

  static SensitivityResult result;

  static String monacoSmall() {
    return Fixtures.file("/scenarios/monaco-small.yaml").toString();
  }

  static SensitivitySetup setup(ModelInputs inputs, int replications, List<String> kpis) {
    return SensitivitySetup.of(
        monacoSmall(),
        ScenarioLoader.overrides(null, 1, MONACO, List.of(CACHE)),
        inputs.all(),
        replications,
        kpis.stream().map(k -> KpiCatalogue.require(k, "test")).toList());
  }

  @BeforeAll
  static void runTheKnownPlan() {
    SensitivitySetup setup =
        setup(
            KNOWN,
            3,
            List.of("availabilityLoss", "streetDisposalShare", "coverage.meanShareWithinTarget"));
    try (LocalReplications lanes = LocalReplications.start(2)) {
      result = Sensitivity.run(setup, lanes, SweepProgress.none());
    }
  }

  @Test
  void theDominatingInputRanksFirstWithAnIntervalExcludingZero() {
    KpiSensitivity loss = result.kpi("availabilityLoss");
    InputEffect first = loss.ranking().get(0);
    assertThat(first.input().name()).isEqualTo("call-volume");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.effect().n()).isEqualTo(3);
    assertThat(first.effect().low())
        .as("more calls, more settleable calls lost: %s", first.effect())
        .isPositive();
    assertThat(first.clear()).isTrue();
    assertThat(first.span()).isGreaterThan(loss.input("handover").span());
    assertThat(loss.ranking()).extracting(InputEffect::rank).containsExactly(1, 2, 3);
  }

  @Test
  void anInputWithNoEffectOnAKpiHasAnIntervalContainingZero() {
    InputEffect target = result.kpi("streetDisposalShare").input("coverage-target");
    for (Estimate e : List.of(target.effect(), target.lowVsBase(), target.highVsBase())) {
      assertThat(e.n()).isEqualTo(3);
      assertThat(e.low()).as("%s", e).isLessThanOrEqualTo(0);
      assertThat(e.high()).as("%s", e).isGreaterThanOrEqualTo(0);
    }
    assertThat(target.clear()).isFalse();
  }

  @Test
  void theSameInputMovesTheKpiItReadsInEveryReplication() {
    // a pure reading: at the same instants, with the same free cars, 8 minutes reach at least the
    // road 3 do
    SensitivitySetup setup = result.setup();
    int k = KpiCatalogue.indexOf("coverage.meanShareWithinTarget");
    int input =
        setup.inputs().indexOf(result.kpi("availabilityLoss").input("coverage-target").input());
    double[][] low = result.sweep().book().of(setup.variant(input, ModelInput.End.LOW), 3);
    double[][] high = result.sweep().book().of(setup.variant(input, ModelInput.End.HIGH), 3);
    for (int r = 0; r < 3; r++) {
      assertThat(high[r][k]).as("replication " + r).isGreaterThanOrEqualTo(low[r][k]);
    }
    assertThat(
            result.kpi("coverage.meanShareWithinTarget").input("coverage-target").effect().mean())
        .isPositive();
  }

  @Test
  void theEffectIsTheHighEndMinusTheLowEnd() {
    for (KpiSensitivity k : result.kpis()) {
      for (InputEffect e : k.ranking()) {
        assertThat(e.effect().mean())
            .as(k.kpi().key() + " " + e.input().name())
            .isCloseTo(
                e.high().mean() - e.low().mean(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(e.lowVsBase().mean())
            .isCloseTo(
                e.low().mean() - k.base().mean(), org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  @Test
  void anEndRefusedOnlyWhenTheModelIsBuiltIsOneLineNamingTheInput() {
    ModelInputs meals =
        ModelInputs.parse(
            "meals.yaml",
            """
        - {name: long-meal, path: fleet.mealBreakMinutes, default: 30, low: 20, high: 90, unit: min, source: test}
        """
                .getBytes(StandardCharsets.UTF_8));
    // a share given is a limit (without it the windows would seat the long meal two at a time)
    SensitivitySetup setup =
        SensitivitySetup.of(
            monacoSmall(),
            ScenarioLoader.overrides(
                null, 1, MONACO, List.of(CACHE, "fleet.maxShareOnMealBreak=0.125")),
            meals.all(),
            2,
            List.of(KpiCatalogue.require("availabilityLoss", "test")));
    try (LocalReplications lanes = LocalReplications.start(2)) {
      assertThatThrownBy(() -> Sensitivity.run(setup, lanes, SweepProgress.none()))
          .isInstanceOf(SensitivityInputError.class)
          .hasMessageStartingWith(
              "input long-meal: its high end fleet.mealBreakMinutes=90 is refused: ")
          .hasMessageContaining("fleet.maxShareOnMealBreak");
    }
  }
}
