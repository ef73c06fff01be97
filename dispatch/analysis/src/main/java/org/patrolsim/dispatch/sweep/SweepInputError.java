// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import org.patrolsim.dispatch.UserInputError;

/**
 * A mistake in a plan file, a target or a sweep option: one line naming where and what was
 * expected.
 */
public final class SweepInputError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  public SweepInputError(String message) {
    super(message);
  }
}
