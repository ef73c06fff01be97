// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import org.patrolsim.dispatch.UserInputError;

/** A user's mistake found by a command itself (a bad option, a bad map adapted from geo). */
final class CliInputError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  CliInputError(String message) {
    super(message);
  }
}
