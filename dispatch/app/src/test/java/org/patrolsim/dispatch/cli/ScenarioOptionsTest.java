// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The scenario options are declared once, in mixins, and every command takes them from there. */
class ScenarioOptionsTest {

  /** Commands whose --seed is not the scenario's seed (hypercube's is its replications' base). */
  private static final List<String> OWN_SEED = List.of("hypercube");

  @Test
  void everyCommandTakesTheScenarioOptionsFromTheMixins() {
    Map<String, List<String>> found = new TreeMap<>();
    for (CommandLine command : commands(PatrolSim.commandLine())) {
      CommandSpec spec = command.getCommandSpec();
      if (spec.findOption("--days") == null && spec.findOption("--set") == null) {
        continue; // no scenario (map's --osm is the map it looks at)
      }
      List<String> names = new ArrayList<>();
      for (String name : List.of("--days", "--osm", "--set", "--seed")) {
        OptionSpec option = spec.findOption(name);
        if (option == null || (name.equals("--seed") && OWN_SEED.contains(spec.name()))) {
          continue;
        }
        Class<?> home = name.equals("--seed") ? ScenarioSeed.class : ScenarioOverrides.class;
        assertThat(declaredIn(spec, home))
            .as("%s %s is the mixin's option", spec.qualifiedName(), name)
            .containsOnlyOnce(option);
        names.add(name);
      }
      if (!names.isEmpty()) {
        found.put(spec.name(), names);
      }
    }

    assertThat(found)
        .containsOnlyKeys(
            "run", "drill", "sweep", "sensitivity", "hypercube", "optimise", "compare")
        .containsEntry("sweep", List.of("--days", "--osm", "--set", "--seed"))
        .containsEntry("hypercube", List.of("--days", "--osm", "--set"));
  }

  @Test
  void aCommandKeepsItsOwnWordingOfTheSharedOptions() {
    CommandLine cli = PatrolSim.commandLine();
    CommandSpec sweep = cli.getSubcommands().get("sweep").getCommandSpec();
    CommandSpec hypercube = cli.getSubcommands().get("hypercube").getCommandSpec();
    CommandSpec run = cli.getSubcommands().get("run").getCommandSpec();

    assertThat(sweep.findOption("--days").description())
        .containsExactly("Simulated days of every variant (overrides the scenario's).");
    assertThat(sweep.findOption("--seed").description())
        .containsExactly("Scenario seed of every variant (overrides the scenario's).");
    assertThat(hypercube.findOption("--days").paramLabel()).isEqualTo("D");
    assertThat(hypercube.findOption("--osm").paramLabel()).isEqualTo("MAP");
    assertThat(hypercube.findOption("--set").description())
        .containsExactly("with --scenario: override a scenario field");
    assertThat(hypercube.findOption("--seed").description()[0])
        .startsWith("base seed of the replications");
    assertThat(run.findOption("--days").paramLabel()).isEqualTo("<days>");
    assertThat(run.findOption("--days").description())
        .containsExactly("Simulated days of calls (overrides the scenario's).");
    assertThat(run.findOption("--seed").description())
        .containsExactly("Random seed (overrides the scenario's).");
  }

  @Test
  void theOverridesApplyInOneOrderWhicheverCommandParsesThem() {
    ScenarioOptions options = new ScenarioOptions();
    new CommandLine(options)
        .parseArgs("s.yaml", "--set", "a=1", "--osm", "m.osm", "--days", "3", "--seed", "7");

    assertThat(options.name()).isEqualTo("s.yaml");
    assertThat(options.overrides())
        .containsExactly(
            "seed=7",
            "days=3",
            "map.osm=" + java.nio.file.Path.of("m.osm").toAbsolutePath(),
            "a=1");
    assertThat(options.asArguments())
        .containsExactly("s.yaml", "--seed", "7", "--days", "3", "--osm", "m.osm", "--set", "a=1");
  }

  private static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      all.add(sub);
      all.addAll(commands(sub));
    }
    return all;
  }

  /** The options of the mixins of {@code spec} (nested ones too) whose class is {@code home}. */
  private static List<OptionSpec> declaredIn(CommandSpec spec, Class<?> home) {
    List<OptionSpec> options = new ArrayList<>();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (home.isInstance(mixin.userObject())) {
        options.addAll(mixin.options());
      }
      options.addAll(declaredIn(mixin, home));
    }
    return options;
  }
}
