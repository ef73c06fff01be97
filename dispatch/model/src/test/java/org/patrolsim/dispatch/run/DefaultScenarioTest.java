// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.StationId;

/**
 * The default scenario on the demo city, as users run it: the invariants hold on real output across
 * the plans the README compares, call-outs no longer bunch at breaks, and the field's behaviour
 * holds. Building a report checks the invariants (totals add up, call-outs = teams that turned out,
 * every timeline in order), so every run here is also an invariant check.
 */
@IntegrationTest
class DefaultScenarioTest {
  static DemoCityRuns demo;

  @BeforeAll
  static void start() {
    demo = new DemoCityRuns();
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  static RecordedRun run(String... overrides) {
    return demo.run(overrides);
  }

  /** The value at {@code path} in a summary. */
  static Object at(Map<String, Object> m, String... path) {
    Object v = m;
    for (String key : path) {
      v = ((Map<?, ?>) v).get(key);
    }
    return v;
  }

  @SuppressWarnings("unchecked") // the summary is untyped JSON: its objects are String-keyed maps
  static Map<String, Object> mapAt(Map<String, Object> m, String... path) {
    return (Map<String, Object>) at(m, path);
  }

  @SuppressWarnings("unchecked") // the summary is untyped JSON: the caller names the element type
  static <T> List<T> listAt(Map<String, Object> m, String... path) {
    return (List<T>) at(m, path);
  }

  static long count(Map<String, Object> s, String key) {
    return ((Number) at(s, "incidents", key)).longValue();
  }

  @Test
  void everyCallIsAccountedForOnEveryPlanTheReadmeCompares() {
    for (List<String> plan :
        List.of(
            List.<String>of(),
            List.of("dispatch.preemption=true"),
            List.of("fleet.vehicles=24"),
            List.of("fleet.vehicles=96"),
            List.of("dispatch.policy=traditional"),
            List.of("incidents.perDay=1600"))) {
      RecordedRun r = run(plan.toArray(String[]::new));
      Map<String, Object> s = r.summary();
      assertThat(
              count(s, "streetDisposed")
                  + count(s, "stationDisposed")
                  + count(s, "handedOver")
                  + count(s, "open"))
          .as("%s", plan)
          .isEqualTo(r.timelines().size());
      assertThat(r.timelines()).as("%s", plan).allMatch(t -> t.cleared() || t.openState() != null);
      assertThat(r.timelines())
          .as("%s: every call followed to its end", plan)
          .allMatch(IncidentTimeline::cleared);
    }
  }

  @Test
  void stationCallOutsNoLongerBunchAtShiftChangesAndMeals() {
    BreakWindows staggered = BreakWindows.of(run("days=3", "fleet.vehicles=36"));
    assertThat(staggered.callOuts()).isGreaterThan(20);
    assertThat(staggered.shareOfCallOuts()).isLessThanOrEqualTo(2 * staggered.shareOfTime());
    // the earlier plan: every crew hands over at 06:00, 14:00, 22:00 in the field, meals by car
    // index
    BreakWindows earlier =
        BreakWindows.of(
            run(
                "days=3",
                "fleet.vehicles=36",
                "fleet.shiftStartHours=[6]",
                "fleet.handover=field",
                "fleet.handoverMinutes=20",
                "fleet.mealBreakAfterHours=4",
                "fleet.mealPlan=car-index"));
    assertThat(earlier.shareOfCallOuts()).isGreaterThan(2 * earlier.shareOfTime());
  }

  static double urgentMean(Map<String, Object> s) {
    return ((Number) at(s, "firstArrivalSeconds", "urgent", "mean")).doubleValue();
  }

  static double share(Map<String, Object> s) {
    return ((Number) s.get("streetDisposalShare")).doubleValue();
  }

  @Test
  void theFieldsBehaviourHolds() {
    Map<String, Object> few = run("days=2", "fleet.vehicles=24").summary();
    Map<String, Object> base = run("days=2").summary();
    Map<String, Object> many = run("days=2", "fleet.vehicles=96").summary();
    assertThat(share(few)).isLessThan(share(base));
    assertThat(share(base)).isLessThan(share(many));
    assertThat(count(few, "stationCallOuts")).isGreaterThan(count(base, "stationCallOuts"));
    assertThat(count(base, "stationCallOuts"))
        .isGreaterThanOrEqualTo(count(many, "stationCallOuts"));
    assertThat(urgentMean(few)).isGreaterThan(urgentMean(base));
    assertThat(urgentMean(base)).isGreaterThan(urgentMean(many));
    Map<String, Object> doubled = run("days=2", "incidents.perDay=1600").summary();
    assertThat(share(doubled)).isLessThan(share(base));
    Map<String, Object> traditional = run("days=2", "dispatch.policy=traditional").summary();
    assertThat(count(traditional, "streetDisposed")).isZero();
    long total = ((Number) at(traditional, "incidents", "total")).longValue();
    assertThat(count(traditional, "stationDisposed")).isEqualTo(total);
    assertThat(count(traditional, "stationCallOuts"))
        .isGreaterThan(total); // violent calls get a backup team
  }

  @Test
  void zeroCallOutDaysAppearAtEveryStationWith48CarsOverAWeek() {
    Map<String, Object> week = run("days=7").summary();
    List<Map<String, Object>> stations = listAt(week, "stations");
    assertThat(stations)
        .hasSize(34)
        .allSatisfy(
            st ->
                assertThat(((Number) st.get("zeroCallOutDays")).longValue())
                    .as("%s", st.get("id"))
                    .isPositive());
  }

  /**
   * The "before" of the before-and-after is the field's, not a broken queue: under the traditional
   * policy (every call to its station) each of the 34 stations gets the field's "more than 20 calls
   * a day" order of workload (15 to 30 over a week), and no call waits an hour for a team to be
   * sent.
   */
  @Test
  void traditionalPolicyGivesEveryStationTheFieldsWorkloadWithoutASaturatedQueue() {
    int days = 7;
    RecordedRun week = run("days=" + days, "dispatch.policy=traditional");
    Map<StationId, Long> calls =
        week.timelines().stream()
            .collect(Collectors.groupingBy(IncidentTimeline::station, Collectors.counting()));
    List<Map<String, Object>> stations = listAt(week.summary(), "stations");
    assertThat(calls).hasSize(stations.size());
    assertThat(calls)
        .allSatisfy(
            (station, n) ->
                assertThat(n / (double) days)
                    .as("calls a day at %s", station)
                    .isBetween(15.0, 30.0));
    assertThat(week.timelines())
        .allSatisfy(
            t ->
                assertThat(t.callToDispatchSeconds())
                    .as("call %d waits for a team", t.id())
                    .isLessThanOrEqualTo(3600.0));
  }
}
