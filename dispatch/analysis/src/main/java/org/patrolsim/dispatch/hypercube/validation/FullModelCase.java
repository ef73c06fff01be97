// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import akka.actor.typed.ActorSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.hypercube.bridge.FullModelRuns;
import org.patrolsim.dispatch.hypercube.bridge.ModelSample;
import org.patrolsim.dispatch.hypercube.bridge.PlanAtom;
import org.patrolsim.dispatch.hypercube.bridge.PlanHypercube;
import org.patrolsim.dispatch.hypercube.bridge.PlanHypercubeBuilder;
import org.patrolsim.dispatch.hypercube.bridge.PlanScreen;
import org.patrolsim.dispatch.hypercube.bridge.Window;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.sim.Simulation;

/**
 * The full dispatch model ({@code patrolsim run}'s entities) in its hypercube-compatible
 * configuration on a real map, against the exact hypercube of the same plan: each car's workload,
 * the probability that all cars are busy, the inter-district fraction, the mean travel time, the
 * mean queue wait (with a queue), and the dispatch fractions of the busiest atoms (the first two
 * cars on the list of each of the three busiest). The plan is the bundled {@code
 * full-model-campo-grande.yaml} with {@code overrides}.
 *
 * @param name the system's name in the table
 * @param overrides {@code --set} overrides of the bundled plan
 * @param replications independent replications (engine seeds from the suite's base seed; the plan,
 *     its posts and incident places, stays that of the plan's own seed)
 * @param days days of calls per replication
 * @param warmupDays days dropped at the start of each replication (they start with every car free)
 * @param map the map file
 * @param cacheDir where its graph is cached
 * @param model the model under test: the real one ({@link DispatchRun#replication}), or in a test a
 *     deliberately wrong one, to see the check fail
 */
public record FullModelCase(
    String name,
    List<String> overrides,
    int replications,
    int days,
    double warmupDays,
    Path map,
    Path cacheDir,
    ModelUnderTest model)
    implements ValidationCase {

  /** The bundled plan, a resource beside this class. */
  public static final String PLAN = "full-model-campo-grande.yaml";

  /** The map the bundled plan is made for. */
  public static final String MAP_FILE = "campo-grande.osm.gz";

  /** The model one replication runs: its simulation for a city model and an engine seed. */
  @FunctionalInterface
  public interface ModelUnderTest {
    Simulation<Msg> replication(CityModel model, long seed);
  }

  /** 8 cars, calls wait for a car (infinite FCFS queue). */
  public static FullModelCase queue(
      int replications, int days, double warmupDays, Path map, Path cacheDir) {
    return new FullModelCase(
        "Full model, 8 cars, queue",
        List.of(),
        replications,
        days,
        warmupDays,
        map,
        cacheDir,
        DispatchRun::replication);
  }

  /** 6 cars, calls that find no free car go to a station (zero line capacity). */
  public static FullModelCase zeroCapacity(
      int replications, int days, double warmupDays, Path map, Path cacheDir) {
    return new FullModelCase(
        "Full model, 6 cars, no queue",
        List.of("fleet.vehicles=6", "incidents.perDay=192", "dispatch.whenNoCarFree=station"),
        replications,
        days,
        warmupDays,
        map,
        cacheDir,
        DispatchRun::replication);
  }

  /** The same case with another model under test. */
  public FullModelCase withModel(ModelUnderTest other) {
    return new FullModelCase(name, overrides, replications, days, warmupDays, map, cacheDir, other);
  }

  @Override
  public List<ValidationCheck> run(ActorSystem<?> system, long seed) {
    List<String> set = new ArrayList<>(overrides);
    set.add("days=" + days);
    set.add("map.osm=" + map.toAbsolutePath());
    try (RoadNetwork network = RoadNetwork.load(map, cacheDir)) {
      CityModel city = CityModelBuilder.build(plan(set), network);
      PlanHypercube plan = PlanHypercubeBuilder.build(city, PlanHypercubeBuilder.Options.DAY_MEAN);
      if (!plan.exact()) {
        throw new IllegalStateException(
            name + ": the bundled plan breaks hypercube assumptions: " + plan.departures());
      }
      HypercubeSolution exact = PlanScreen.solve(plan, false).solution();
      Window window = new Window(Math.round(warmupDays * 86_400_000L), city.callHorizonMs(), null);
      List<ModelSample> runs =
          FullModelRuns.run(
              system, plan, replications, seed, window, s -> model.replication(city, s));
      long waited = runs.stream().mapToLong(ModelSample::callsWaitingForTeams).sum();
      if (waited > 0) {
        throw new IllegalStateException(
            name
                + ": "
                + waited
                + " calls waited for a station team, so the"
                + " stations are not the zero-capacity overflow the check needs; give them more duty teams");
      }
      return checks(plan, exact, runs);
    }
  }

  private LoadedScenario plan(List<String> set) {
    try (InputStream in = FullModelCase.class.getResourceAsStream(PLAN)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + PLAN + " is missing");
      }
      return ScenarioLoader.loadText(
          PLAN, new String(in.readAllBytes(), StandardCharsets.UTF_8), set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ValidationCheck> checks(
      PlanHypercube plan, HypercubeSolution exact, List<ModelSample> runs) {
    List<ValidationCheck> checks = new ArrayList<>();
    for (int n = 0; n < plan.units(); n++) {
      int unit = n;
      checks.add(
          check(
              "workload " + plan.cars().get(n),
              exact.workloads()[n],
              runs,
              r -> r.workloads()[unit]));
    }
    checks.add(check("P(all busy)", exact.probAllBusy(), runs, ModelSample::probNoCarFree));
    checks.add(
        check(
            "inter-district fraction",
            exact.interDistrictFraction(),
            runs,
            ModelSample::interDistrictFraction));
    checks.add(
        check(
            "mean travel time (min)",
            exact.travelTimes().orElseThrow().overall(),
            runs,
            ModelSample::meanTravelMinutes));
    if (plan.capacity() == LineCapacity.INFINITE) {
      checks.add(
          check(
              "mean queue wait (min)",
              exact.meanQueueWait() * 60,
              runs,
              ModelSample::meanQueueWaitMinutes));
    }
    for (int j = 0; j < Math.min(3, plan.atoms().size()); j++) {
      PlanAtom atom = plan.atoms().get(j);
      for (int k = 0; k < Math.min(2, plan.units()); k++) {
        int n = atom.preference()[k];
        int a = j;
        checks.add(
            check(
                "f(" + plan.cars().get(n) + ", atom " + (j + 1) + ")",
                exact.dispatchFractions()[n][j],
                runs,
                r -> r.dispatchFractions()[n][a]));
      }
    }
    return checks;
  }

  private ValidationCheck check(
      String measure,
      double analytic,
      List<ModelSample> runs,
      ToDoubleFunction<ModelSample> value) {
    return new ValidationCheck(
        name, measure, analytic, runs.stream().map(value::applyAsDouble).toList());
  }
}
