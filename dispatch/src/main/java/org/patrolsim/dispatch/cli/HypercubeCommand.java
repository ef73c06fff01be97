// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.hypercube.ExactHypercubeSolver;
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
    description = {
      "Solve Larson's hypercube queueing model for a SPEC (YAML, or JSON if it ends in .json): units,",
      "service rates, infinite or zero queue, atoms with rates and preference lists, optional travel times.",
      "Exact for up to " + ExactHypercubeSolver.MAX_UNITS + " units; --approximate uses Larson's procedure."
    })
public final class HypercubeCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  @Parameters(index = "0", paramLabel = "SPEC", description = "the hypercube SPEC file")
  Path specFile;

  @Option(names = "--approximate", description = "use Larson's approximate procedure (any N, equal service rates)")
  boolean approximate;

  @Option(names = "--json", description = "print JSON instead of tables")
  boolean json;

  @Override
  public Integer call() {
    HypercubeSpec spec = HypercubeSpecReader.read(specFile);
    HypercubeSolution solution = solve(spec);
    Optional<SimulatedHypercube> simulated = Optional.empty();
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
