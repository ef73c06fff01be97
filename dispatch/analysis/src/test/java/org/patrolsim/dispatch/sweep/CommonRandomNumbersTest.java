// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.sim.stats.ConfidenceInterval;
import org.patrolsim.sim.stats.UnpairedDifference;

/**
 * The statistics of a sweep on the real Monaco map: a variant compared with itself differs by
 * exactly 0, common random numbers make the paired interval of two close variants narrower than the
 * unpaired one, and intervals shrink as one over the square root of the replications. Costs about
 * 80 one-day replications of monaco-small.yaml (300 calls a day), some 15-30 s on 2 cores.
 */
@IntegrationTest
class CommonRandomNumbersTest {
  /**
   * The headline KPIs whose replication-to-replication noise pairing should remove. Not {@code
   * availabilityLoss}: it is itself a difference within each replication (the calls' own ceiling
   * minus the share reached), so the common noise is already taken out of it and pairing it again
   * need not narrow its interval; its paired difference equals the street share's, which is
   * checked.
   */
  static final List<String> HEADLINE =
      List.of(
          "streetDisposalShare",
          "incidents.stationCallOuts",
          "firstArrivalSeconds.urgent.mean",
          "firstArrivalSeconds.normal.mean",
          "coverage.meanShareWithinTarget");

  @TempDir Path dir;

  @Test
  void aVariantComparedWithItselfDiffersByExactlyZero() {
    Path plan =
        MonacoSweeps.plan(
            dir,
            """
        variants:
          - {name: six-cars, set: {fleet.vehicles: 6}}
          - {name: six-cars-again, set: {fleet.vehicles: 6}}
        """);
    SweepResult result = MonacoSweeps.run(plan, 4, List.of(), 2);
    VariantEstimates again = result.variants().get(1);
    for (Kpi kpi : KpiCatalogue.all()) {
      Estimate d = again.vsBaseline(kpi);
      if (d.n() > 0) {
        assertThat(d.mean()).as(kpi.key()).isEqualTo(0.0);
        assertThat(d.halfWidth()).as(kpi.key()).isEqualTo(0.0);
      }
      assertThat(again.kpi(kpi).mean()).as(kpi.key()).isEqualTo(result.baseline().kpi(kpi).mean());
    }
  }

  @Test
  void pairingTwoCloseVariantsGivesANarrowerIntervalThanNotPairingThem() {
    Path plan = MonacoSweeps.plan(dir, "grid:\n  fleet.vehicles: [6, 7]\n");
    SweepResult result = MonacoSweeps.run(plan, 10, List.of(), 2);
    VariantEstimates seven = result.variants().get(1);
    for (String path : HEADLINE) {
      Kpi kpi = KpiCatalogue.require(path, "test");
      int k = KpiCatalogue.indexOf(path);
      double[] six = column(result.book().of(0, 10), k);
      double[] seven10 = column(result.book().of(1, 10), k);
      ConfidenceInterval unpaired = UnpairedDifference.welch95(six, seven10);
      Estimate paired = seven.vsBaseline(kpi);
      assertThat(paired.mean()).as(path).isCloseTo(unpaired.mean(), within(1e-9));
      assertThat(paired.halfWidth())
          .as("%s: paired %s vs unpaired %s", path, paired.halfWidth(), unpaired.halfWidth())
          .isLessThan(unpaired.halfWidth());
    }
    // the two losses are the ceiling minus the share in each replication: where the ceiling is the
    // same in
    // both variants, their paired difference is minus the share's (all rounded to 4 decimals per
    // run)
    int shareAt = KpiCatalogue.indexOf("streetDisposalShare");
    int ceilingAt = KpiCatalogue.indexOf("streetDisposalCeiling");
    int availabilityAt = KpiCatalogue.indexOf("availabilityLoss");
    int lateAt = KpiCatalogue.indexOf("responseLoss");
    double[][] six10 = result.book().of(0, 10);
    double[][] seven10 = result.book().of(1, 10);
    int sameCeiling = 0;
    for (int r = 0; r < 10; r++) {
      for (double[] run : List.of(six10[r], seven10[r])) {
        assertThat(run[shareAt] + run[availabilityAt] + run[lateAt])
            .isCloseTo(run[ceilingAt], within(2e-4));
      }
      if (six10[r][ceilingAt] == seven10[r][ceilingAt]) {
        sameCeiling++;
        double lossDiff =
            seven10[r][availabilityAt]
                + seven10[r][lateAt]
                - six10[r][availabilityAt]
                - six10[r][lateAt];
        assertThat(lossDiff)
            .as("replication %d", r)
            .isCloseTo(six10[r][shareAt] - seven10[r][shareAt], within(1e-3));
      }
    }
    assertThat(sameCeiling)
        .as("replications whose repeat calls left the ceiling unchanged")
        .isPositive();
  }

  /**
   * With R = 40 the half-width is about half that with R = 10. One set of 10 estimates its standard
   * deviation only to about +-24 %, so the R = 40 interval is compared with the mean half-width of
   * the four disjoint sets of 10 replications it consists of (the first set is exactly the R = 10
   * sweep): the expected ratio is t(0.975, 39) / t(0.975, 9) x sqrt(10 / 40) = 0.447 (0.457 with
   * the bias of a sample standard deviation), and the noise left is a few per cent.
   */
  @Test
  void theHalfWidthWithFortyReplicationsIsAboutHalfThatWithTen() {
    Path plan = MonacoSweeps.plan(dir, "grid:\n  fleet.vehicles: [6]\n");
    SweepResult forty = MonacoSweeps.run(plan, 40, List.of(), 2);
    SweepResult ten = MonacoSweeps.run(plan, 10, List.of(), 2);
    double[][] rows = forty.book().of(0, 40);
    assertThat(ten.book().of(0, 10)).isDeepEqualTo(java.util.Arrays.copyOf(rows, 10));
    for (String path : HEADLINE) {
      Kpi kpi = KpiCatalogue.require(path, "test");
      int k = KpiCatalogue.indexOf(path);
      double sumOfTens = 0;
      for (int set = 0; set < 4; set++) {
        sumOfTens +=
            ConfidenceInterval.studentT95(
                    java.util.Arrays.copyOfRange(column(rows, k), 10 * set, 10 * set + 10))
                .halfWidth();
      }
      assertThat(ten.variants().get(0).kpi(kpi).halfWidth())
          .as(path)
          .isCloseTo(
              ConfidenceInterval.studentT95(java.util.Arrays.copyOf(column(rows, k), 10))
                  .halfWidth(),
              within(1e-9));
      double ratio = forty.variants().get(0).kpi(kpi).halfWidth() / (sumOfTens / 4);
      assertThat(ratio)
          .as("%s: R=40 half-width / mean R=10 half-width", path)
          .isBetween(0.40, 0.52);
    }
  }

  static double[] column(double[][] rows, int k) {
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      out[r] = rows[r][k];
    }
    return out;
  }
}
