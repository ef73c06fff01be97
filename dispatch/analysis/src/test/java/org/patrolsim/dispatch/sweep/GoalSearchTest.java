// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.sim.stats.ConfidenceInterval;

/**
 * Goal search on a fleet-size axis of the real Monaco map (4 to 8 cars, monaco-small.yaml), checked
 * against a full sweep of the same axis. About 150 one-day replications, 15-30 s on 2 cores.
 */
@IntegrationTest
class GoalSearchTest {
  static final String AXIS = "grid:\n  fleet.vehicles: [4, 5, 6, 7, 8]\n";

  @TempDir Path dir;

  @Test
  void findsTheSmallestFleetThatMeetsAStreetShareTarget() {
    // the target lies between the 6- and 7-car plans' street shares (0.35 and 0.43 over 20
    // replications):
    // on this overloaded plan calls wait for a car, so settles decay with the delay (docs/MODEL.md
    // §1)
    Path plan = MonacoSweeps.plan(dir, AXIS);
    Target target = Target.parseAll("streetDisposalShare>=0.39").get(0);
    SweepResult goal = MonacoSweeps.run(plan, 20, List.of(target), 2);
    GoalAnswer answer = goal.goal();
    assertThat(answer.found()).as(GoalWords.of(goal)).isTrue();
    int k = KpiCatalogue.indexOf("streetDisposalShare");
    // the reported interval is the Student-t interval of the replications it used, and it meets the
    // target
    VariantEstimates chosen = goal.variants().get(answer.answer());
    ConfidenceInterval recomputed =
        ConfidenceInterval.studentT95(
            CommonRandomNumbersTest.column(
                goal.book().of(answer.answer(), chosen.replications()), k));
    assertThat(chosen.kpi(target.kpi()).low())
        .isEqualTo(recomputed.lower())
        .isGreaterThanOrEqualTo(0.39);
    // every smaller fleet misses it for sure (or is named as undecided)
    for (int v = 0; v < answer.answer(); v++) {
      Estimate e = goal.variants().get(v).kpi(target.kpi());
      assertThat(e.high() < 0.39 || answer.undecided().contains(v))
          .as("variant %d: %s", v, e)
          .isTrue();
    }
    // a full sweep of 20 replications agrees: the chosen fleet's mean reaches the target, the
    // smaller ones' do not
    SweepResult full = MonacoSweeps.run(plan, 20, List.of(), 2);
    assertThat(full.variants().get(answer.answer()).kpi(target.kpi()).mean())
        .isGreaterThanOrEqualTo(0.39);
    for (int v = 0; v < answer.answer(); v++) {
      assertThat(full.variants().get(v).kpi(target.kpi()).mean())
          .as("variant %d", v)
          .isLessThan(0.39);
    }
    // the search shares the full sweep's replications (same seeds) and used no more of them
    assertThat(answer.replicationsUsed()).isLessThanOrEqualTo(5 * 20);
    assertThat(goal.book().of(answer.answer(), chosen.replications()))
        .isDeepEqualTo(full.book().of(answer.answer(), chosen.replications()));
  }

  @Test
  void saysNoneForAnImpossibleTargetAndNamesTheTargetThatBinds() {
    Path plan = MonacoSweeps.plan(dir, AXIS);
    List<Target> targets =
        Target.parseAll("streetDisposalShare>=0.95,firstArrivalSeconds.urgent.mean<=3600");
    SweepResult goal = MonacoSweeps.run(plan, 20, targets, 2);
    GoalAnswer answer = goal.goal();
    assertThat(answer.found()).isFalse();
    assertThat(answer.certain()).isTrue();
    assertThat(answer.binding().stream().map(GoalAnswer.Binding::target))
        .containsExactly(targets.get(0));
    // certain at the first look: every variant's interval lies wholly below 0.95
    assertThat(answer.looks()).containsExactly(GoalSearch.FIRST_LOOK);
    assertThat(answer.replicationsUsed()).isEqualTo(5 * GoalSearch.FIRST_LOOK);
    assertThat(GoalWords.of(goal))
        .startsWith("none of the 5 variants meets")
        .contains("binding: streetDisposalShare>=0.95");
  }

  @Test
  void looksDoubleUpToTheMost() {
    assertThat(GoalSearch.looks(40)).containsExactly(5, 10, 20, 40);
    assertThat(GoalSearch.looks(30)).containsExactly(5, 10, 20, 30);
    assertThat(GoalSearch.looks(3)).containsExactly(3);
  }
}
