// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Spread;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.RecordedRun;

/**
 * What calibration adds to the model (issue 20), on a real run of the small Monaco plan ({@code
 * scenarios/monaco-small.yaml}, six cars, 300 calls a day): the patrol car turnout and the
 * officers' self-initiated work.
 */
@IntegrationTest
class CalibratedModelRunTest {

  /**
   * Each incident whose first unit was a patrol car moved off its turnout after the dispatch: the
   * fate's turnout draw through the configured log-normal. Those n delays are n independent draws,
   * so their median and p90 lie between the distribution's quantiles at q -/+ 4 standard errors of
   * a share, sqrt(q (1 - q) / n).
   */
  @Test
  void aCarTurnoutDelaysTheMoveOffByTheConfiguredDistribution() {
    Spread turnout = new Spread(60, 150);
    RecordedRun run =
        RecordedRun.monaco("days=2", "response.carTurnoutSeconds={median: 60, p90: 150}");
    long[] delays =
        run.timelines().stream()
            .filter(
                t ->
                    t.firstUnit() != null && t.firstUnit().isPatrolCar() && t.firstEnRouteMs() >= 0)
            .mapToLong(t -> t.firstEnRouteMs() - t.firstDispatchMs())
            .sorted()
            .toArray();
    int n = delays.length;
    assertThat(n).isGreaterThan(300);
    for (double q : new double[] {0.5, 0.9}) {
      double fourSe = 4 * Math.sqrt(q * (1 - q) / n);
      long sample = delays[(int) Math.ceil(q * n) - 1];
      assertThat(sample)
          .as("q %s of %s turnouts", q, n)
          .isBetween(turnout.millisAt(q - fourSe), turnout.millisAt(q + fourSe));
    }
    for (IncidentTimeline t : run.timelines()) {
      if (t.firstArrivalMs() >= 0) {
        assertThat(t.firstEnRouteMs())
            .as("incident %s", t.id())
            .isBetween(t.firstDispatchMs(), t.firstArrivalMs());
      }
    }
    assertThat(shares(run)).containsKey("turnout");
    assertThat((Double) shares(run).get("turnout")).isPositive();
  }

  @Test
  void withoutACarTurnoutACarMovesOffWhenItIsSentAndNoTurnoutShareIsWritten() {
    RecordedRun run = RecordedRun.monaco();
    long[] delays =
        run.timelines().stream()
            .filter(t -> t.firstUnit() != null && t.firstUnit().isPatrolCar())
            .mapToLong(t -> t.firstEnRouteMs() - t.firstDispatchMs())
            .toArray();
    assertThat(delays).isNotEmpty();
    assertThat(Arrays.stream(delays).distinct().toArray()).containsExactly(0);
    assertThat(shares(run)).doesNotContainKey("turnout");
  }

  /**
   * Self-initiated work at 1 job per free car hour, lasting a log-normal of median 15 and p90 40
   * minutes (mean 20.1 min, standard deviation 17.9 min), on two days of the six cars: the jobs are
   * a Poisson count over the free car hours, within 4 standard deviations (sqrt of the expected
   * count) of rate x free hours; the car time they took, per job, is the mean duration within 4
   * standard errors (the jobs still running at the end of the call period are cut there: at most
   * one per car, a few minutes of bias against a tolerance of about 5 minutes). So the cars spend
   * rate x mean minutes / 60 of their free time on it. The first calls are the same as without it
   * (the cars' own stream; repeat calls follow what the plan settles), and with about a seventh of
   * the car time gone the calls wait longer for a car and are reached later.
   */
  @Test
  void selfInitiatedWorkTakesItsShareOfCarTimeAndDelaysTheCalls() {
    Spread minutes = new Spread(15 * 60, 40 * 60);
    // 120 calls a day keep the cars about half free: at the plan's 300 they are busy 80 % of the
    // time,
    // calls queue for hours, and the means measure the queue's swings rather than the cars'
    // availability
    RecordedRun with =
        RecordedRun.monaco(
            "days=2",
            "incidents.perDay=120",
            "fleet.selfInitiated={perCarHour: 1, minutes: {median: 15, p90: 40}}");
    RecordedRun without = RecordedRun.monaco("days=2", "incidents.perDay=120");
    Map<String, Object> vehicles = vehicles(with);
    double onDutyHours = 6 * 48;
    double freeHours = (Double) shares(with).get("free") * onDutyHours;
    long jobs = ((Number) vehicles.get("selfInitiatedJobs")).longValue();
    assertThat((double) jobs)
        .isCloseTo(freeHours, org.assertj.core.data.Offset.offset(4 * Math.sqrt(freeHours)));
    double meanMinutes = minutes.meanSeconds() / 60;
    double sigma = Math.log(40.0 / 15) / 1.2815515655446004;
    double sd = meanMinutes * Math.sqrt(Math.exp(sigma * sigma) - 1);
    double perJob = (Double) shares(with).get("selfInitiated") * onDutyHours * 60 / jobs;
    assertThat(perJob)
        .isCloseTo(
            meanMinutes, org.assertj.core.data.Offset.offset(4 * sd / Math.sqrt((double) jobs)));
    assertThat(without.report().summary().get("vehicles"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .doesNotContainKey("selfInitiatedJobs");
    assertThat(shares(without)).doesNotContainKey("selfInitiated");

    assertThat(calls(with)).isEqualTo(calls(without)).hasSizeGreaterThan(200);
    assertThat(mean(with, "callToDispatchSeconds"))
        .isGreaterThan(mean(without, "callToDispatchSeconds"));
    assertThat(mean(with, "firstArrivalSeconds"))
        .isGreaterThan(mean(without, "firstArrivalSeconds"));
  }

  /**
   * Each first call as generated (repeat calls follow what the plan settles): when, where, what.
   */
  static List<String> calls(RecordedRun run) {
    return run.timelines().stream()
        .filter(t -> t.repeatOf() == 0)
        .map(t -> t.callMs() + " " + t.lat() + " " + t.lon() + " " + t.type())
        .toList();
  }

  /**
   * The mean over every call of a summary time (its per-priority means weighted by their counts).
   */
  @SuppressWarnings("unchecked")
  static double mean(RecordedRun run, String key) {
    Map<String, Object> byPriority = (Map<String, Object>) run.report().summary().get(key);
    double sum = 0;
    long n = 0;
    for (Object v : byPriority.values()) {
      Map<String, Object> stats = (Map<String, Object>) v;
      long count = ((Number) stats.get("count")).longValue();
      if (count > 0) {
        sum += ((Number) stats.get("mean")).doubleValue() * count;
        n += count;
      }
    }
    return sum / n;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> vehicles(RecordedRun run) {
    return (Map<String, Object>) run.report().summary().get("vehicles");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> shares(RecordedRun run) {
    return (Map<String, Object>)
        ((Map<String, Object>) run.report().summary().get("vehicles")).get("timeShare");
  }
}
