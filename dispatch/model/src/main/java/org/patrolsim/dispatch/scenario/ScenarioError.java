// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import org.patrolsim.dispatch.UserInputError;

/**
 * A mistake in a scenario file or a {@code --set} override: the message names the file and the
 * field.
 */
public final class ScenarioError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  public ScenarioError(String message) {
    super(message);
  }

  public ScenarioError(String message, Throwable cause) {
    super(message, cause);
  }
}
