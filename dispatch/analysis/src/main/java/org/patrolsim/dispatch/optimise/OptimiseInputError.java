// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import org.patrolsim.dispatch.UserInputError;

/**
 * A mistake in an optimise option, or a goal no plan can meet: one line naming the option and what
 * was expected.
 */
public sealed class OptimiseInputError extends RuntimeException implements UserInputError
    permits NoFeasiblePlan {
  private static final long serialVersionUID = 1L;

  public OptimiseInputError(String message) {
    super(message);
  }
}
