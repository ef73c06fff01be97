// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Spread;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.MonacoRun;

/**
 * What calibration adds to the model (issue 20), on a real run of the small Monaco plan
 * ({@code scenarios/monaco-small.yaml}, six cars, 300 calls a day): the patrol car turnout and the
 * officers' self-initiated work.
 */
class CalibratedModelRunTest {

  /**
   * Each incident whose first unit was a patrol car moved off its turnout after the dispatch: the fate's
   * turnout draw through the configured log-normal. Those n delays are n independent draws, so their
   * median and p90 lie between the distribution's quantiles at q -/+ 4 standard errors of a share,
   * sqrt(q (1 - q) / n).
   */
  @Test
  void aCarTurnoutDelaysTheMoveOffByTheConfiguredDistribution() {
    Spread turnout = new Spread(60, 150);
    MonacoRun run = MonacoRun.of("days=2", "response.carTurnoutSeconds={median: 60, p90: 150}");
    long[] delays = run.timelines().stream()
        .filter(t -> t.firstUnit() != null && t.firstUnit().isPatrolCar() && t.firstEnRouteMs() >= 0)
        .mapToLong(t -> t.firstEnRouteMs() - t.firstDispatchMs()).sorted().toArray();
    int n = delays.length;
    assertThat(n).isGreaterThan(300);
    for (double q : new double[] {0.5, 0.9}) {
      double fourSe = 4 * Math.sqrt(q * (1 - q) / n);
      long sample = delays[(int) Math.ceil(q * n) - 1];
      assertThat(sample).as("q %s of %s turnouts", q, n)
          .isBetween(turnout.millisAt(q - fourSe), turnout.millisAt(q + fourSe));
    }
    for (IncidentTimeline t : run.timelines()) {
      if (t.firstArrivalMs() >= 0) {
        assertThat(t.firstEnRouteMs()).as("incident %s", t.id()).isBetween(t.firstDispatchMs(), t.firstArrivalMs());
      }
    }
    assertThat(shares(run)).containsKey("turnout");
    assertThat((Double) shares(run).get("turnout")).isPositive();
  }

  @Test
  void withoutACarTurnoutACarMovesOffWhenItIsSentAndNoTurnoutShareIsWritten() {
    MonacoRun run = MonacoRun.of();
    long[] delays = run.timelines().stream()
        .filter(t -> t.firstUnit() != null && t.firstUnit().isPatrolCar())
        .mapToLong(t -> t.firstEnRouteMs() - t.firstDispatchMs()).toArray();
    assertThat(delays).isNotEmpty();
    assertThat(Arrays.stream(delays).distinct().toArray()).containsExactly(0);
    assertThat(shares(run)).doesNotContainKey("turnout");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> shares(MonacoRun run) {
    return (Map<String, Object>) ((Map<String, Object>) run.report().summary().get("vehicles")).get("timeShare");
  }
}
