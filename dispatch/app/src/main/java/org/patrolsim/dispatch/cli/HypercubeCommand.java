// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.hypercube.ExactHypercubeSolver;
import org.patrolsim.dispatch.hypercube.HypercubeSimulation;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.HypercubeSpecReader;
import org.patrolsim.dispatch.hypercube.InvalidHypercubeSpecException;
import org.patrolsim.dispatch.hypercube.LarsonApproximation;
import org.patrolsim.dispatch.hypercube.SimulatedHypercube;
import org.patrolsim.dispatch.hypercube.bridge.FullModelRuns;
import org.patrolsim.dispatch.hypercube.bridge.ModelSample;
import org.patrolsim.dispatch.hypercube.bridge.PlanHypercube;
import org.patrolsim.dispatch.hypercube.bridge.PlanHypercubeBuilder;
import org.patrolsim.dispatch.hypercube.bridge.PlanScreen;
import org.patrolsim.dispatch.hypercube.bridge.Window;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim hypercube SPEC}: solves a hypercube queueing system (Larson 1974) exactly, or
 * with Larson's approximation, and optionally simulates the same system on the actor engine to
 * compare. {@code patrolsim hypercube --scenario [PLAN]}: the hypercube of a deployment plan (its
 * cars, its incident places, its busy time), an analytic screen of the plan; with {@code
 * --simulate} beside the full model's replications of the same plan.
 */
@Command(
    name = "hypercube",
    resourceBundle = "org.patrolsim.dispatch.cli.HypercubeCommand",
    mixinStandardHelpOptions = true,
    description =
        "Solve Larson's hypercube queueing model for a SPEC (YAML, or JSON if it ends in .json):"
            + " units, service rates, an infinite or zero queue, atoms with rates and preference lists, optional"
            + " travel times; or, with --scenario, for a deployment plan (cars at their posts or beat centres,"
            + " incident places grouped by preference order). Exact for up to "
            + ExactHypercubeSolver.MAX_UNITS
            + " units; --approximate (or more units with --scenario) uses Larson's approximate procedure.")
public final class HypercubeCommand implements Callable<Integer> {
  /** Longest replication accepted (time units are simulated as hours of engine time). */
  static final double MAX_HORIZON = 1e9;

  @Spec CommandSpec command;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SPEC",
      description = "the hypercube SPEC file")
  Path specFile;

  @Option(
      names = "--scenario",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "PLAN",
      description =
          "screen a deployment plan (scenario YAML or JSON) instead of a SPEC; without PLAN the"
              + " bundled default scenario")
  String scenario;

  @Option(
      names = "--hour",
      paramLabel = "H",
      description = "with --scenario: the calls of hour H (0-23) instead" + " of the day's mean")
  Integer hour;

  @Mixin ScenarioOverrides overrides = new ScenarioOverrides();

  @Option(
      names = "--approximate",
      description = "use Larson's approximate procedure (any N, equal service rates)")
  boolean approximate;

  @Option(
      names = "--simulate",
      description =
          "also simulate: the SPEC on the actor engine, or with --scenario"
              + " the full model of the plan (patrolsim run), with 95%% CIs")
  boolean simulate;

  @Option(
      names = "--replications",
      paramLabel = "R",
      description =
          "independent replications for --simulate (default: 20 for a SPEC, 10 for a scenario)")
  Integer replications;

  @Option(
      names = "--horizon",
      paramLabel = "T",
      defaultValue = "20000",
      description =
          "SPEC --simulate: simulated length of each replication in the rates' time unit, the first"
              + " 5%% dropped as warm-up (default: ${DEFAULT-VALUE})")
  double horizon;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "base seed of the replications (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--json", description = "print JSON instead of tables")
  boolean json;

  @Override
  public Integer call() {
    if ((specFile == null) == (scenario == null)) {
      throw new CliInputError(
          "hypercube: expected either a SPEC file or --scenario [PLAN], "
              + (specFile == null ? "got neither" : "got both"));
    }
    int reps = replications != null ? replications : scenario == null ? 20 : 10;
    if (simulate && reps < 2) {
      throw new InvalidHypercubeSpecException(
          "--replications: expected at least 2 (a confidence interval needs two), got " + reps);
    }
    String report = scenario == null ? spec(reps) : plan(reps);
    PrintWriter out = command.commandLine().getOut();
    out.print(report);
    out.flush();
    return 0;
  }

  private String spec(int reps) {
    for (var option :
        List.of(
            new Object[] {"--osm", overrides.osm},
            new Object[] {"--hour", hour},
            new Object[] {"--days", overrides.days})) {
      if (option[1] != null) {
        throw new CliInputError(option[0] + ": only with --scenario");
      }
    }
    if (!overrides.sets.isEmpty()) {
      throw new CliInputError("--set: only with --scenario");
    }
    if (simulate && !(horizon > 0 && horizon <= MAX_HORIZON)) {
      throw new InvalidHypercubeSpecException(
          "--horizon: expected a positive time up to " + MAX_HORIZON + ", got " + horizon);
    }
    HypercubeSpec spec = HypercubeSpecReader.read(specFile);
    HypercubeSolution solution = solve(spec);
    Optional<SimulatedHypercube> simulated =
        simulate
            ? Optional.of(HypercubeSimulation.run(spec, reps, horizon, seed))
            : Optional.empty();
    return json
        ? HypercubeReport.json(spec, solution, simulated)
        : HypercubeReport.text(specFile.toString(), spec, solution, simulated);
  }

  private String plan(int reps) {
    if (hour != null && (hour < 0 || hour > 23)) {
      throw new CliInputError("--hour: expected an hour of the day from 0 to 23, got " + hour);
    }
    if (overrides.days != null && overrides.days < 1) {
      throw new CliInputError("--days: expected at least 1 day, got " + overrides.days);
    }
    LoadedScenario loaded =
        ScenarioLoader.loadFileOrBundled(
            scenario.isEmpty() ? null : scenario, overrides.with(null));
    try (RoadNetwork network = RunCommand.network(loaded)) {
      CityModel model = CityModelBuilder.build(loaded, network);
      PlanHypercube plan =
          PlanHypercubeBuilder.build(model, new PlanHypercubeBuilder.Options(hour, true));
      PlanScreen screen = PlanScreen.solve(plan, approximate);
      Optional<List<ModelSample>> simulated =
          simulate ? Optional.of(fullModel(model, plan, reps)) : Optional.empty();
      var source = loaded.scenario().map();
      String map =
          source.osm() != null
              ? source.osm()
              : source.demoCitySizeOrDefault() == 1
                  ? "the demo city"
                  : "the demo city at size " + source.demoCitySize();
      return json
          ? PlanScreenReport.json(screen, map, simulated, seed)
          : PlanScreenReport.text(screen, map, simulated, seed);
    } catch (GeoInputException e) {
      throw new CliInputError(e.getMessage());
    }
  }

  /**
   * The full model's replications of the plan, every call of the call period measured (or hour
   * H's).
   */
  private List<ModelSample> fullModel(CityModel model, PlanHypercube plan, int reps) {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "patrolsim-hypercube");
    try {
      return FullModelRuns.run(
          system, model, plan, reps, seed, new Window(0, model.callHorizonMs(), hour));
    } finally {
      system.terminate();
    }
  }

  private HypercubeSolution solve(HypercubeSpec spec) {
    if (approximate) {
      if (!spec.equalServiceRates()) {
        throw new InvalidHypercubeSpecException(
            specFile
                + ": serviceRates: Larson's approximation needs"
                + " the same service rate for every unit; use the exact solver (up to "
                + ExactHypercubeSolver.MAX_UNITS
                + " units)");
      }
      return LarsonApproximation.solve(spec);
    }
    if (spec.units() > ExactHypercubeSolver.MAX_UNITS) {
      throw new InvalidHypercubeSpecException(
          specFile
              + ": units: "
              + spec.units()
              + " is more than the exact solver's limit of "
              + ExactHypercubeSolver.MAX_UNITS
              + " (2^N states); use --approximate for Larson's approximate procedure");
    }
    return ExactHypercubeSolver.solve(spec);
  }
}
