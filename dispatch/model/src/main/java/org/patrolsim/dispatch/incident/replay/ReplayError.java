// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import org.patrolsim.dispatch.UserInputError;

/**
 * A replay that cannot be run: unreadable file, bad rows, a horizon that would cut it. One line.
 */
public final class ReplayError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  /** A one-line message (any line break inside a quoted CSV value is shown as {@code \n}). */
  public ReplayError(String message) {
    super(message.replaceAll("\\R", "\\\\n"));
  }
}
