// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import org.patrolsim.dispatch.UserInputError;

/**
 * A mistake in a sensitivity analysis' options or inputs: one line naming what and what was
 * expected.
 */
public final class SensitivityInputError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  public SensitivityInputError(String message) {
    super(message);
  }
}
