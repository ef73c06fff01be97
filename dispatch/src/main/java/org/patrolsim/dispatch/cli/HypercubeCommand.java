// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim hypercube SPEC}: solves a hypercube queueing system (Larson 1974) exactly, or with
 * Larson's approximation, and optionally simulates the same system on the actor engine to compare.
 */
@Command(
    name = "hypercube",
    mixinStandardHelpOptions = true,
    description = "Solve Larson's hypercube queueing model for a SPEC (YAML, or JSON if it ends in .json):"
        + " units, service rates, an infinite or zero queue, atoms with rates and preference lists, optional"
        + " travel times. Exact for up to " + ExactHypercubeSolver.MAX_UNITS + " units; --approximate uses"
        + " Larson's approximate procedure.")
public final class HypercubeCommand implements Callable<Integer> {
  /** Longest replication accepted (time units are simulated as hours of engine time). */
  static final double MAX_HORIZON = 1e9;

  @Spec CommandSpec command;

  @Parameters(index = "0", paramLabel = "SPEC", description = "the hypercube SPEC file")
  Path specFile;

  @Option(names = "--approximate", description = "use Larson's approximate procedure (any N, equal service rates)")
  boolean approximate;

  @Option(names = "--simulate", description = "also simulate the system on the actor engine, with 95%% CIs")
  boolean simulate;

  @Option(names = "--replications", paramLabel = "R", defaultValue = "20",
      description = "independent replications for --simulate (default: ${DEFAULT-VALUE})")
  int replications;

  @Option(names = "--horizon", paramLabel = "T", defaultValue = "20000",
      description = "simulated length of each replication in the rates' time unit, the first 5%% dropped"
          + " as warm-up (default: ${DEFAULT-VALUE})")
  double horizon;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "base seed of the replications (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--json", description = "print JSON instead of tables")
  boolean json;

  @Override
  public Integer call() {
    if (simulate && replications < 2) {
      throw new InvalidHypercubeSpecException(
          "--replications: expected at least 2 (a confidence interval needs two), got " + replications);
    }
    if (simulate && !(horizon > 0 && horizon <= MAX_HORIZON)) {
      throw new InvalidHypercubeSpecException(
          "--horizon: expected a positive time up to " + MAX_HORIZON + ", got " + horizon);
    }
    HypercubeSpec spec = HypercubeSpecReader.read(specFile);
    HypercubeSolution solution = solve(spec);
    Optional<SimulatedHypercube> simulated = simulate
        ? Optional.of(HypercubeSimulation.run(spec, replications, horizon, seed))
        : Optional.empty();
    String report = json
        ? HypercubeReport.json(spec, solution, simulated)
        : HypercubeReport.text(specFile.toString(), spec, solution, simulated);
    PrintWriter out = command.commandLine().getOut();
    out.print(report);
    out.flush();
    return 0;
  }

  private HypercubeSolution solve(HypercubeSpec spec) {
    if (approximate) {
      if (!spec.equalServiceRates()) {
        throw new InvalidHypercubeSpecException(specFile + ": serviceRates: Larson's approximation needs"
            + " the same service rate for every unit; use the exact solver (up to "
            + ExactHypercubeSolver.MAX_UNITS + " units)");
      }
      return LarsonApproximation.solve(spec);
    }
    if (spec.units() > ExactHypercubeSolver.MAX_UNITS) {
      throw new InvalidHypercubeSpecException(specFile + ": units: " + spec.units()
          + " is more than the exact solver's limit of " + ExactHypercubeSolver.MAX_UNITS
          + " (2^N states); use --approximate for Larson's approximate procedure");
    }
    return ExactHypercubeSolver.solve(spec);
  }
}
