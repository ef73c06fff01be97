// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * B - A and its paired interval on small hand-made runs: the t interval of the per-replication
 * differences worked out by hand (t(0.975, 2) = 4.302653), the verdict by which way each KPI is
 * better, and no interval, with the reason, when the runs do not pair.
 */
class PlanComparisonTest {
  static final Kpi SHARE = KpiCatalogue.STREET_DISPOSAL_SHARE; // better higher
  static final Kpi LOSS = KpiCatalogue.AVAILABILITY_LOSS; // better lower
  static final Kpi INCIDENTS = KpiCatalogue.INCIDENTS; // better neither way
  static final double T_975_2 = 4.302653;
  static final List<Double> MAP = List.of(-29.9, 45.07);

  @Test
  void pairedDifferencesOfTheSameSeedsGiveTheTIntervalOfTheDifferences() {
    // differences B - A: 0.10, 0.11, 0.12: mean 0.11, standard deviation 0.01
    RunOutput a = replicated(List.of(1L, 7L, 9L), new double[] {0.50, 0.60, 0.55});
    RunOutput b = replicated(List.of(1L, 7L, 9L), new double[] {0.60, 0.71, 0.67});
    PlanComparison c = PlanComparison.of(a, b);

    assertThat(c.pairing().available()).isTrue();
    assertThat(c.pairing().pairs()).isEqualTo(3);
    KpiDelta share = c.delta(SHARE);
    assertThat(share.a()).isCloseTo(0.55, within(1e-12));
    assertThat(share.b()).isCloseTo(0.66, within(1e-12));
    assertThat(share.delta()).isCloseTo(0.11, within(1e-12));
    double half = T_975_2 * 0.01 / Math.sqrt(3);
    assertThat(share.paired().mean()).isCloseTo(0.11, within(1e-12));
    assertThat(share.paired().halfWidth()).isCloseTo(half, within(1e-6));
    assertThat(share.paired().low()).isCloseTo(0.11 - half, within(1e-6));
    assertThat(share.paired().high()).isCloseTo(0.11 + half, within(1e-6));
    assertThat(share.paired().n()).isEqualTo(3);
    assertThat(share.verdict()).isEqualTo(Verdict.BETTER);
    // the same rise of a KPI better lower is worse, of one better neither way a change
    assertThat(c.delta(LOSS).verdict()).isEqualTo(Verdict.WORSE);
    assertThat(c.delta(INCIDENTS).verdict()).isEqualTo(Verdict.CHANGED);
  }

  @Test
  void anIntervalThatHoldsZeroTellsNoClearChange() {
    // differences 0.10, -0.05, 0.15: mean 0.0667, standard deviation 0.1041
    RunOutput a = replicated(List.of(1L, 7L, 9L), new double[] {0.50, 0.60, 0.55});
    RunOutput b = replicated(List.of(1L, 7L, 9L), new double[] {0.60, 0.55, 0.70});
    KpiDelta share = PlanComparison.of(a, b).delta(SHARE);
    double m = 0.2 / 3;
    double sd =
        Math.sqrt((Math.pow(0.10 - m, 2) + Math.pow(-0.05 - m, 2) + Math.pow(0.15 - m, 2)) / 2);
    assertThat(share.paired().halfWidth()).isCloseTo(T_975_2 * sd / Math.sqrt(3), within(1e-6));
    assertThat(share.paired().low()).isNegative();
    assertThat(share.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void runsOfOtherSeedsHaveDeltasButNoInterval() {
    RunOutput a = replicated(List.of(1L, 7L, 9L), new double[] {0.50, 0.60, 0.55});
    RunOutput b = replicated(List.of(2L, 8L, 10L), new double[] {0.60, 0.71, 0.67});
    PlanComparison c = PlanComparison.of(a, b);
    assertThat(c.pairing().available()).isFalse();
    assertThat(c.pairing().why())
        .isEqualTo(
            "replication 0 ran on seed 1 in A but 2 in B: not common random numbers (run both"
                + " from the same seed)");
    assertThat(c.delta(SHARE).delta()).isCloseTo(0.11, within(1e-12));
    assertThat(c.delta(SHARE).paired()).isNull();
    assertThat(c.delta(SHARE).verdict()).isEqualTo(Verdict.NOT_JUDGED);
  }

  @Test
  void aSingleRunHasNoPairedInterval() {
    RunOutput single = single(0.5);
    RunOutput b = replicated(List.of(1L, 7L, 9L), new double[] {0.60, 0.71, 0.67});
    assertThat(PlanComparison.of(single, b).pairing().why())
        .startsWith("A is a single run: a paired interval needs both run with --replications N");
    assertThat(PlanComparison.of(b, single).pairing().why()).startsWith("B is a single run");
    PlanComparison two = PlanComparison.of(single, single(0.625));
    assertThat(two.pairing().why()).startsWith("A and B are single runs");
    assertThat(two.delta(SHARE).delta()).isEqualTo(0.125);
    assertThat(two.deltas()).hasSize(KpiCatalogue.size());
  }

  @Test
  void moreReplicationsOnOneSidePairTheFirstOfEach() {
    RunOutput a = replicated(List.of(1L, 7L, 9L), new double[] {0.50, 0.60, 0.55});
    RunOutput b = replicated(List.of(1L, 7L, 9L, 11L), new double[] {0.60, 0.71, 0.67, 0.2});
    PlanComparison c = PlanComparison.of(a, b);
    assertThat(c.pairing().pairs()).isEqualTo(3);
    assertThat(c.pairing().why()).endsWith("the first 3 of each (A has 3, B has 4)");
    assertThat(c.delta(SHARE).paired().mean()).isCloseTo(0.11, within(1e-12));
  }

  @Test
  void aReplicationWithoutAValueIsLeftOutOfThePairs() {
    RunOutput a = replicated(List.of(1L, 7L, 9L), new double[] {0.50, Double.NaN, 0.55});
    RunOutput b = replicated(List.of(1L, 7L, 9L), new double[] {0.60, 0.71, 0.67});
    KpiDelta share = PlanComparison.of(a, b).delta(SHARE);
    assertThat(share.paired().n()).isEqualTo(2);
    assertThat(share.paired().mean()).isCloseTo(0.11, within(1e-12));
  }

  @Test
  void runsOfOtherDaysOrMapsDoNotCompare() {
    RunOutput a = single(0.5);
    RunOutput twoDays =
        new RunOutput(Path.of("b"), 1, 2, List.of(1L), values(0.5), List.of(), Map.of(), MAP);
    assertThatThrownBy(() -> PlanComparison.of(a, twoDays))
        .isInstanceOf(CompareInputError.class)
        .hasMessage("B b: 2 day(s), but A a has 1; expected two runs of the same number of days");
    RunOutput otherMap =
        new RunOutput(
            Path.of("b"), 1, 1, List.of(1L), values(0.5), List.of(), Map.of(), List.of(1.0, 2.0));
    assertThatThrownBy(() -> PlanComparison.of(a, otherMap))
        .isInstanceOf(CompareInputError.class)
        .hasMessage(
            "B b: ran on a map centred at [1.0, 2.0] (hexagons.geojson), A a on one centred at"
                + " [-29.9, 45.07]; expected two runs on the same map");
  }

  /** A run of replications whose street share, availability loss and incidents are {@code v}. */
  static RunOutput replicated(List<Long> seeds, double[] v) {
    List<double[]> rows = new ArrayList<>();
    double mean = 0;
    int n = 0;
    for (double x : v) {
      rows.add(values(x));
      if (!Double.isNaN(x)) {
        mean += x;
        n++;
      }
    }
    return new RunOutput(
        Path.of(seeds.get(0) == 1L ? "a" : "b"),
        seeds.get(0),
        1,
        seeds,
        values(mean / n),
        rows,
        Map.of(),
        MAP);
  }

  static RunOutput single(double v) {
    return new RunOutput(Path.of("a"), 1, 1, List.of(1L), values(v), List.of(), Map.of(), MAP);
  }

  /** Catalogue-ordered values: NaN but for the three KPIs of these tests, all {@code v}. */
  static double[] values(double v) {
    double[] values = new double[KpiCatalogue.size()];
    Arrays.fill(values, Double.NaN);
    for (Kpi k : List.of(SHARE, LOSS, INCIDENTS)) {
      values[KpiCatalogue.indexOf(k.key())] = v;
    }
    return values;
  }
}
