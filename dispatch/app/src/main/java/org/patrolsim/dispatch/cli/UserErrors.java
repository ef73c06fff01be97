// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.UserInputError;
import picocli.CommandLine;

/**
 * Turns a user's mistake into one clear line on stderr (one per problem when it reports several)
 * and exit code 2.
 *
 * <p>Any exception implementing {@link UserInputError} is a user's mistake: each of its lines
 * already names the file, the field or line, and what was expected; each is shown through {@link
 * ErrorText#line} (control characters escaped, cut when very long). Anything else is an internal
 * bug and fails loudly with its stack trace.
 */
final class UserErrors {
  private UserErrors() {}

  static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult)
      throws Exception {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UserInputError u) {
        for (String line : u.lines()) {
          cli.getErr().println("patrolsim: " + ErrorText.line(line));
        }
        return PatrolSim.EXIT_USAGE;
      }
    }
    throw e;
  }
}
