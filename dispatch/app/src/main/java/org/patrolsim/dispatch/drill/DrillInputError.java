// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import org.patrolsim.dispatch.UserInputError;

/**
 * A bad request to a drill or a bad line of a drill log: one line naming the field and what was
 * expected. The web answers it with 400 and this message, the command line with exit code 2 and the
 * same message.
 */
public final class DrillInputError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  public DrillInputError(String message) {
    super(message);
  }
}
