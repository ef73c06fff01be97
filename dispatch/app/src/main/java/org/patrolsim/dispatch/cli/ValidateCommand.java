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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.hypercube.validation.FullModelCase;
import org.patrolsim.dispatch.hypercube.validation.ValidationCheck;
import org.patrolsim.dispatch.hypercube.validation.ValidationOutcome;
import org.patrolsim.dispatch.hypercube.validation.ValidationSuite;
import org.patrolsim.sim.stats.ConfidenceInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim validate}: simulates systems with known exact answers (Erlang B and C, Larson &
 * Odoni's hypercube example with and without a queue, and the full dispatch model in its
 * hypercube-compatible configuration on Campo Grande against the exact hypercube of the same plan)
 * and applies a family-wise pass rule over all intervals. Exit code 0 when it passes, 1 otherwise,
 * 2 for bad input.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check the simulator against exact results: the engine (Erlang B and C), the hypercube"
            + " model (Larson & Odoni's example, infinite and zero queue) and the full dispatch model in its"
            + " hypercube-compatible configuration on a real map (Campo Grande) against the exact hypercube of the"
            + " same plan. Passes (exit 0) when every interval at the family-wise (Sidak) level covers its"
            + " analytic value: a flawless simulator passes for at least 95%% of seeds, whatever the seed; else 1.")
public final class ValidateCommand implements Callable<Integer> {
  /** Exit code when the suite fails its pass rule. */
  public static final int EXIT_MISMATCH = 1;

  @Spec CommandSpec command;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + ValidationSuite.DEFAULT_SEED,
      description =
          "base seed of every case's replications (default: ${DEFAULT-VALUE}; no seed is special)")
  long seed;

  @Option(
      names = "--maps",
      paramLabel = "DIR",
      defaultValue = "docs/examples/maps",
      description =
          "folder holding "
              + FullModelCase.MAP_FILE
              + ", the real map of the full-model cases"
              + " (default: ${DEFAULT-VALUE})")
  Path maps;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "where prepared graphs are cached; default: $PATROLSIM_CACHE or ~/.cache/patrolsim")
  Path cacheDir;

  @Override
  public Integer call() {
    Path map = maps.resolve(FullModelCase.MAP_FILE);
    if (!Files.isRegularFile(map)) {
      throw new CliInputError(
          "--maps: expected a folder holding "
              + FullModelCase.MAP_FILE
              + " (the real map the"
              + " full-model cases run on), got "
              + maps
              + ", which has no such file");
    }
    ValidationSuite suite =
        ValidationSuite.standard(map, cacheDir == null ? MapSource.defaultCacheDir() : cacheDir);
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "patrolsim-validate");
    ValidationOutcome outcome;
    try {
      outcome = suite.run(system, seed);
    } finally {
      system.terminate();
    }
    PrintWriter out = command.commandLine().getOut();
    out.print(json ? json(outcome) : table(outcome));
    out.flush();
    return outcome.passed() ? 0 : EXIT_MISMATCH;
  }

  static String table(ValidationOutcome outcome) {
    StringBuilder out = new StringBuilder();
    double level = outcome.intervalLevel();
    int k = outcome.checks().size();
    out.append(
        String.format(
            Locale.ROOT,
            "Simulated (actor engine) against exact values, base seed %d. Pass rule,"
                + " family-wise (Sidak): each of the %d intervals at %.3f%% must cover its analytic value, so that a"
                + " flawless simulator passes for %.0f%% of seeds.%n%n",
            outcome.seed(),
            k,
            level * 100,
            outcome.familyLevel() * 100));
    String format = "%-32s %-27s %9s %9s  %-22s %-22s %s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "system",
            "measure",
            "analytic",
            "simulated",
            "95% CI",
            String.format(Locale.ROOT, "%.3f%% CI", level * 100),
            "covers"));
    for (ValidationCheck c : outcome.checks()) {
      ConfidenceInterval ci95 = c.interval(0.95);
      ConfidenceInterval family = c.interval(level);
      String covers =
          !family.contains(c.analytic())
              ? "NO"
              : ci95.contains(c.analytic()) ? "yes" : "yes (95% misses)";
      out.append(
          String.format(
              Locale.ROOT,
              format,
              c.system(),
              c.measure(),
              number(c.analytic()),
              number(c.mean()),
              range(ci95),
              range(family),
              covers));
    }
    out.append(System.lineSeparator());
    out.append(
        outcome.passed()
            ? String.format(
                Locale.ROOT,
                "PASS: all %d intervals at %.3f%% cover their analytic values (95%% intervals"
                    + " missing: %d of %d; a flawless simulator misses about %.1f).%n",
                k,
                level * 100,
                outcome.missesAt95(),
                k,
                0.05 * k)
            : String.format(
                Locale.ROOT,
                "FAIL: %d of %d intervals at %.3f%% miss their analytic values.%n",
                outcome.failures(),
                k,
                level * 100));
    return out.toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.3f" : "%.5f", v);
  }

  private static String range(ConfidenceInterval ci) {
    return "[" + number(ci.lower()) + ", " + number(ci.upper()) + "]";
  }

  static String json(ValidationOutcome outcome) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    double level = outcome.intervalLevel();
    root.put("passed", outcome.passed());
    root.put("seed", outcome.seed());
    root.put("familyLevel", outcome.familyLevel());
    root.put("intervals", outcome.checks().size());
    root.put("intervalLevel", level);
    root.put("failures", outcome.failures());
    root.put("missesAt95", outcome.missesAt95());
    ArrayNode rows = root.putArray("checks");
    for (ValidationCheck c : outcome.checks()) {
      ConfidenceInterval ci95 = c.interval(0.95);
      ConfidenceInterval family = c.interval(level);
      ObjectNode row = rows.addObject();
      row.put("system", c.system());
      row.put("measure", c.measure());
      row.put("analytic", c.analytic());
      row.put("mean", c.mean());
      row.put("replications", c.replications().size());
      row.put("ciLow", ci95.lower());
      row.put("ciHigh", ci95.upper());
      row.put("familyLow", family.lower());
      row.put("familyHigh", family.upper());
      row.put("covers95", ci95.contains(c.analytic()));
      row.put("covers", family.contains(c.analytic()));
    }
    try {
      return mapper.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
