// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.hypercube.ValidationCheck;
import org.patrolsim.dispatch.hypercube.ValidationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim validate}: simulates systems with known exact answers (Erlang B and C, Larson &
 * Odoni's hypercube example with and without a queue) and checks that every simulated 95 % confidence
 * interval covers its analytic value. Exit code 0 only when all do, 1 otherwise.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check the simulator against exact results: Erlang B and C, and Larson & Odoni's hypercube"
        + " example (3 units, 10 atoms) with an infinite and a zero queue. Exit 0 only if every simulated 95%%"
        + " confidence interval covers its analytic value (else 1). Fixed seeds: the same result on every run.")
public final class ValidateCommand implements Callable<Integer> {
  /** Exit code when a simulated interval misses its analytic value. */
  public static final int EXIT_MISMATCH = 1;

  @Spec CommandSpec command;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Option(names = "--seed", paramLabel = "S",
      description = "base seed of the replications (default: the suite's fixed seed, "
          + ValidationSuite.STANDARD_SEED + ")")
  Long seed;

  @Override
  public Integer call() {
    ValidationSuite suite = seed == null ? ValidationSuite.standard() : ValidationSuite.standard(seed);
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "patrolsim-validate");
    List<ValidationCheck> checks;
    try {
      checks = suite.run(system);
    } finally {
      system.terminate();
    }
    boolean passed = checks.stream().allMatch(ValidationCheck::passed);
    PrintWriter out = command.commandLine().getOut();
    out.print(json ? json(suite, checks, passed) : table(suite, checks, passed));
    out.flush();
    return passed ? 0 : EXIT_MISMATCH;
  }

  static String table(ValidationSuite suite, List<ValidationCheck> checks, boolean passed) {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append(String.format(Locale.ROOT, "Simulated (actor engine) against exact values: %d replications of %.0f"
        + " mean service times per case, 5%% warm-up dropped, base seed %d%n%n", suite.replications(),
        suite.horizon(), suite.seed()));
    String format = "%-34s %-24s %9s %9s  %-22s %s%n";
    out.append(String.format(Locale.ROOT, format, "system", "measure", "analytic", "simulated", "95% CI", "covers"));
    for (ValidationCheck c : checks) {
      out.append(String.format(Locale.ROOT, format, c.system(), c.measure(),
          String.format(Locale.ROOT, "%.5f", c.analytic()),
          String.format(Locale.ROOT, "%.5f", c.simulated().mean()),
          String.format(Locale.ROOT, "[%.5f, %.5f]", c.simulated().ciLow(), c.simulated().ciHigh()),
          c.passed() ? "yes" : "NO"));
    }
    long failed = checks.stream().filter(c -> !c.passed()).count();
    out.append(nl).append(passed
        ? String.format(Locale.ROOT, "PASS: all %d intervals cover their analytic values.%n", checks.size())
        : String.format(Locale.ROOT, "FAIL: %d of %d intervals miss their analytic values.%n", failed, checks.size()));
    return out.toString();
  }

  static String json(ValidationSuite suite, List<ValidationCheck> checks, boolean passed) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("passed", passed);
    root.put("replications", suite.replications());
    root.put("horizon", suite.horizon());
    root.put("seed", suite.seed());
    ArrayNode rows = root.putArray("checks");
    for (ValidationCheck c : checks) {
      ObjectNode row = rows.addObject();
      row.put("system", c.system());
      row.put("measure", c.measure());
      row.put("analytic", c.analytic());
      row.put("mean", c.simulated().mean());
      row.put("ciLow", c.simulated().ciLow());
      row.put("ciHigh", c.simulated().ciHigh());
      row.put("covers", c.passed());
    }
    try {
      return mapper.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
