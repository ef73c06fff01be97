// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * Which target binds, in both outcomes of a goal search, on replications whose values are written
 * here (a street share and station call-outs per variant and replication), so each interval is
 * known by hand; intervals kept within what a KPI can take; targets no KPI can take refused. No
 * simulation, about 1 s.
 */
class GoalBindingTest {
  static final int SHARE = KpiCatalogue.indexOf("streetDisposalShare");
  static final int CALL_OUTS = KpiCatalogue.indexOf("incidents.stationCallOuts");
  static final String THREE = "grid:\n  fleet.vehicles: [4, 5, 6]\n";

  @TempDir Path dir;

  /**
   * Three variants; variant v's street share is {@code shares[v]} +- 0.01 (alternating), call-outs
   * as given.
   */
  SweepResult search(int replications, String targets, double[] shares, CallOuts callOuts) {
    SweepSetup setup =
        SweepSetup.of(
            SweepPlanReader.read(MonacoSweeps.plan(dir, THREE)),
            MonacoSweeps.options(replications));
    return Sweep.run(
        setup,
        Target.parseAll(targets),
        new Written(
            (v, r) -> {
              double[] kpis = new double[KpiCatalogue.size()];
              kpis[SHARE] = shares[v] + (r % 2 == 0 ? -0.01 : 0.01);
              kpis[CALL_OUTS] = callOuts.of(v, r);
              return kpis;
            }),
        SweepProgress.none());
  }

  interface CallOuts {
    double of(int variant, int replication);
  }

  /**
   * Variant 2's call-outs 0, 2, 0, 2, ...: 0.8 [-0.56, 2.16] after 5 replications, 1.0 [0.25, 1.75]
   * after 10.
   */
  static double fewAtTheLargest(int v, int r) {
    return v == 2 ? (r % 2 == 0 ? 0 : 2) : 5 + (r % 2);
  }

  @Test
  void anAnswerNamesTheTargetThatRulesOutTheVariantBeforeIt() {
    SweepResult result =
        search(
            20,
            "streetDisposalShare>=0.4,incidents.stationCallOuts<=10",
            new double[] {0.30, 0.35, 0.45},
            GoalBindingTest::fewAtTheLargest);
    GoalAnswer g = result.goal();
    assertThat(g.answer()).isEqualTo(2);
    assertThat(g.certain()).isTrue();
    assertThat(g.binding()).containsExactly(new GoalAnswer.Binding(g.targets().get(0), 1));
    assertThat(GoalWords.of(result))
        .contains(
            "smallest variant meeting",
            ": fleet.vehicles=6 (",
            "; binding: streetDisposalShare>=0.4 (fleet.vehicles=5 0.3480 [");

    SweepResult first =
        search(
            20,
            "streetDisposalShare>=0.2",
            new double[] {0.30, 0.35, 0.45},
            GoalBindingTest::fewAtTheLargest);
    assertThat(first.goal().answer()).isZero();
    assertThat(first.goal().binding()).isEmpty();
    assertThat(GoalWords.of(first)).contains("no target binds, the first variant meets them all");
  }

  @Test
  void noneIsDecidedOnlyOnceEachTargetIsDecidedAtTheVariantThatShowsIt() {
    // after 5 replications no variant meets either target: the share is missed everywhere for sure,
    // but the
    // call-outs are open at the variant with the fewest; 10 replications show it meets them there
    String targets = "streetDisposalShare>=0.9,incidents.stationCallOuts<=2";
    SweepResult result =
        search(20, targets, new double[] {0.30, 0.35, 0.45}, GoalBindingTest::fewAtTheLargest);
    GoalAnswer g = result.goal();
    assertThat(g.found()).isFalse();
    assertThat(g.looks()).containsExactly(5, 10);
    assertThat(g.certain()).isTrue();
    assertThat(g.binding()).containsExactly(new GoalAnswer.Binding(g.targets().get(0), 2));
    assertThat(g.replicationsUsed()).isEqualTo(3 * 5 + 5);
    assertThat(GoalWords.of(result))
        .contains("binding: streetDisposalShare>=0.9 (best: fleet.vehicles=6 0.4500 [")
        .doesNotContain("stationCallOuts<=2 (");

    // with no more than 5 replications the call-outs stay open there: named as undecided, not as
    // binding,
    // their interval cut at 0
    SweepResult five =
        search(5, targets, new double[] {0.30, 0.35, 0.45}, GoalBindingTest::fewAtTheLargest);
    assertThat(five.goal().certain()).isFalse();
    assertThat(five.goal().undecided()).containsExactly(2);
    assertThat(GoalWords.of(five))
        .contains(
            "incidents.stationCallOuts<=2 (best: fleet.vehicles=6 0.8000 [0.0000, 2.1602], undecided)",
            "undecided after 5 replications: fleet.vehicles=6");
  }

  @Test
  void intervalsStayWithinWhatTheKpiCanTake() {
    Estimate callOuts = Estimate.of(new double[] {0, 0, 0, 0, 2}).within(Kpi.Unit.COUNT);
    Estimate raw = Estimate.of(new double[] {0, 0, 0, 0, 2});
    assertThat(raw.low()).isNegative();
    assertThat(callOuts.low()).isZero();
    assertThat(callOuts.high()).isEqualTo(raw.high());
    assertThat(callOuts.halfWidth()).isEqualTo(raw.halfWidth());
    Estimate share = Estimate.of(new double[] {1, 1, 1, 0.9}).within(Kpi.Unit.SHARE);
    assertThat(share.high()).isEqualTo(1.0);
    assertThat(share.low()).isEqualTo(Estimate.of(new double[] {1, 1, 1, 0.9}).low()).isLessThan(1);
    // in a sweep, every variant's interval of every KPI
    SweepResult result =
        search(
            5,
            "streetDisposalShare>=0.9",
            new double[] {0.0, 0.5, 0.995},
            GoalBindingTest::fewAtTheLargest);
    for (VariantEstimates v : result.variants()) {
      for (Kpi k : KpiCatalogue.all()) {
        Estimate e = v.kpi(k);
        if (e.hasInterval()) {
          assertThat(e.low()).as("%s %s", v.variant().name(), k.key()).isGreaterThanOrEqualTo(0);
          assertThat(e.high())
              .as("%s %s", v.variant().name(), k.key())
              .isLessThanOrEqualTo(k.unit().most());
        }
      }
    }
    assertThat(result.variants().get(0).kpi(KpiCatalogue.all().get(SHARE)).low()).isZero();
    assertThat(result.variants().get(2).kpi(KpiCatalogue.all().get(SHARE)).high()).isEqualTo(1.0);
  }

  @Test
  void aTargetNoKpiValueCanMeetIsRefused() {
    assertThatThrownBy(() -> Target.parseAll("streetDisposalShare>=1.5"))
        .isInstanceOf(SweepInputError.class)
        .hasMessage(
            "--target 'streetDisposalShare>=1.5': streetDisposalShare>=1.5: 1.5 is not a value"
                + " streetDisposalShare can take (share of 1, from 0 to 1); a share is written as 0.70 for 70 %");
    assertThatThrownBy(
            () -> Target.parseAll("streetDisposalShare>=0.7,firstArrivalSeconds.urgent.mean<=-60"))
        .isInstanceOf(SweepInputError.class)
        .hasMessageContaining(
            "-60 is not a value"
                + " firstArrivalSeconds.urgent.mean can take (seconds, at least 0)");
    assertThatThrownBy(() -> Target.parseAll("incidents.stationCallOuts>=-1"))
        .isInstanceOf(SweepInputError.class)
        .hasMessageContaining("(count, at least 0)");
    assertThat(
            Target.parseAll(
                "streetDisposalShare>=1,streetDisposalShare<=0,firstArrivalSeconds.urgent.mean<=0"))
        .hasSize(3);
  }

  /** Replications whose values a function gives, at once. */
  record Written(Values values) implements ReplicationExecutor {
    interface Values {
      double[] of(int variant, int replication);
    }

    @Override
    public CompletionStage<Void> run(
        List<ReplicationTask> tasks, Consumer<ReplicationResult> results) {
      tasks.forEach(
          t ->
              results.accept(
                  new ReplicationResult(
                      t.variant(), t.replication(), values.of(t.variant(), t.replication()))));
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public int parallelism() {
      return 1;
    }

    @Override
    public void close() {}
  }
}
