// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import org.patrolsim.dispatch.ErrorText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code patrolsim} command line: one subcommand per job (run, demo, map, validate, ...).
 *
 * <p>A user's mistake (bad file, bad option, bad scenario field) ends with one line on stderr and
 * exit code 2, never a stack trace; see {@link UserErrors}.
 */
@Command(
    name = "patrolsim",
    mixinStandardHelpOptions = true,
    versionProvider = PatrolSim.Version.class,
    description = "Patrol dispatch and integrated command simulator.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      RunCommand.class,
      DrillCommand.class,
      SweepCommand.class,
      SensitivityCommand.class,
      WorkerCommand.class,
      MapCommand.class,
      HypercubeCommand.class,
      ValidateCommand.class,
      CalibrateCommand.class,
      CompareCommand.class,
      OptimiseCommand.class
    })
public final class PatrolSim {

  /** Exit code for a user's mistake: bad input, bad option. */
  public static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line and returns the exit code (used by tests, which must not exit the JVM).
   */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PatrolSim());
    cli.setExecutionExceptionHandler(UserErrors::handle);
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setParameterExceptionHandler(PatrolSim::badOption);
    return cli;
  }

  /**
   * A bad option or argument (a value of the wrong kind, an unknown option, a missing one): one
   * line naming it and where to look, exit code 2, not the whole usage text.
   */
  static int badOption(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    String name = c.getCommandSpec().qualifiedName();
    c.getErr().println(name + ": " + ErrorText.line(e.getMessage()) + " (see " + name + " --help)");
    c.getErr().flush();
    return EXIT_USAGE;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "patrolsim " + org.patrolsim.dispatch.cluster.PatrolsimVersion.current()
      };
    }
  }
}
