// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patrolsim.dispatch.hypercube.ExactHypercubeSolver;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.HypercubeSpecReader;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.MonacoPlans;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelConditions;

/** The hypercube of a plan on the real map of Monaco, against a SPEC written by hand. */
@IntegrationTest
class PlanHypercubeBuilderTest {
  static RoadNetwork monaco;

  @BeforeAll
  static void load() {
    monaco = MonacoPlans.network();
  }

  @AfterAll
  static void close() {
    monaco.close();
  }

  static PlanHypercube plan(PlanHypercubeBuilder.Options options, String... overrides) {
    return PlanHypercubeBuilder.build(
        MonacoPlans.model(monaco, MonacoPlans.COMPATIBLE, overrides), options);
  }

  /**
   * The same system by hand: 48 calls a day are 2 an hour, split 2:1:1 over the hotspots (1, 0.5,
   * 0.5 an hour); 30 minutes of busy time are 2 services an hour. Each hotspot's calls rank first
   * the car posted in it; the other two follow by road (Monte Carlo: Larvotto before Fontvieille;
   * Fontvieille: Monte Carlo before Larvotto; Larvotto: Monte Carlo before Fontvieille), as the
   * map's roads have it.
   */
  static HypercubeSpec handBuilt(String queue) {
    return HypercubeSpecReader.parse(
        """
        units: 3
        serviceRates: 2.0
        queue: %s
        atoms:
          - {rate: 1.0, preference: [1, 3, 2]}
          - {rate: 0.5, preference: [2, 1, 3]}
          - {rate: 0.5, preference: [3, 1, 2]}
        """
            .formatted(queue),
        "hand-built",
        false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zero", "infinite"})
  void theHypercubeOfThePlanIsTheOneWrittenByHand(String queue) {
    PlanHypercube plan =
        plan(
            PlanHypercubeBuilder.Options.DAY_MEAN,
            "dispatch.whenNoCarFree=" + (queue.equals("zero") ? "station" : "wait"));
    assertThat(plan.exact()).as("%s", plan.departures()).isTrue();
    assertThat(plan.atoms()).hasSize(3);
    HypercubeSpec built = plan.spec(plan.busy().meanMinutes());
    HypercubeSpec hand = handBuilt(queue);
    assertThat(built.lineCapacity()).isEqualTo(hand.lineCapacity());
    assertThat(built.serviceRates()).containsExactly(hand.serviceRates());
    // the two atoms of 0.5 an hour tie: the bridge lists tied atoms as their places first occur in
    // the
    // model's pool, so atoms are matched by their preference lists
    int[] atomOfHand = new int[3];
    for (int j = 0; j < 3; j++) {
      int[] wanted = hand.atoms().get(j).preference();
      atomOfHand[j] =
          java.util.stream.IntStream.range(0, 3)
              .filter(i -> java.util.Arrays.equals(built.atoms().get(i).preference(), wanted))
              .findFirst()
              .orElseThrow();
      assertThat(built.atoms().get(atomOfHand[j]).rate())
          .isCloseTo(hand.atoms().get(j).rate(), within(1e-12));
    }
    HypercubeSolution a = PlanScreen.solve(plan, false).solution();
    HypercubeSolution b = ExactHypercubeSolver.solve(hand);
    assertSameMeasures(a, b);
    for (int n = 0; n < 3; n++) {
      for (int j = 0; j < 3; j++) {
        assertThat(a.dispatchFractions()[n][atomOfHand[j]])
            .isCloseTo(b.dispatchFractions()[n][j], within(1e-9));
      }
    }
    assertThat(a.meanQueueWait()).isCloseTo(b.meanQueueWait(), within(1e-9));
  }

  @Test
  void groupingPlacesByPreferenceOrderChangesNothingButTheNumberOfAtoms() {
    PlanHypercube grouped = plan(PlanHypercubeBuilder.Options.DAY_MEAN);
    PlanHypercube single = plan(new PlanHypercubeBuilder.Options(null, false));
    assertThat(grouped.atoms()).hasSize(3);
    assertThat(single.atoms()).hasSize(grouped.places()).hasSizeGreaterThan(100);
    HypercubeSolution a = PlanScreen.solve(grouped, false).solution();
    HypercubeSolution b = PlanScreen.solve(single, false).solution();
    assertSameMeasures(a, b);
    assertThat(a.travelTimes().orElseThrow().overall())
        .isCloseTo(b.travelTimes().orElseThrow().overall(), within(1e-9));
    // each atom's dispatch fractions are the sums over its places
    for (int j = 0; j < grouped.atoms().size(); j++) {
      List<NetworkPosition> places = grouped.atoms().get(j).places();
      for (int n = 0; n < 3; n++) {
        double sum = 0;
        for (int i = 0; i < single.atoms().size(); i++) {
          if (places.contains(single.atoms().get(i).places().get(0))) {
            sum += b.dispatchFractions()[n][i];
          }
        }
        assertThat(a.dispatchFractions()[n][j]).isCloseTo(sum, within(1e-9));
      }
    }
  }

  @Test
  void atomsFollowTheCommandCentresRankingAndCarryTheirPlacesProbabilities() {
    CityModel model =
        MonacoPlans.model(monaco, MonacoPlans.COMPATIBLE, "incidents.hotspotShare=0.5");
    PlanHypercube plan = PlanHypercubeBuilder.build(model, PlanHypercubeBuilder.Options.DAY_MEAN);
    assertThat(plan.places()).isEqualTo(model.places().probabilities().size());
    assertThat(plan.atoms().stream().mapToDouble(PlanAtom::share).sum())
        .isCloseTo(1.0, within(1e-12));
    assertThat(plan.atoms()).isSortedAccordingTo((x, y) -> Double.compare(y.share(), x.share()));
    for (PlanAtom atom : plan.atoms()) {
      for (NetworkPosition place : atom.places().subList(0, Math.min(50, atom.places().size()))) {
        double[] s =
            monaco.travelTimes().secondsTo(plan.homes(), place, TravelConditions.FREE_FLOW);
        int[] order = atom.preference();
        for (int k = 1; k < order.length; k++) {
          assertThat(s[order[k - 1]]).isLessThanOrEqualTo(s[order[k]]);
        }
        assertThat(plan.atomAt(place.point())).isEqualTo(plan.atoms().indexOf(atom));
      }
    }
  }

  @Test
  void theModelsOwnBusyTimeIsTheMeanOnSceneAndTheDriveTheSolutionPredicts() {
    PlanHypercube plan = plan(PlanHypercubeBuilder.Options.DAY_MEAN, "fleet.busyTime=scene");
    assertThat(plan.departures()).extracting(Departure::field).containsExactly("fleet.busyTime");
    assertThat(plan.busy().exponential()).isFalse();
    assertThat(plan.busy().meanMinutes())
        .isCloseTo(
            new org.patrolsim.dispatch.incident.OnSceneTime.Erlang2(20 * 60_000L).meanMinutes(),
            within(1e-12));
    PlanScreen screen = PlanScreen.solve(plan, false);
    assertThat(screen.busyMinutes())
        .isCloseTo(
            plan.busy().meanMinutes() + screen.meanTravelMinutes(),
            within(1e-6 * screen.busyMinutes()));
    assertThat(screen.solution().workloads()[0]).isGreaterThan(0);
  }

  @Test
  void whatThePlanBreaksIsListedFieldByField() {
    PlanHypercube plan =
        plan(
            PlanHypercubeBuilder.Options.DAY_MEAN,
            "fleet.mealBreakMinutes=30",
            "fleet.handoverMinutes=15",
            "dispatch.responseThresholdMinutes=1",
            "incidents.types=[{name: a, priority: urgent, unitsNeeded: 2}, {name: b, priority: low}]",
            "incidents.hourlyProfile=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2]");
    assertThat(plan.departures())
        .extracting(Departure::field)
        .containsExactly(
            "fleet.mealBreakMinutes",
            "fleet.handoverMinutes",
            "incidents.types",
            "incidents.types[0].unitsNeeded",
            "incidents.hourlyProfile",
            "dispatch.responseThresholdMinutes");
    assertThat(plan.dispatchesPerCall()).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void aPlanTheHypercubeCannotExpressIsOneLineNamingTheField() {
    assertThatThrownBy(
            () ->
                plan(
                    PlanHypercubeBuilder.Options.DAY_MEAN,
                    "dispatch.preemption=true",
                    "incidents.types=[{name: a, priority: urgent}, {name: b, priority: low}]"))
        .isInstanceOf(ScenarioError.class)
        .hasMessageStartingWith(
            "monaco-plan: dispatch.preemption: urgent calls taking cars off minor ones have no"
                + " place in the hypercube")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(
            () -> plan(PlanHypercubeBuilder.Options.DAY_MEAN, "dispatch.policy=traditional"))
        .hasMessageStartingWith(
            "monaco-plan: dispatch.policy: the traditional policy sends no patrol car");
    assertThatThrownBy(
            () ->
                plan(
                    PlanHypercubeBuilder.Options.DAY_MEAN,
                    "dispatch.whenNoCarFree=wait",
                    "incidents.perDay=150"))
        .hasMessageStartingWith(
            "monaco-plan: incidents.perDay: 6.3 dispatches an hour, each keeping a car busy"
                + " 30.0 min on average, need 3.1 cars, and the plan has 3");
    assertThatThrownBy(
            () ->
                plan(
                    new PlanHypercubeBuilder.Options(5, true),
                    "incidents.hourlyProfile=[1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]"))
        .hasMessageStartingWith(
            "monaco-plan: incidents.hourlyProfile[5]: no call arrives in hour 5");
    // a car turnout is refused (not added to the service time): it delays arrivals and busies cars
    // before
    // they move off, which the hypercube's travel and service times leave out; the exponential busy
    // time refuses it already, so the model's own busy time is the case
    assertThatThrownBy(
            () ->
                plan(
                    PlanHypercubeBuilder.Options.DAY_MEAN,
                    "fleet.busyTime=scene",
                    "response.carTurnoutSeconds={median: 30, p90: 60}"))
        .hasMessageStartingWith(
            "monaco-plan: response.carTurnoutSeconds: a patrol car's turnout delays its arrival");
    assertThatThrownBy(
            () ->
                plan(
                    PlanHypercubeBuilder.Options.DAY_MEAN,
                    "fleet.selfInitiated={perCarHour: 0.5, minutes: 15}"))
        .hasMessageStartingWith(
            "monaco-plan: fleet.selfInitiated: work the officers start themselves takes cars");
    // pre-emption with a single priority never fires: the plan is expressible
    assertThat(plan(PlanHypercubeBuilder.Options.DAY_MEAN, "dispatch.preemption=true").exact())
        .isTrue();
  }

  @Test
  void anHourOfTheDayTakesThatHoursCalls() {
    PlanHypercube plan =
        plan(
            new PlanHypercubeBuilder.Options(23, true),
            "incidents.hourlyProfile=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,25]");
    assertThat(plan.callsPerHour()).isCloseTo(48 * 25.0 / 48, within(1e-9));
    assertThat(plan.departures())
        .extracting(Departure::field)
        .containsExactly("incidents.hourlyProfile");
  }

  @Test
  void equalRoadTimesRankCarsByNameAsTheCommandCentreDoes() {
    List<org.patrolsim.dispatch.unit.CarId> cars =
        java.util.stream.IntStream.range(0, 120)
            .mapToObj(org.patrolsim.dispatch.unit.CarId::ofIndex)
            .toList();
    double[] seconds = new double[120];
    java.util.Arrays.fill(seconds, 60);
    seconds[5] = 30;
    seconds[110] = Double.POSITIVE_INFINITY;
    int[] order = PlanHypercubeBuilder.preference(PlanHypercubeBuilder.nameRanks(cars), seconds);
    // car-06 first; then by name: car-01, car-02, ..., car-10, car-100 (index 99), car-101, ...
    // car-11
    assertThat(order[0]).isEqualTo(5);
    assertThat(order[1]).isEqualTo(0);
    assertThat(cars.get(order[10]).name()).isEqualTo("car-100");
    assertThat(cars.get(order[119]).name()).isEqualTo("car-111"); // unreachable: last
    List<org.patrolsim.dispatch.unit.CarId> sorted =
        java.util.Arrays.stream(order, 1, 119).mapToObj(cars::get).toList();
    assertThat(sorted).isSorted();
  }

  private static void assertSameMeasures(HypercubeSolution a, HypercubeSolution b) {
    for (int n = 0; n < 3; n++) {
      assertThat(a.workloads()[n]).isCloseTo(b.workloads()[n], within(1e-9));
    }
    assertThat(a.probAllBusy()).isCloseTo(b.probAllBusy(), within(1e-9));
    assertThat(a.interDistrictFraction()).isCloseTo(b.interDistrictFraction(), within(1e-9));
  }
}
